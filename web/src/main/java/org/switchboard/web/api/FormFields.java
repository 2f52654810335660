package org.switchboard.web.api;

/**
 * Form fields that must be given: a missing or empty field is a 400 with the field's name, never a silent 0
 * (a missing {@code proficiency} once deleted the skill). Thrown as IllegalArgumentException, which
 * {@link ErrorMapper} answers with 400 and the message.
 */
final class FormFields {

    private FormFields() {
    }

    /** A skill level 0-5 (0: none), as the skills endpoints take it. */
    static int level(String field, String value) {
        int level = number(field, value);
        if (level < 0 || level > 5) {
            throw new IllegalArgumentException("Give " + field + " from 0 (none) to 5, not " + level);
        }
        return level;
    }

    /** A whole number that must be there. */
    static int number(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Give " + field + " (a whole number); it is missing");
        }
        String text = value.strip();
        if (text.length() > 9 || !text.matches("-?[0-9]+")) {
            throw new IllegalArgumentException("Give " + field + " as a whole number, not '"
                    + text.substring(0, Math.min(text.length(), 20)) + "'");
        }
        return Integer.parseInt(text);
    }

    /** A record id that must be there. */
    static long id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Give " + field + "; it is missing");
        }
        String text = value.strip();
        if (text.length() > 18 || !text.matches("[0-9]+")) {
            throw new IllegalArgumentException("Give " + field + " as a number");
        }
        return Long.parseLong(text);
    }

    /** {@code true} or {@code false}, which must be there (a missing one is not "false"). */
    static boolean yesNo(String field, String value) {
        String text = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("Give " + field + " as true or false"
                    + (text.isEmpty() ? "; it is missing" : ""));
        };
    }
}
