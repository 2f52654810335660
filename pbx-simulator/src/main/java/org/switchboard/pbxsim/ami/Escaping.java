package org.switchboard.pbxsim.ami;

/**
 * Asterisk backslash-escapes caller-ID names in AMI events (connector/README.md, AMI-8); the channel keeps the raw
 * name.
 */
public final class Escaping {
    private Escaping() {
    }

    public static String escapeName(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '"' || c == '\'' || c == '?' || c == '\\') {
                if (sb == null) {
                    sb = new StringBuilder(raw.length() + 8).append(raw, 0, i);
                }
                sb.append('\\');
            }
            if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? raw : sb.toString();
    }
}
