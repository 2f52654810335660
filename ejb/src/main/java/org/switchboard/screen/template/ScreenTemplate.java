package org.switchboard.screen.template;

import static org.switchboard.screen.template.PanelKind.ACCOUNT;
import static org.switchboard.screen.template.PanelKind.CASES;
import static org.switchboard.screen.template.PanelKind.CONTACT;
import static org.switchboard.screen.template.PanelKind.HISTORY;
import static org.switchboard.screen.template.PanelKind.NOTES;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an agent's screen pop shows: panels in display order, and configuration variables
 * ({@link TemplateVariable} keys to values as text). Only templates that {@link TemplateValidator} accepts are
 * saved, so the typed accessors below can trust the values.
 */
public record ScreenTemplate(List<Panel> panels, Map<String, String> variables) {

    /** The pop of a tenant that has not designed its own: who calls, their account, open cases, recent calls. */
    public static final ScreenTemplate DEFAULT = new ScreenTemplate(List.of(
            Panel.of(CONTACT, "Contact", "contact.firstName", "contact.lastName", "contact.phones",
                    "contact.emails"),
            Panel.of(ACCOUNT, "Account", "account.name", "account.tier", "account.owner"),
            Panel.of(CASES, "Open cases", "cases.number", "cases.subject", "cases.status", "cases.priority",
                    "cases.openedAt"),
            Panel.of(HISTORY, "Recent calls", "history.startedAt", "history.agent", "history.duration",
                    "history.outcome"),
            Panel.of(NOTES, "Notes", "notes.text", "notes.author", "notes.createdAt")),
            Map.of(TemplateVariable.HISTORY_MAX_ROWS.key(), "10",
                    TemplateVariable.CASES_SHOW_CLOSED.key(), "false",
                    TemplateVariable.GREETING_TEXT.key(), "Hello {contact.firstName}"));

    public ScreenTemplate {
        panels = panels == null ? List.of() : List.copyOf(panels);
        // Sorted, so the stored JSON of equal templates is equal text.
        variables = variables == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(variables));
    }

    /** The template's value of the variable, or the variable's default when the template does not set it. */
    public String variable(TemplateVariable variable) {
        return variables.getOrDefault(variable.key(), variable.defaultValue());
    }

    public int historyMaxRows() {
        return Integer.parseInt(variable(TemplateVariable.HISTORY_MAX_ROWS));
    }

    public boolean showClosedCases() {
        return Boolean.parseBoolean(variable(TemplateVariable.CASES_SHOW_CLOSED));
    }
}
