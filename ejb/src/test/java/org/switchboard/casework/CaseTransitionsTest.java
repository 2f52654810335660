package org.switchboard.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status transitions of {@link SupportCase} (named Case* so the casework test filter picks it up). */
class CaseTransitionsTest {

    private static final Instant OPENED = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant LATER = OPENED.plusSeconds(3600);
    private static final Instant EVEN_LATER = LATER.plusSeconds(3600);

    private static final Map<String, Consumer<SupportCase>> ACTION = Map.of(
            "open", SupportCase::open,
            "pend", SupportCase::pend,
            "close", c -> c.close(EVEN_LATER),
            "reopen", SupportCase::reopen);

    private static SupportCase newCase() {
        return new SupportCase(1, CaseNumber.of(42), "Invoice shows the wrong address", CaseOrigin.PHONE, OPENED);
    }

    private static SupportCase caseIn(CaseStatus status) {
        SupportCase c = newCase();
        switch (status) {
            case OPEN -> { }
            case PENDING -> c.pend();
            case CLOSED -> c.close(LATER);
        }
        return c;
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            OPEN    | open   | OPEN
            OPEN    | pend   | PENDING
            OPEN    | close  | CLOSED
            OPEN    | reopen | REJECTED
            PENDING | open   | OPEN
            PENDING | pend   | PENDING
            PENDING | close  | CLOSED
            PENDING | reopen | REJECTED
            CLOSED  | open   | REJECTED
            CLOSED  | pend   | REJECTED
            CLOSED  | close  | CLOSED
            CLOSED  | reopen | OPEN
            """)
    void transitions(CaseStatus from, String action, String expected) {
        SupportCase c = caseIn(from);
        if (expected.equals("REJECTED")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ACTION.get(action).accept(c));
            assertTrue(e.getMessage().contains("CS-000042"), e.getMessage());
            assertEquals(from, c.getStatus());
        } else {
            ACTION.get(action).accept(c);
            assertEquals(CaseStatus.valueOf(expected), c.getStatus());
        }
        assertTrue(c.isClosedAtConsistent(), "closedAt is set exactly while closed");
    }

    @Test
    void aNewCaseIsOpenWithNormalPriority() {
        SupportCase c = newCase();
        assertEquals(CaseStatus.OPEN, c.getStatus());
        assertEquals(CasePriority.NORMAL, c.getPriority());
        assertEquals(CaseNumber.of(42), c.getCaseNumber());
        assertNull(c.getClosedAt());
    }

    @Test
    void closingSetsTheTimeAndReopeningClearsIt() {
        SupportCase c = newCase();
        c.close(LATER);
        assertEquals(LATER, c.getClosedAt());

        c.reopen();
        assertNull(c.getClosedAt());

        c.close(EVEN_LATER);
        assertEquals(EVEN_LATER, c.getClosedAt());
    }

    @Test
    void closingTwiceKeepsTheFirstTime() {
        SupportCase c = newCase();
        c.close(LATER);
        c.close(EVEN_LATER);
        assertEquals(LATER, c.getClosedAt());
    }

    @Test
    void cannotCloseBeforeItWasOpened() {
        SupportCase c = newCase();
        assertThrows(IllegalArgumentException.class, () -> c.close(OPENED.minusSeconds(1)));
        assertEquals(CaseStatus.OPEN, c.getStatus());
    }

    @Test
    void theMessageSaysWhatToDoInstead() {
        SupportCase c = caseIn(CaseStatus.CLOSED);
        IllegalStateException e = assertThrows(IllegalStateException.class, c::open);
        assertEquals("cannot open case CS-000042: it is closed; reopen it instead", e.getMessage());
    }
}
