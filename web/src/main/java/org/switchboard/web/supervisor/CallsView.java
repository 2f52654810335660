package org.switchboard.web.supervisor;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.time.Duration;
import java.time.Instant;
import org.switchboard.agent.AgentException;
import org.switchboard.agent.AgentService;
import org.switchboard.agent.AgentView;
import org.switchboard.agent.SupervisorService;
import org.switchboard.web.session.Faces;
import org.switchboard.call.CallHistory;
import org.switchboard.call.CallSummary;

/**
 * Supervisor's overview: the agents of their groups with state and time in state (and the actions "not ready"
 * and "sign out", checked again on the server), and the latest calls.
 */
@Named("callsView")
@ViewScoped
public class CallsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient CallHistory history;
    @EJB
    private transient SupervisorService supervisor;
    @EJB
    private transient AgentService agents;

    private List<CallSummary> calls;
    private List<AgentView> agentStates;
    private List<String> reasons;
    private String reason;

    @PostConstruct
    public void refresh() {
        calls = history.recent(100);
        agentStates = supervisor.agents();
        if (reasons == null) {
            reasons = agents.reasons();
        }
    }

    public void setNotReady(String username) {
        act(() -> supervisor.setNotReady(username, reason), username + " is not ready now.");
    }

    public void signOut(String username) {
        act(() -> supervisor.signOut(username), username + " is signed out.");
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
            Faces.info(success);
        } catch (AgentException e) {
            Faces.error(e.getMessage());
        }
        refresh();
    }

    /** "12:05" minutes and seconds (or "3 h 02 min") in the current state. */
    public String timeInState(AgentView agent) {
        if (agent.since() == null) {
            return "";
        }
        Duration d = Duration.between(agent.since(), Instant.now());
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        return d.toHours() > 0 ? String.format("%d h %02d min", d.toHours(), d.toMinutesPart())
                : String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
    }

    public List<String> getReasons() {
        return reasons;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<CallSummary> getCalls() {
        return calls;
    }

    public List<AgentView> getAgentStates() {
        return agentStates;
    }
}
