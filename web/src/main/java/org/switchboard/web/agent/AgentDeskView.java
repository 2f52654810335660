package org.switchboard.web.agent;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.switchboard.agent.AgentException;
import org.switchboard.agent.AgentService;
import org.switchboard.agent.AgentView;
import org.switchboard.call.CallHistory;
import org.switchboard.call.CallSummary;
import org.switchboard.casework.CaseException;
import org.switchboard.casework.CaseOrigin;
import org.switchboard.casework.CaseService;
import org.switchboard.casework.NoteService;
import org.switchboard.contact.ContactDirectory;
import org.switchboard.screen.ContactChangedException;
import org.switchboard.screen.ScreenPop;
import org.switchboard.screen.ScreenPopService;
import org.switchboard.screen.template.FieldComponent;
import org.switchboard.web.session.Faces;

/**
 * The agent's desk: phone sign-in, ready / not ready, the screen pop (refreshed when the server pushes "pop"),
 * quick creation of an unknown caller, and the agent's own call history. Holds DTOs only.
 */
@Named("agentDesk")
@ViewScoped
public class AgentDeskView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HISTORY_ROWS = 20;

    @EJB
    private transient AgentService agents;
    @EJB
    private transient ScreenPopService pops;
    @EJB
    private transient CallHistory history;
    @EJB
    private transient ContactDirectory contacts;
    @EJB
    private transient CaseService cases;
    @EJB
    private transient NoteService notes;

    private AgentView me;
    private ScreenPop pop;
    private List<CallSummary> calls;
    private String phone;
    private boolean nailedUp;
    private String reason;
    private List<String> reasons;
    private String newFirstName;
    private String newLastName;
    private String dialNumber;
    private String newCaseSubject;
    private Map<String, String> edits = new HashMap<>();
    private String editedContact;
    private String noteText;

    @PostConstruct
    void load() {
        me = agents.me();
        phone = me.phone();
        reasons = agents.reasons();
        refresh();
    }

    /** Called when the websocket says "ended" and after every action. */
    public void refresh() {
        refreshPop();
        refreshMe();
        calls = history.mine(HISTORY_ROWS);
    }

    /** Called when the websocket says "state": ringing, on call, wrap-up, a supervisor's action, a lost line. */
    public void refreshMe() {
        me = agents.me();
    }

    /** Called when the websocket says "pop": a call is offered, only the card changes. */
    public void refreshPop() {
        pop = pops.current().orElse(null);
        startEditing();
    }

    /**
     * The editable fields' current values, to edit: refilled only when another contact (or a new version of it)
     * is on the pop, so that a refresh while the agent types does not throw their typing away.
     */
    private void startEditing() {
        String editing = pop == null || pop.contactId() == null ? null : pop.contactId() + "@" + pop.contactVersion();
        if (Objects.equals(editing, editedContact)) {
            return;
        }
        editedContact = editing;
        edits = new HashMap<>();
        if (editing != null && pop.view() != null) {
            pop.view().panels().stream().flatMap(p -> p.fields().stream())
                    .filter(f -> f.editable() && f.component() != FieldComponent.PHONE
                            && f.component() != FieldComponent.EMAIL)
                    .forEach(f -> edits.put(f.key(), f.value()));
        }
    }

    /** Saves the changed contact fields of the pop (first and last name, language, custom fields). */
    public void saveContact() {
        if (pop == null || pop.contactId() == null || edits.isEmpty()) {
            return;
        }
        long contactId = pop.contactId();
        long version = pop.contactVersion();
        Map<String, String> values = new HashMap<>(edits);
        try {
            pops.saveContact(contactId, version, values);
            Faces.info("Contact saved.");
        } catch (ContactChangedException e) {
            Faces.error(e.getMessage());
            editedContact = null; // show what is stored now
        } catch (EJBException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            Faces.error(cause instanceof IllegalArgumentException ? cause.getMessage()
                    : "That did not work; please try again.");
        }
        refresh();
    }

    public Map<String, String> getEdits() {
        return edits;
    }

    /** Whether the pop shows fields the agent may change. */
    public boolean isEditing() {
        return edits != null && !edits.isEmpty();
    }

    public void signIn() {
        act(() -> {
            me = agents.signIn(phone, nailedUp);
            agents.consoleAlive(); // signed in from this console: from now on its heartbeat counts
        }, nailedUp
                ? "Signed in. Your phone rings now: answer it and keep the line open. You are not ready yet."
                : "Signed in with " + phone + ". You are not ready yet.");
    }

    public void ready() {
        act(() -> me = agents.ready(), "You are ready for calls.");
    }

    public void notReady() {
        act(() -> me = agents.notReady(reason), "You are not ready.");
    }

    public void endWrapUp() {
        act(() -> me = agents.endWrapUp(), "Wrap-up finished.");
    }

    public void signOut() {
        act(() -> me = agents.signOut(), "Signed out.");
    }

    /** Click-to-dial from any number on the desk (the pop's contact numbers, the history, the dial box). */
    public void dial(String number) {
        act(() -> agents.dial(number), "Calling your phone first, then " + number + ".");
    }

    public void dialTyped() {
        dial(dialNumber);
    }

    public String getDialNumber() {
        return dialNumber;
    }

    public void setDialNumber(String dialNumber) {
        this.dialNumber = dialNumber;
    }

    public void createContact() {
        if (pop == null) {
            return;
        }
        String number = pop.callerE164() != null ? pop.callerE164() : pop.callerNumber();
        act(() -> contacts.create(newFirstName, newLastName, number), "Contact created.");
        newFirstName = null;
        newLastName = null;
    }

    /** Several contacts have the caller's number: the agent says which one calls; the call remembers it. */
    public void pick(long contactId) {
        if (pop != null) {
            act(() -> pops.pick(pop.callId(), contactId), "Caller chosen.");
        }
    }

    /** One click: a case about the chosen contact and their account, opened by this agent, origin phone. */
    public void newCase() {
        if (pop == null || pop.contactId() == null) {
            return;
        }
        act(() -> {
            String number = cases.open(newCaseSubject, null, null, CaseOrigin.PHONE, pop.contactId(), pop.accountId())
                    .number();
            Faces.info("Case " + number + " opened.");
            newCaseSubject = null;
        }, null);
    }

    /** A note about the chosen contact, taken during this call. */
    public void addNote() {
        if (pop == null || pop.contactId() == null) {
            return;
        }
        act(() -> {
            notes.add(noteText, pop.contactId(), null, null, pop.callId());
            noteText = null;
        }, "Note added.");
    }

    /** Whose template the pop follows, in words. */
    public String getTemplateOrigin() {
        if (pop == null || pop.templateOrigin() == null) {
            return "";
        }
        return switch (pop.templateOrigin()) {
            case GROUP -> "your group's template";
            case TENANT -> "your organisation's template";
            case DEFAULT -> "the standard template";
        };
    }

    public String getNewCaseSubject() {
        return newCaseSubject;
    }

    public void setNewCaseSubject(String newCaseSubject) {
        this.newCaseSubject = newCaseSubject;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
            if (success != null) {
                Faces.info(success);
            }
        } catch (AgentException | CaseException | IllegalArgumentException e) {
            Faces.error(e.getMessage());
        } catch (EJBException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            Faces.error(cause instanceof IllegalArgumentException ? cause.getMessage()
                    : "That did not work; please try again.");
        }
        refresh();
    }

    public boolean isSignedIn() {
        return me.signedIn();
    }

    public List<String> getReasons() {
        return reasons;
    }

    public boolean isNailedUp() {
        return nailedUp;
    }

    public void setNailedUp(boolean nailedUp) {
        this.nailedUp = nailedUp;
    }

    public AgentView getMe() {
        return me;
    }

    public ScreenPop getPop() {
        return pop;
    }

    public List<CallSummary> getCalls() {
        return calls;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNewFirstName() {
        return newFirstName;
    }

    public void setNewFirstName(String newFirstName) {
        this.newFirstName = newFirstName;
    }

    public String getNewLastName() {
        return newLastName;
    }

    public void setNewLastName(String newLastName) {
        this.newLastName = newLastName;
    }
}
