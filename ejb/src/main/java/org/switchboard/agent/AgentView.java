package org.switchboard.agent;

import java.time.Instant;
import org.switchboard.presence.AgentStatus;

/**
 * An agent's state as views and the REST API show it.
 *
 * @param phone          the extension, SIP device or E.164 number signed in with; null when signed out
 * @param lineConnected  for a nailed-up agent: whether their phone line is held now
 * @param reason         why not ready (or "Wrap-up", "Phone in use"...); null when ready or on a queue call
 * @param since          when the current state began
 */
public record AgentView(String username, String displayName, String group, String phone, PhoneKind phoneKind,
        boolean nailedUp, boolean lineConnected, AgentStatus state, String reason, Instant since) {

    static AgentView of(Agent agent, String displayName) {
        return new AgentView(agent.getUsername(), displayName, agent.getGroupName(),
                agent.getPhoneKind() == PhoneKind.SIP ? "PJSIP/" + agent.getPhone() : agent.getPhone(),
                agent.getPhoneKind(), agent.isNailedUp(), agent.getNailedChannel() != null, agent.getState(),
                agent.getStateReason(), agent.getStateSince());
    }

    public boolean signedIn() {
        return state != AgentStatus.OFFLINE;
    }
}
