package org.switchboard.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoteTest {

    @Test
    void aNoteIsAboutSomething() {
        assertThrows(IllegalArgumentException.class, () -> new NoteLinks(null, null, null, null));
    }

    @Test
    void aNoteKeepsEverythingItIsAbout() {
        NoteLinks about = new NoteLinks(3L, null, 7L, 42L);
        Note note = new Note(1, "promised a credit note", "agent1", Instant.parse("2025-03-01T09:05:00Z"), about);
        assertEquals(about, note.getAbout());
        assertEquals(NoteLinks.supportCase(7), new NoteLinks(null, null, 7L, null));
    }
}
