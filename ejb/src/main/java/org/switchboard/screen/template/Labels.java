package org.switchboard.screen.template;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A label in several languages (ISO 639 language code, "en", "de", to text). Labels are data typed by an
 * administrator: they may contain "&lt;" or "&amp;" and are always shown as plain text, escaped by the view.
 */
public record Labels(Map<String, String> texts) {

    public static final String FALLBACK_LANGUAGE = "en";
    public static final Labels NONE = new Labels(Map.of());

    public Labels {
        // Sorted, so the stored JSON of equal templates is equal text.
        texts = texts == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(texts));
    }

    public static Labels of(String language, String text) {
        return new Labels(Map.of(language, text));
    }

    public Labels with(String language, String text) {
        Map<String, String> copy = new TreeMap<>(texts);
        copy.put(language, text);
        return new Labels(copy);
    }

    /** The text in the requested language, else in English, else the fallback (a field key shows what is missing). */
    public String text(String language, String fallback) {
        String text = texts.get(language);
        if (text == null || text.isBlank()) {
            text = texts.get(FALLBACK_LANGUAGE);
        }
        return text == null || text.isBlank() ? fallback : text;
    }
}
