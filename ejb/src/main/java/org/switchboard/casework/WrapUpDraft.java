package org.switchboard.casework;

/**
 * The wrap-up form as the agent last left it: any field may still be missing. Saving replaces the whole draft,
 * so a field cleared in the form is cleared in the record too.
 *
 * @param notes           free text, up to {@link #MAX_NOTES} characters; blank means none
 * @param dispositionCode the chosen outcome, not yet checked against the tenant's list; surrounding blanks are
 *                        dropped, blank means none
 * @param caseId          the case the call was about, if any
 */
public record WrapUpDraft(String notes, String dispositionCode, Long caseId) {

    /** The size of {@code call_record.wrap_up_notes}. */
    public static final int MAX_NOTES = 4000;
    /** The size of {@code call_record.disposition_code} (and {@code disposition.code}). */
    public static final int MAX_DISPOSITION = 32;

    public WrapUpDraft {
        notes = notes == null || notes.isBlank() ? null : notes;
        dispositionCode = dispositionCode == null || dispositionCode.isBlank() ? null : dispositionCode.strip();
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new IllegalArgumentException("wrap-up notes are limited to " + MAX_NOTES + " characters, these have "
                    + notes.length());
        }
        // Checked here, not only against the tenant's list on finishing: a draft is stored unchecked, and a
        // code longer than its column would fail in the database instead of being refused with a message.
        if (dispositionCode != null && dispositionCode.length() > MAX_DISPOSITION) {
            throw new IllegalArgumentException("a disposition code has at most " + MAX_DISPOSITION
                    + " characters, this one has " + dispositionCode.length());
        }
    }
}
