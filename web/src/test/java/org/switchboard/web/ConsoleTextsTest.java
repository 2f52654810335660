package org.switchboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The console's texts (#{text[...]}) exist in English and German, key for key. */
class ConsoleTextsTest {

    private static final String BUNDLE = "org.switchboard.web.console";

    @Test
    void everyTextIsInEnglishAndGerman() {
        // Without falling back to the machine's own language.
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, exact);
        ResourceBundle german = ResourceBundle.getBundle(BUNDLE, Locale.GERMAN, exact);
        assertEquals(new TreeSet<>(english.keySet()), new TreeSet<>(german.keySet()));
        for (String key : english.keySet()) {
            assertNotEquals(english.getString(key), german.getString(key), key + " is not translated");
        }
        assertEquals("Erneut anmelden", german.getString("connection.logIn")); // read as UTF-8
    }
}
