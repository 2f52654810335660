package org.switchboard.agent;

import java.time.Instant;

/** An agent's state as views show it. */
public record AgentView(String username, String extension, AgentState state, String reason, Instant since) {

    static AgentView of(Agent agent) {
        return new AgentView(agent.getUsername(), agent.getExtension(), agent.getState(), agent.getStateReason(),
                agent.getStateSince());
    }
}
