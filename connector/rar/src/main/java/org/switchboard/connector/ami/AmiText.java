package org.switchboard.connector.ami;

/** Small, allocation-light helpers for AMI header values. */
final class AmiText {

    private AmiText() {
    }

    /**
     * Undoes AMI's backslash escaping of name fields: Asterisk writes {@code "}, {@code '}, {@code ?} and
     * {@code \} inside caller-ID names as {@code \"}, {@code \'}, {@code \?} and {@code \\}. Any other backslash
     * is kept. The result is still untrusted text. {@code <unknown>} and blank become null.
     */
    static String name(String value) {
        String v = value(value);
        if (v == null || v.indexOf('\\') < 0) {
            return v;
        }
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(i + 1);
                if (n == '"' || n == '\'' || n == '?' || n == '\\') {
                    sb.append(n);
                    i++;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** A header value, with Asterisk's placeholders for "none" ({@code <unknown>}, {@code <null>}, blank) as null. */
    static String value(String value) {
        if (value == null || value.isBlank() || "<unknown>".equals(value) || "<null>".equals(value)) {
            return null;
        }
        return value;
    }

    static String string(Object value) {
        return value == null ? null : value.toString();
    }

    static Integer integer(Number value) {
        return value == null ? null : value.intValue();
    }
}
