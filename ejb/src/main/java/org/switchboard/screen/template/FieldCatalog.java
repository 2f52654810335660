package org.switchboard.screen.template;

import static org.switchboard.screen.template.FieldComponent.DATE_TIME;
import static org.switchboard.screen.template.FieldComponent.EMAIL;
import static org.switchboard.screen.template.FieldComponent.ENUM;
import static org.switchboard.screen.template.FieldComponent.LONG_TEXT;
import static org.switchboard.screen.template.FieldComponent.NUMBER;
import static org.switchboard.screen.template.FieldComponent.PHONE;
import static org.switchboard.screen.template.FieldComponent.TEXT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fields a template may show, per panel: what the pop's data actually has. Custom panels show
 * "custom.&lt;name&gt;" fields instead, whose type the template declares.
 *
 * <p>Editability is the data's rule, not the template's: a case number, the origin of a case and the facts of
 * a call come from the system or the PBX, so no template can offer them for editing.
 */
public final class FieldCatalog {

    /** A field the pop's data has, with the component it is drawn with and its English label. */
    public record KnownField(String key, PanelKind panel, FieldComponent component, boolean editable,
            String label) {
    }

    private static final Pattern CUSTOM_KEY = Pattern.compile("custom\\.[A-Za-z][A-Za-z0-9_]{0,39}");
    private static final boolean EDITABLE = true;
    private static final boolean FIXED = false;

    private static final Map<String, KnownField> FIELDS = new LinkedHashMap<>();

    static {
        add(PanelKind.CONTACT, "firstName", TEXT, EDITABLE, "First name");
        add(PanelKind.CONTACT, "lastName", TEXT, EDITABLE, "Last name");
        add(PanelKind.CONTACT, "phones", PHONE, EDITABLE, "Phone numbers");
        add(PanelKind.CONTACT, "emails", EMAIL, EDITABLE, "Email");
        add(PanelKind.CONTACT, "language", ENUM, EDITABLE, "Language");

        add(PanelKind.ACCOUNT, "name", TEXT, EDITABLE, "Account");
        add(PanelKind.ACCOUNT, "tier", ENUM, FIXED, "Tier");
        add(PanelKind.ACCOUNT, "owner", TEXT, FIXED, "Account owner");

        add(PanelKind.CASES, "number", TEXT, FIXED, "Case number");
        add(PanelKind.CASES, "subject", TEXT, EDITABLE, "Subject");
        add(PanelKind.CASES, "status", ENUM, EDITABLE, "Status");
        add(PanelKind.CASES, "priority", ENUM, EDITABLE, "Priority");
        add(PanelKind.CASES, "owner", TEXT, EDITABLE, "Case owner");
        add(PanelKind.CASES, "origin", ENUM, FIXED, "Origin");
        add(PanelKind.CASES, "openedAt", DATE_TIME, FIXED, "Opened");

        add(PanelKind.HISTORY, "startedAt", DATE_TIME, FIXED, "Time");
        add(PanelKind.HISTORY, "agent", TEXT, FIXED, "Agent");
        add(PanelKind.HISTORY, "duration", NUMBER, FIXED, "Duration");
        add(PanelKind.HISTORY, "outcome", ENUM, FIXED, "Outcome");
        add(PanelKind.HISTORY, "disposition", ENUM, EDITABLE, "Disposition");
        add(PanelKind.HISTORY, "notes", LONG_TEXT, EDITABLE, "Call notes");

        add(PanelKind.NOTES, "text", LONG_TEXT, EDITABLE, "Note");
        add(PanelKind.NOTES, "author", TEXT, FIXED, "Author");
        add(PanelKind.NOTES, "createdAt", DATE_TIME, FIXED, "Written");

        // The script is the template's own script.text, read out to the caller: not data the agent changes.
        add(PanelKind.SCRIPT, "text", LONG_TEXT, FIXED, "Script");
    }

    private FieldCatalog() {
    }

    public static Optional<KnownField> find(String key) {
        return Optional.ofNullable(FIELDS.get(key));
    }

    /** The known fields of a panel in a sensible display order; none for CUSTOM. */
    public static List<KnownField> fieldsOf(PanelKind kind) {
        return FIELDS.values().stream().filter(field -> field.panel() == kind).toList();
    }

    /** Whether the key names a custom field: "custom." and a name of at most 40 letters, digits or '_'. */
    public static boolean isCustomKey(String key) {
        return key != null && CUSTOM_KEY.matcher(key).matches();
    }

    /** A known field as a template shows it by default (as the console adds it): editable where it may be. */
    public static FieldSpec spec(String key) {
        KnownField field = find(key).orElseThrow(() -> new IllegalArgumentException("unknown field " + key));
        return new FieldSpec(key, field.component(), field.editable(),
                Labels.of(Labels.FALLBACK_LANGUAGE, field.label()));
    }

    private static void add(PanelKind panel, String name, FieldComponent component, boolean editable,
            String label) {
        String key = panel.key() + "." + name;
        FIELDS.put(key, new KnownField(key, panel, component, editable, label));
    }
}
