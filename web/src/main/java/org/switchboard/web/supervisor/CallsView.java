package org.switchboard.web.supervisor;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.switchboard.agent.AgentService;
import org.switchboard.agent.AgentView;
import org.switchboard.call.CallHistory;
import org.switchboard.call.CallSummary;

/** Supervisor's overview: agents with their state, and the latest calls of every agent. */
@Named("callsView")
@ViewScoped
public class CallsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient CallHistory history;
    @EJB
    private transient AgentService agents;

    private List<CallSummary> calls;
    private List<AgentView> agentStates;

    @PostConstruct
    public void refresh() {
        calls = history.recent(100);
        agentStates = agents.all();
    }

    public List<CallSummary> getCalls() {
        return calls;
    }

    public List<AgentView> getAgentStates() {
        return agentStates;
    }
}
