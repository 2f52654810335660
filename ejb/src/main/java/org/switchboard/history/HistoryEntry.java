package org.switchboard.history;

import java.time.Instant;

/**
 * One thing that happened with a customer: a call (direction, agent, talk time, outcome, disposition, wrap-up
 * notes, case), a case opened or closed, a note. Fields that do not apply to the kind are null. Plain data.
 *
 * @param id the call's, the case's or the note's id
 * @param text wrap-up notes of a call, subject of a case, text of a note
 * @param who the call's agent, the case's owner, the note's author
 */
public record HistoryEntry(Kind kind, Instant at, long id, String direction, String who, Integer talkSeconds,
        String outcome, String disposition, String text, String caseNumber, Long contactId, String number) {

    public enum Kind { CALL, CASE_OPENED, CASE_CLOSED, NOTE }

    public static HistoryEntry call(long id, Instant at, String direction, String agent, Integer talkSeconds,
            String outcome, String disposition, String notes, String caseNumber, Long contactId, String number) {
        return new HistoryEntry(Kind.CALL, at, id, direction, agent, talkSeconds, outcome, disposition, notes,
                caseNumber, contactId, number);
    }

    public static HistoryEntry caseOpened(long caseId, Instant at, String owner, String caseNumber, String subject,
            Long contactId) {
        return new HistoryEntry(Kind.CASE_OPENED, at, caseId, null, owner, null, null, null, subject, caseNumber,
                contactId, null);
    }

    public static HistoryEntry caseClosed(long caseId, Instant at, String owner, String caseNumber, String subject,
            Long contactId) {
        return new HistoryEntry(Kind.CASE_CLOSED, at, caseId, null, owner, null, null, null, subject, caseNumber,
                contactId, null);
    }

    public static HistoryEntry note(long noteId, Instant at, String author, String text, String caseNumber,
            Long contactId) {
        return new HistoryEntry(Kind.NOTE, at, noteId, null, author, null, null, null, text, caseNumber, contactId,
                null);
    }
}
