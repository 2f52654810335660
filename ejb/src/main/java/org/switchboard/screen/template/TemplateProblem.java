package org.switchboard.screen.template;

/**
 * One reason a template cannot be saved, for the console to show next to the form.
 *
 * @param panel   the panel, as "panel 2 (cases)"; null for a problem with a variable
 * @param field   the field key or variable name; null for a problem with the panel itself
 * @param message what is wrong, in words for an administrator
 */
public record TemplateProblem(String panel, String field, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (panel != null) {
            text.append(panel);
        }
        if (field != null) {
            text.append(text.isEmpty() ? "" : ", ").append(field);
        }
        return text.append(": ").append(message).toString();
    }
}
