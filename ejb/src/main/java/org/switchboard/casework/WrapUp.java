package org.switchboard.casework;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The wrap-up of one call, as stored on {@code call_record}: nothing yet, a draft the agent keeps saving, or
 * done. Immutable; {@link #save} and {@link #finish} return the next value, which the caller stores under the
 * row's {@code wrap_up_version}.
 *
 * <p>The rules: a draft may be saved any number of times and may be incomplete. Finishing needs a disposition
 * from the tenant's list and fixes the time of the wrap-up. After that the agent can change nothing; a supervisor
 * can still correct it, by finishing it again ({@link #canBeChangedBy}). Security decides who is a supervisor;
 * this class only says what a supervisor may do.
 *
 * @param state           NONE, DRAFT or DONE
 * @param notes           the agent's notes, null for none
 * @param dispositionCode the outcome; always set when DONE
 * @param caseId          the case the call was about, null for none
 * @param wrappedUpAt     when the agent finished; set exactly when DONE (as the {@code call_record_wrap_up_done}
 *                        CHECK says)
 */
public record WrapUp(State state, String notes, String dispositionCode, Long caseId, Instant wrappedUpAt) {

    public enum State { NONE, DRAFT, DONE }

    /** Who is changing the wrap-up, as far as the rules care. */
    public enum Editor { AGENT, SUPERVISOR }

    public WrapUp {
        Objects.requireNonNull(state, "state");
        if (state == State.DONE && (dispositionCode == null || wrappedUpAt == null)) {
            throw new IllegalArgumentException("a finished wrap-up has a disposition and a time");
        }
        if (state != State.DONE && wrappedUpAt != null) {
            throw new IllegalArgumentException("only a finished wrap-up has a time");
        }
    }

    /** A call nobody has wrapped up yet. */
    public static WrapUp none() {
        return new WrapUp(State.NONE, null, null, null, null);
    }

    public boolean isDone() {
        return state == State.DONE;
    }

    /** The rule for changes: anyone until it is done, then only a supervisor. */
    public boolean canBeChangedBy(Editor editor) {
        Objects.requireNonNull(editor, "editor");
        return state != State.DONE || editor == Editor.SUPERVISOR;
    }

    /**
     * Keeps the form as it is, complete or not.
     *
     * @throws IllegalStateException when the wrap-up is done: it never goes back to a draft, which could be left
     *                               without a disposition (a supervisor corrects it with {@link #finish})
     */
    public WrapUp save(WrapUpDraft draft) {
        Objects.requireNonNull(draft, "draft");
        if (state == State.DONE) {
            throw new IllegalStateException("the wrap-up was finished at " + wrappedUpAt
                    + "; it can no longer be saved as a draft, only corrected by a supervisor");
        }
        return new WrapUp(State.DRAFT, draft.notes(), draft.dispositionCode(), draft.caseId(), null);
    }

    /**
     * Completes the wrap-up with the draft's content, or (for a supervisor) corrects a finished one. A correction
     * keeps the original time: after-call work and the agent's figures are measured up to the agent's finish.
     *
     * @param tenantDispositions the dispositions of the call's tenant
     * @param at                 now; used only when the wrap-up is not done yet
     * @throws IllegalStateException    when it is done and the editor is not a supervisor
     * @throws IllegalArgumentException when the draft has no disposition or one not in the tenant's list
     */
    public WrapUp finish(WrapUpDraft draft, Collection<Disposition> tenantDispositions, Editor editor, Instant at) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(at, "at");
        if (!canBeChangedBy(editor)) {
            throw new IllegalStateException("the wrap-up was finished at " + wrappedUpAt
                    + "; only a supervisor can change it");
        }
        String code = draft.dispositionCode();
        if (code == null) {
            throw new IllegalArgumentException("choose a disposition to finish the wrap-up");
        }
        if (tenantDispositions.stream().noneMatch(d -> d.code().equals(code))) {
            throw new IllegalArgumentException("unknown disposition '" + code + "'; known: " + tenantDispositions
                    .stream().map(Disposition::code).collect(Collectors.joining(", ")));
        }
        Instant finishedAt = state == State.DONE ? wrappedUpAt : at;
        return new WrapUp(State.DONE, draft.notes(), code, draft.caseId(), finishedAt);
    }
}
