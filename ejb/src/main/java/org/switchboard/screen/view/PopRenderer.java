package org.switchboard.screen.view;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.switchboard.casework.CaseStatus;
import org.switchboard.casework.CaseView;
import org.switchboard.screen.template.FieldSpec;
import org.switchboard.screen.template.Panel;
import org.switchboard.screen.template.PanelKind;
import org.switchboard.screen.template.PlaceholderRenderer;
import org.switchboard.screen.template.ScreenTemplate;
import org.switchboard.screen.template.TemplateVariable;
import org.switchboard.screen.view.PopData.CallData;
import org.switchboard.screen.view.PopData.NoteData;
import org.switchboard.screen.view.PopView.CellView;
import org.switchboard.screen.view.PopView.ColumnView;
import org.switchboard.screen.view.PopView.FieldView;
import org.switchboard.screen.view.PopView.PanelView;
import org.switchboard.screen.view.PopView.RowView;

/**
 * Draws a pop from a template and the caller's data, as data: the panels the template names, in its order, with
 * its labels in the requested language (else English, else the key), the values the data has, cases without the
 * closed ones unless {@code cases.showClosed}, at most {@code history.maxRows} calls. Greeting and script have
 * their placeholders filled by {@link PlaceholderRenderer}, which never evaluates anything.
 *
 * <p>Expects a template that {@link org.switchboard.screen.template.TemplateValidator} accepts; a field this
 * version does not know shows empty.
 */
public final class PopRenderer {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    /** @param zone the time zone dates are shown in */
    public PopRenderer(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public PopView render(ScreenTemplate template, String language, PopData data) {
        Map<String, String> placeholders = placeholders(data);
        List<PanelView> panels = new ArrayList<>();
        for (Panel panel : template.panels()) {
            panels.add(panel(template, panel, language, data, placeholders));
        }
        String greeting = PlaceholderRenderer.render(template.variable(TemplateVariable.GREETING_TEXT), placeholders);
        return new PopView(language, greeting, panels);
    }

    private PanelView panel(ScreenTemplate template, Panel panel, String language, PopData data,
            Map<String, String> placeholders) {
        PanelKind kind = panel.panelKind();
        String title = panel.title(language);
        return switch (kind) {
            case CASES -> list(panel, title, language, data.cases().stream()
                    .filter(c -> template.showClosedCases() || c.status() != CaseStatus.CLOSED)
                    .toList(), this::caseValue);
            case HISTORY -> list(panel, title, language, data.calls().stream()
                    .limit(template.historyMaxRows()).toList(), this::callValue);
            case NOTES -> list(panel, title, language, data.notes(), this::noteValue);
            default -> record(panel, title, language, field -> values(kind, field, template, data, placeholders));
        };
    }

    private static PanelView record(Panel panel, String title, String language,
            Function<FieldSpec, List<String>> values) {
        List<FieldView> fields = panel.fields().stream().map(field -> new FieldView(field.key(),
                field.label(language), field.component(), values.apply(field), field.editable())).toList();
        return new PanelView(panel.kind(), title, false, fields, List.of(), List.of());
    }

    private interface CellValue<T> {
        String of(T row, String key);
    }

    private static <T> PanelView list(Panel panel, String title, String language, List<T> rows,
            CellValue<T> value) {
        List<ColumnView> columns = panel.fields().stream()
                .map(field -> new ColumnView(field.key(), field.label(language), field.component())).toList();
        List<RowView> rowViews = rows.stream().map(row -> new RowView(panel.fields().stream()
                .map(field -> new CellView(field.key(), field.component(), text(value.of(row, field.key()))))
                .toList())).toList();
        return new PanelView(panel.kind(), title, true, List.of(), columns, rowViews);
    }

    private List<String> values(PanelKind kind, FieldSpec field, ScreenTemplate template, PopData data,
            Map<String, String> placeholders) {
        return switch (kind) {
            case CONTACT -> data.contact() == null ? List.of() : switch (field.key()) {
                case "contact.phones" -> data.contact().phones();
                case "contact.emails" -> data.contact().emails();
                default -> one(placeholders.get(field.key()));
            };
            case SCRIPT -> one(PlaceholderRenderer.render(template.variable(TemplateVariable.SCRIPT_TEXT),
                    placeholders));
            default -> one(placeholders.get(field.key()));
        };
    }

    private String caseValue(CaseView c, String key) {
        return switch (key) {
            case "cases.number" -> c.number();
            case "cases.subject" -> c.subject();
            case "cases.status" -> name(c.status());
            case "cases.priority" -> name(c.priority());
            case "cases.owner" -> c.owner();
            case "cases.origin" -> name(c.origin());
            case "cases.openedAt" -> time(c.openedAt());
            default -> null;
        };
    }

    private String callValue(CallData call, String key) {
        return switch (key) {
            case "history.startedAt" -> time(call.startedAt());
            case "history.agent" -> call.agent();
            case "history.duration" -> call.talkSeconds() == null ? null : duration(call.talkSeconds());
            case "history.outcome" -> call.outcome();
            case "history.disposition" -> call.disposition();
            case "history.notes" -> call.notes();
            default -> null;
        };
    }

    private String noteValue(NoteData note, String key) {
        return switch (key) {
            case "notes.text" -> note.text();
            case "notes.author" -> note.author();
            case "notes.createdAt" -> time(note.createdAt());
            default -> null;
        };
    }

    /** The single values a greeting, a script or a record field may name: contact, account and custom fields. */
    private static Map<String, String> placeholders(PopData data) {
        Map<String, String> values = new HashMap<>(data.customValues());
        PopData.ContactData contact = data.contact();
        if (contact != null) {
            values.put("contact.firstName", contact.firstName());
            values.put("contact.lastName", contact.lastName());
            values.put("contact.phones", contact.phones().isEmpty() ? null : contact.phones().get(0));
            values.put("contact.emails", contact.emails().isEmpty() ? null : contact.emails().get(0));
            values.put("contact.language", contact.language());
        }
        PopData.AccountData account = data.account();
        if (account != null) {
            values.put("account.name", account.name());
            values.put("account.tier", account.tier());
            values.put("account.owner", account.owner());
        }
        values.values().removeIf(Objects::isNull);
        return values;
    }

    private String time(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant.atZone(zone));
    }

    /** Talk time as minutes:seconds, "2:05"; hours as "1:02:05". */
    static String duration(int seconds) {
        int h = seconds / 3600;
        int m = seconds / 60 % 60;
        int s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static List<String> one(String value) {
        return value == null || value.isEmpty() ? List.of() : List.of(value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
