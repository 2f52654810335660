package org.switchboard.casework;

/**
 * What a note is about: a contact, an account, a case, a call, or several of them (a note taken during a call
 * about a case usually names the call, the case and the contact). At least one is required, as in the
 * {@code note_about_something} CHECK: a note about nothing could never be found again.
 */
public record NoteLinks(Long contactId, Long accountId, Long caseId, Long callId) {

    public NoteLinks {
        if (contactId == null && accountId == null && caseId == null && callId == null) {
            throw new IllegalArgumentException("a note must be about a contact, an account, a case or a call");
        }
    }

    public static NoteLinks contact(long contactId) {
        return new NoteLinks(contactId, null, null, null);
    }

    public static NoteLinks account(long accountId) {
        return new NoteLinks(null, accountId, null, null);
    }

    public static NoteLinks supportCase(long caseId) {
        return new NoteLinks(null, null, caseId, null);
    }

    public static NoteLinks call(long callId) {
        return new NoteLinks(null, null, null, callId);
    }
}
