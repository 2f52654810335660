package org.switchboard.connector.ami;

/**
 * Makes the PBX's text fit what the call records hold, for one event at a time: control characters (NUL, ESC,
 * C1, what an attacker can put into a caller ID) and the bidirectional overrides that make text read backwards
 * are removed (tab, CR, LF and the like become a space), unpaired surrogates go, and each value is cut to its
 * field's length without splitting a character. Undecodable bytes have already become U+FFFD in asterisk-java's
 * UTF-8 reader and are kept as such. What was changed is collected for one log line per event.
 *
 * <p>The lengths are those of the {@code call_record} columns (V1): whatever the PBX sends, one event can always be
 * recorded. Not thread-safe: one instance per event being built.
 */
final class FieldBounds {

    static final int ID = 64;
    static final int CHANNEL = 128;
    static final int CALLER_NUMBER = 64;
    static final int CALLER_NAME = 200;
    static final int QUEUE = 64;
    static final int MEMBER_INTERFACE = 128;
    static final int MEMBER_NAME = 128;
    static final int REASON = 64;
    static final int ATTRIBUTE = 256;

    private StringBuilder notes;
    private StringBuilder fields;

    /** The value cleaned and cut to {@code max} characters; null when nothing printable is left. */
    String fit(String field, String value, int max) {
        if (value == null || isClean(value) && value.length() <= max) {
            return value; // the common case: no copy
        }
        int before = value.length();
        StringBuilder sb = new StringBuilder(Math.min(before, max + 1));
        int removed = 0;
        for (int i = 0; i < before; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < before && Character.isLowSurrogate(value.charAt(i + 1))) {
                sb.append(c).append(value.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f') {
                sb.append(' ');
                removed++;
            } else if (isUnwanted(c)) {
                removed++;
            } else {
                sb.append(c);
            }
        }
        String cleaned = sb.toString().strip();
        String result = cleaned;
        if (result.length() > max) {
            int end = max;
            if (Character.isHighSurrogate(result.charAt(end - 1))) {
                end--;
            }
            result = result.substring(0, end);
        }
        note(field, before, removed, cleaned.length(), result.length());
        return result.isEmpty() ? null : result;
    }

    /** The names of the fields changed, e.g. {@code callerNumber,callerName}; null when none was. */
    String fields() {
        return fields == null ? null : fields.toString();
    }

    /** Null when nothing was changed, else e.g. {@code callerNumber cut from 80 to 64 characters}. */
    String notes() {
        return notes == null ? null : notes.toString();
    }

    private void note(String field, int before, int removed, int cleaned, int after) {
        if (removed == 0 && cleaned == after && before == after) {
            return;
        }
        if (notes == null) {
            notes = new StringBuilder();
            fields = new StringBuilder(field);
        } else {
            notes.append("; ");
            fields.append(',').append(field);
        }
        notes.append(field);
        if (removed > 0) {
            notes.append(": ").append(removed).append(" control characters removed");
        }
        if (after < cleaned) {
            notes.append(removed > 0 ? ", " : " ").append("cut from ").append(before).append(" to ").append(after)
                    .append(" characters");
        }
    }

    private static boolean isClean(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isUnwanted(c) || c < 0x20 || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** C0 and C1 controls, DEL, lone surrogates, and the bidi embeddings, overrides and isolates. */
    private static boolean isUnwanted(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || Character.isSurrogate(c) || c >= '\u202a' && c <= '\u202e'
                || c >= '\u2066' && c <= '\u2069';
    }
}
