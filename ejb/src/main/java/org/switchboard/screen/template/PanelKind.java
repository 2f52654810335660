package org.switchboard.screen.template;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The panels a screen pop can show. A panel's key is also the prefix of its fields' keys (contact.firstName). */
public enum PanelKind {
    CONTACT, ACCOUNT, CASES, HISTORY, NOTES, SCRIPT, CUSTOM;

    /** The name used in stored templates and field keys: "contact", "cases", ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PanelKind> of(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key().equals(key)).findFirst();
    }
}
