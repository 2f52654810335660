package org.switchboard.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.casework.WrapUp.Editor;
import org.switchboard.casework.WrapUp.State;

class WrapUpTest {

    private static final List<Disposition> TENANT = List.of(
            new Disposition("resolved", "Resolved", 1),
            new Disposition("callback-needed", "Callback needed", 2));

    private static final Instant ENDED = Instant.parse("2025-03-01T09:05:00Z");
    private static final Instant LATER = ENDED.plusSeconds(600);

    private static WrapUp done() {
        return WrapUp.none().finish(new WrapUpDraft("sent a new invoice", "resolved", 7L), TENANT, Editor.AGENT, ENDED);
    }

    @Test
    void aDraftIsSavedAsOftenAsTheAgentLikesAndMayBeIncomplete() {
        WrapUp first = WrapUp.none().save(new WrapUpDraft("customer asks about", null, null));
        assertEquals(new WrapUp(State.DRAFT, "customer asks about", null, null, null), first);

        WrapUp second = first.save(new WrapUpDraft("customer asks about the invoice", "resolved", 7L));
        assertEquals(new WrapUp(State.DRAFT, "customer asks about the invoice", "resolved", 7L, null), second);

        // Saving replaces the whole form: what was cleared is gone.
        WrapUp third = second.save(new WrapUpDraft("  ", "", null));
        assertEquals(new WrapUp(State.DRAFT, null, null, null, null), third);

        assertEquals("resolved", new WrapUpDraft(null, " resolved ", null).dispositionCode());
    }

    @Test
    void finishingNeedsADisposition() {
        WrapUp draft = WrapUp.none().save(new WrapUpDraft("notes", null, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> draft.finish(new WrapUpDraft("notes", " ", null), TENANT, Editor.AGENT, ENDED));
        assertEquals("choose a disposition to finish the wrap-up", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"sales-lead", "Resolved", "callback"})
    void finishingNeedsADispositionFromTheTenantsList(String code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WrapUp.none().finish(new WrapUpDraft(null, code, null), TENANT, Editor.AGENT, ENDED));
        assertTrue(e.getMessage().endsWith("known: resolved, callback-needed"), e.getMessage());
    }

    @Test
    void finishingFixesContentAndTime() {
        WrapUp draft = WrapUp.none().save(new WrapUpDraft("old", null, null));
        WrapUp finished = draft.finish(new WrapUpDraft("new", "callback-needed", 7L), TENANT, Editor.AGENT, ENDED);
        assertEquals(new WrapUp(State.DONE, "new", "callback-needed", 7L, ENDED), finished);
        assertTrue(finished.isDone());
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @CsvSource({
            "NONE,  AGENT,      true",
            "NONE,  SUPERVISOR, true",
            "DRAFT, AGENT,      true",
            "DRAFT, SUPERVISOR, true",
            "DONE,  AGENT,      false",
            "DONE,  SUPERVISOR, true"
    })
    void onlyASupervisorChangesAFinishedWrapUp(State state, Editor editor, boolean allowed) {
        WrapUp wrapUp = switch (state) {
            case NONE -> WrapUp.none();
            case DRAFT -> WrapUp.none().save(new WrapUpDraft("x", null, null));
            case DONE -> done();
        };
        assertEquals(allowed, wrapUp.canBeChangedBy(editor));
    }

    @Test
    void theAgentCannotTouchAFinishedWrapUp() {
        WrapUp done = done();
        assertThrows(IllegalStateException.class, () -> done.save(new WrapUpDraft("more", "resolved", 7L)));
        assertThrows(IllegalStateException.class,
                () -> done.finish(new WrapUpDraft("more", "resolved", 7L), TENANT, Editor.AGENT, LATER));
    }

    @Test
    void aSupervisorCorrectsAFinishedWrapUpWhichKeepsItsTime() {
        WrapUp corrected = done().finish(new WrapUpDraft("was a sales call", "callback-needed", null), TENANT,
                Editor.SUPERVISOR, LATER);
        assertEquals(new WrapUp(State.DONE, "was a sales call", "callback-needed", null, ENDED), corrected);
    }

    @Test
    void aCorrectionStillNeedsAKnownDispositionAndNeverMakesADraft() {
        WrapUp done = done();
        assertThrows(IllegalArgumentException.class,
                () -> done.finish(new WrapUpDraft("x", null, null), TENANT, Editor.SUPERVISOR, LATER));
        assertThrows(IllegalArgumentException.class,
                () -> done.finish(new WrapUpDraft("x", "escalated", null), TENANT, Editor.SUPERVISOR, LATER));
        assertThrows(IllegalStateException.class, () -> done.save(new WrapUpDraft("x", null, null)));
    }

    @Test
    void notesAreLimitedToTheColumn() {
        String longest = "n".repeat(WrapUpDraft.MAX_NOTES);
        assertEquals(longest, new WrapUpDraft(longest, null, null).notes());
        assertThrows(IllegalArgumentException.class, () -> new WrapUpDraft(longest + "n", null, null));
    }

    @Test
    void theValueHoldsTheSameRulesAsTheTable() {
        assertThrows(IllegalArgumentException.class, () -> new WrapUp(State.DONE, null, null, null, ENDED));
        assertThrows(IllegalArgumentException.class, () -> new WrapUp(State.DONE, null, "resolved", null, null));
        assertThrows(IllegalArgumentException.class, () -> new WrapUp(State.DRAFT, null, null, null, ENDED));
        assertNull(WrapUp.none().wrappedUpAt());
    }

    @Test
    void aDispositionCodeLongerThanItsColumnIsRefusedWithAMessageEvenInADraft() {
        String longest = "d".repeat(WrapUpDraft.MAX_DISPOSITION);
        assertEquals(longest, new WrapUpDraft(null, longest, null).dispositionCode());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new WrapUpDraft(null, longest + "x", null));
        assertTrue(refused.getMessage().contains("at most 32 characters"), refused.getMessage());
    }
}
