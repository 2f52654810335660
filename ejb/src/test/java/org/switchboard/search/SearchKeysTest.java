package org.switchboard.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.switchboard.contact.SearchKeys;

class SearchKeysTest {

    @Test
    void namesFoldedBothWays() {
        assertEquals("jurgen muller-strauss", SearchKeys.firstLast(" Jürgen ", "Müller-Strauß"));
        assertEquals("muller-strauss jurgen", SearchKeys.lastFirst("Jürgen", "Müller-Strauß"));
        assertEquals("wolf", SearchKeys.firstLast(null, "Wolf"));
        assertEquals("wolf", SearchKeys.lastFirst("  ", "Wolf"));
    }

    @Test
    void emailsLowerCase() {
        assertEquals("max@example.com", SearchKeys.email(" Max@Example.COM "));
        assertNull(SearchKeys.email(" "));
    }

    @Test
    void digitsBackToFront() {
        assertEquals("9876543210394", SearchKeys.reversedDigits("+4930123456789"));
        assertNull(SearchKeys.reversedDigits(null));
    }
}
