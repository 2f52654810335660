package org.switchboard.screen.template;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills placeholders such as {contact.firstName} in a greeting or script with the call's values.
 *
 * <p>Only substitution, in one pass: a value that itself looks like a placeholder, markup or an expression
 * ("#{...}", "&lt;script&gt;") is copied as it is and never read again. The result is plain text; the view
 * shows it escaped (the Faces default), which is what makes markup in a label or a customer's name harmless.
 */
public final class PlaceholderRenderer {

    /** A field key in braces; braces around anything else ("{ }", "{1,2}") are ordinary text. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)\\}");

    private PlaceholderRenderer() {
    }

    /** The text with each placeholder replaced by its value; unknown keys and missing values become empty. */
    public static String render(String text, Map<String, String> values) {
        if (text == null) {
            return "";
        }
        return PLACEHOLDER.matcher(text).replaceAll(match -> {
            String value = values.get(match.group(1));
            return Matcher.quoteReplacement(value == null ? "" : value);
        });
    }

    /** The keys of the placeholders in the text, in order, for {@link TemplateValidator} to check. */
    public static List<String> placeholders(String text) {
        return text == null ? List.of() : PLACEHOLDER.matcher(text).results().map(match -> match.group(1)).toList();
    }
}
