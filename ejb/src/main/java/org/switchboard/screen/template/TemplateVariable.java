package org.switchboard.screen.template;

import java.util.Arrays;
import java.util.Optional;

/**
 * The configuration variables a template may set, with their types and the value used when a template leaves
 * one out. Values are stored as text, as the console's form sends them.
 */
public enum TemplateVariable {
    /** Calls shown in the history panel, newest first. */
    HISTORY_MAX_ROWS("history.maxRows", "10"),
    /** Whether the cases panel lists closed cases too, or only open ones. */
    CASES_SHOW_CLOSED("cases.showClosed", "false"),
    /** The line shown above the pop for the agent to greet with; may contain placeholders. */
    GREETING_TEXT("greeting.text", ""),
    /** The text of the script panel; may contain placeholders. */
    SCRIPT_TEXT("script.text", "");

    static final int MAX_ROWS = 100;
    static final int MAX_TEXT = 4000;

    private final String key;
    private final String defaultValue;

    TemplateVariable(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public static Optional<TemplateVariable> of(String key) {
        return Arrays.stream(values()).filter(variable -> variable.key.equals(key)).findFirst();
    }

    /** Whether the value is text in which {field} placeholders are filled in. */
    public boolean hasPlaceholders() {
        return this == GREETING_TEXT || this == SCRIPT_TEXT;
    }

    /** What is wrong with a value, if anything; placeholders are checked by {@link TemplateValidator}. */
    Optional<String> problem(String value) {
        if (value == null) {
            return Optional.of("has no value");
        }
        return switch (this) {
            case HISTORY_MAX_ROWS -> isWholeNumberUpTo(value, MAX_ROWS) ? Optional.empty()
                    : Optional.of("must be a whole number from 1 to " + MAX_ROWS + ", not '" + value + "'");
            case CASES_SHOW_CLOSED -> value.equals("true") || value.equals("false") ? Optional.empty()
                    : Optional.of("must be true or false, not '" + value + "'");
            case GREETING_TEXT, SCRIPT_TEXT -> value.length() <= MAX_TEXT ? Optional.empty()
                    : Optional.of("is longer than " + MAX_TEXT + " characters");
        };
    }

    private static boolean isWholeNumberUpTo(String value, int max) {
        // At most three digits, so that parsing cannot overflow.
        if (!value.matches("[0-9]{1,3}")) {
            return false;
        }
        int number = Integer.parseInt(value);
        return number >= 1 && number <= max;
    }
}
