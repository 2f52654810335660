package org.switchboard.agent;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.contact.PhoneMask;
import org.switchboard.presence.DeviceStatus;
import org.switchboard.presence.PresenceInput;

/**
 * Turns the PBX's events into the agents' presence inputs. One batch (one JMS message) per transaction: the
 * signed-in agents are looked up once, and only events about one of them cost a row lock and an update, so the
 * thousands of events per second of other calls pass through almost for free.
 */
@Stateless
@PermitAll
public class AgentEvents {

    private static final Logger LOG = Logger.getLogger(AgentEvents.class);

    @EJB
    AgentSessions sessions;

    public void handle(List<CallEvent> events) {
        List<CallEvent> relevant = events.stream().filter(AgentEvents::mayConcernAnAgent).toList();
        if (relevant.isEmpty()) {
            return;
        }
        List<AgentSessions.Line> signedIn = sessions.signedIn();
        if (signedIn.isEmpty()) {
            return;
        }
        Map<String, String> byInterface = new HashMap<>();
        Map<String, String> byNailedChannel = new HashMap<>();
        Map<String, String> byOriginate = new HashMap<>();
        for (AgentSessions.Line a : signedIn) {
            byInterface.put(a.memberInterface(), a.username());
            if (a.nailedChannel() != null) {
                byNailedChannel.put(a.nailedChannel(), a.username());
            }
            if (a.nailedOriginate() != null) {
                byOriginate.put(a.nailedOriginate(), a.username());
            }
        }
        for (CallEvent event : relevant) {
            switch (event.type()) {
                case AGENT_OFFERED -> feed(byInterface.get(event.memberInterface()),
                        new PresenceInput.CallOffered(event.time(), event.linkedId()), event);
                case AGENT_CONNECTED -> feed(byInterface.get(event.memberInterface()),
                        new PresenceInput.CallConnected(event.time(), event.linkedId()), event);
                case AGENT_COMPLETED -> feed(byInterface.get(event.memberInterface()),
                        new PresenceInput.CallEnded(event.time(), event.linkedId()), event);
                case AGENT_RING_NO_ANSWER -> feed(byInterface.get(event.memberInterface()),
                        new PresenceInput.RingNoAnswer(event.time(), event.linkedId()), event);
                case MEMBER_STATUS, SNAPSHOT_MEMBER -> feed(byInterface.get(event.memberInterface()),
                        new PresenceInput.MemberStatus(event.time(),
                                DeviceStatus.fromMemberStatus(event.attribute("status"))), event);
                case ORIGINATE_RESULT -> nailedLegAnswered(byOriginate, event);
                case CHANNEL_HUNGUP -> nailedLegDropped(byNailedChannel.get(event.channel()), event);
                case SNAPSHOT_COMPLETE -> restore(signedIn, event);
                default -> { }
            }
        }
    }

    static boolean mayConcernAnAgent(CallEvent event) {
        return switch (event.type()) {
            case AGENT_OFFERED, AGENT_CONNECTED, AGENT_COMPLETED, AGENT_RING_NO_ANSWER ->
                    event.memberInterface() != null && event.linkedId() != null;
            case MEMBER_STATUS, SNAPSHOT_MEMBER -> event.memberInterface() != null;
            case ORIGINATE_RESULT, SNAPSHOT_COMPLETE -> true;
            case CHANNEL_HUNGUP -> event.channel() != null;
            default -> false;
        };
    }

    private void feed(String username, PresenceInput input, CallEvent event) {
        if (username == null) {
            return;
        }
        Agent agent = sessions.lock(username);
        if (!agent.isSignedIn()) {
            return; // signed out in the meantime
        }
        LOG.debugf("%s: %s from %s", username, input, event.type());
        sessions.apply(agent, input, false);
    }

    /** The nailed-up leg's Originate ended: answered, it is the agent's line until it drops; else it never was. */
    private void nailedLegAnswered(Map<String, String> byOriginate, CallEvent event) {
        String actionId = event.attribute("actionId");
        if (actionId == null) {
            return;
        }
        // asterisk-java prefixes our ActionID on the wire, so the event carries it as a suffix
        String username = byOriginate.entrySet().stream().filter(e -> actionId.endsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (username == null) {
            return;
        }
        Agent agent = sessions.lock(username);
        if ("Success".equalsIgnoreCase(event.reason()) && event.channel() != null) {
            agent.nailedLegUp(event.channel(), event.uniqueId());
            LOG.infof("SWB-AGENT-008: nailed-up line of %s is up on %s", username,
                    PhoneMask.numbersIn(event.channel()));
            sessions.announce(username); // the console shows the line is up
        } else {
            agent.nailedLegGone();
            LOG.infof("SWB-AGENT-009: nailed-up line of %s did not answer", username);
            sessions.apply(agent, new PresenceInput.NailedUpLegLost(event.time()), false);
        }
    }

    private void nailedLegDropped(String username, CallEvent event) {
        if (username == null) {
            return;
        }
        Agent agent = sessions.lock(username);
        if (!event.channel().equals(agent.getNailedChannel())) {
            return;
        }
        agent.nailedLegGone();
        LOG.infof("SWB-AGENT-010: nailed-up line of %s dropped (cause %s)", username, event.reason());
        sessions.apply(agent, new PresenceInput.NailedUpLegLost(event.time()), false);
    }

    private void restore(List<AgentSessions.Line> signedIn, CallEvent event) {
        Set<String> alive = event.aliveLinkedIds();
        for (AgentSessions.Line line : signedIn) {
            Agent agent = sessions.lock(line.username());
            sessions.restoreAfterResync(agent, alive, event.time());
        }
    }
}
