package org.switchboard.web.agent;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.primefaces.PrimeFaces;
import org.switchboard.agent.AgentService;
import org.switchboard.casework.CaseException;
import org.switchboard.casework.CaseOrigin;
import org.switchboard.casework.CaseService;
import org.switchboard.casework.CaseView;
import org.switchboard.casework.Disposition;
import org.switchboard.casework.PendingWrapUp;
import org.switchboard.casework.WrapUp;
import org.switchboard.casework.WrapUpService;
import org.switchboard.casework.WrapUpView;
import org.switchboard.presence.AgentStatus;
import org.switchboard.web.session.Faces;

/**
 * The desk's wrap-up panel: notes, a disposition and a case for the agent's newest call that is not wrapped up
 * (the one in progress included). Every change is saved as a draft at once (the page sends it a second after
 * typing stops), so closing the browser loses nothing; Finish completes the call record. A call whose wrap-up
 * the agent has begun stays on the panel when the next call comes; the others wait in the "to wrap up" list.
 */
@Named("wrapUpPanel")
@ViewScoped
public class WrapUpPanelView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LIST_ROWS = 10;

    @EJB
    private transient WrapUpService wrapUps;
    @EJB
    private transient CaseService cases;
    @EJB
    private transient AgentService agents;

    private List<PendingWrapUp> pending;
    private List<Disposition> dispositions;
    private PendingWrapUp call;
    private WrapUpView shown;
    private String notes;
    private String disposition;
    private String caseNumber;
    private String newCaseSubject;
    private String savedNote;

    @PostConstruct
    void load() {
        dispositions = wrapUps.dispositions();
        refresh();
    }

    /**
     * After a push (a call offered or ended): keep a wrap-up in progress, else show the newest call. The panel is
     * redrawn only when that changed what it shows: redrawing it under the agent's hands would move the cursor
     * out of the notes and close an open menu.
     */
    public void onCallChange() {
        List<PendingWrapUp> before = pending;
        Long shownBefore = call == null ? null : call.callId();
        refresh();
        Long shownNow = call == null ? null : call.callId();
        if (!Objects.equals(shownBefore, shownNow)) {
            PrimeFaces.current().ajax().update("wrapUpForm");
        } else if (!sameCalls(before, pending)) {
            // the same call (it may have ended meanwhile): its heading and the list, not the fields being edited
            PrimeFaces.current().ajax().update("wrapUpForm:wrapUpHeading", "wrapUpForm:others");
        }
    }

    private static boolean sameCalls(List<PendingWrapUp> a, List<PendingWrapUp> b) {
        return a.stream().map(PendingWrapUp::callId).toList().equals(b.stream().map(PendingWrapUp::callId).toList())
                && a.stream().map(PendingWrapUp::ended).toList().equals(b.stream().map(PendingWrapUp::ended).toList());
    }

    private void refresh() {
        pending = wrapUps.pending(LIST_ROWS);
        boolean begun = shown != null && shown.state() == WrapUp.State.DRAFT;
        boolean stillPending = call != null && pending.stream().anyMatch(p -> p.callId() == call.callId());
        if (begun && stillPending) {
            call = pending.stream().filter(p -> p.callId() == call.callId()).findFirst().orElseThrow();
            return;
        }
        show(pending.isEmpty() ? null : pending.get(0));
    }

    /** The agent picks another call from the "to wrap up" list. */
    public void select(long callId) {
        pending.stream().filter(p -> p.callId() == callId).findFirst().ifPresent(this::show);
    }

    private void show(PendingWrapUp next) {
        call = next;
        shown = next == null ? null : wrapUps.get(next.callId());
        notes = shown == null ? null : shown.notes();
        disposition = shown == null ? null : shown.disposition();
        caseNumber = shown == null ? null : shown.caseNumber();
        newCaseSubject = null;
        savedNote = shown != null && shown.state() == WrapUp.State.DRAFT ? "Draft saved." : null;
    }

    /** Autosave: called by the form's ajax a moment after each change. Quiet on success. */
    public void saveDraft() {
        if (call == null) {
            return;
        }
        attempt(() -> {
            shown = wrapUps.saveDraft(call.callId(), shown.version(), notes, disposition, caseNumber);
            savedNote = "Draft saved.";
        });
    }

    public void finish() {
        if (call == null) {
            return;
        }
        boolean done = attempt(() -> shown = wrapUps.finish(call.callId(), shown.version(), notes, disposition,
                caseNumber));
        if (done) {
            // The call is filed: the agent's after-call work is over too (a group with a wrap-up time would
            // otherwise keep them unavailable until it runs out).
            if (agents.me().state() == AgentStatus.WRAP_UP) {
                agents.endWrapUp();
            }
            Faces.info("Wrap-up finished: the call is filed.");
            shown = null;
            refresh();
        }
    }

    /** Opens a case for the caller (their contact and account) and links the call to it. */
    public void createCase() {
        if (call == null) {
            return;
        }
        attempt(() -> {
            CaseView opened = cases.open(newCaseSubject, null, null, CaseOrigin.PHONE, call.contactId(),
                    call.accountId());
            caseNumber = opened.number();
            newCaseSubject = null;
            shown = wrapUps.saveDraft(call.callId(), shown.version(), notes, disposition, caseNumber);
            Faces.info("Case " + opened.number() + " opened and linked to this call.");
        });
    }

    private boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (CaseException | IllegalArgumentException e) {
            Faces.error(e.getMessage());
        } catch (EJBException e) {
            Throwable cause = Objects.requireNonNullElse(e.getCause(), e);
            Faces.error(cause instanceof IllegalArgumentException || cause instanceof CaseException
                    ? cause.getMessage() : "That did not work; please try again.");
        }
        savedNote = null;
        return false;
    }

    public boolean isActive() {
        return call != null;
    }

    public PendingWrapUp getCall() {
        return call;
    }

    public List<PendingWrapUp> getOthers() {
        return pending.stream().filter(p -> call == null || p.callId() != call.callId()).toList();
    }

    public List<Disposition> getDispositions() {
        return dispositions;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getDisposition() {
        return disposition;
    }

    public void setDisposition(String disposition) {
        this.disposition = disposition;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getNewCaseSubject() {
        return newCaseSubject;
    }

    public void setNewCaseSubject(String newCaseSubject) {
        this.newCaseSubject = newCaseSubject;
    }

    public String getSavedNote() {
        return savedNote;
    }
}
