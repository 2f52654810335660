package org.switchboard.agent;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventType;
import org.switchboard.contact.PhoneMask;
import org.switchboard.presence.DeviceStatus;
import org.switchboard.presence.PresenceInput;

/**
 * Turns the PBX's events into the agents' presence inputs. One batch (one JMS message) per transaction: the
 * signed-in agents are looked up once, and only events about one of them cost a row lock and an update, so the
 * thousands of events per second of other calls pass through almost for free. The rows a batch needs are locked
 * up front in one fixed order ({@link EventRouting#lockOrder}), so parallel consumer sessions cannot deadlock.
 *
 * <p>A resync's {@code SNAPSHOT_COMPLETE} is not part of a batch: {@link #restoreAfterResync} restores the
 * agents one transaction each.
 */
@Stateless
@PermitAll
public class AgentEvents {

    private static final Logger LOG = Logger.getLogger(AgentEvents.class);

    @EJB
    AgentSessions sessions;

    @EJB
    AgentEvents self; // waiting for a sign-in in a transaction of its own, before the batch locks anything

    /** The events of one batch, in order; a {@code SNAPSHOT_COMPLETE} among them is ignored here. */
    public void handle(List<CallEvent> events) {
        List<CallEvent> relevant = events.stream().filter(AgentEvents::mayConcernAnAgent).toList();
        if (relevant.isEmpty()) {
            return;
        }
        List<AgentSessions.Line> signedIn = sessions.signedIn();
        if (signedIn.isEmpty() && !SignInsInFlight.any()) {
            return;
        }
        List<EventRouting.Routed> routed = new EventRouting(signedIn).route(relevant);
        if (routed.size() < relevant.size() && SignInsInFlight.any() && mayAnswerASignIn(relevant, routed)) {
            // A sign-in still running here sent the PBX actions these events answer: wait until it has committed
            // (or failed), then look again. No row of this batch is locked yet.
            SignInsInFlight.now().forEach(self::awaitSignIn);
            signedIn = sessions.signedIn();
            routed = new EventRouting(signedIn).route(relevant);
        }
        Map<String, Agent> locked = new HashMap<>();
        for (String username : EventRouting.lockOrder(routed)) {
            locked.put(username, sessions.lock(username));
        }
        for (EventRouting.Routed r : routed) {
            dispatch(locked.get(r.username()), r.event());
        }
    }

    /**
     * After a (re)connect: every signed-in agent's memberships and pause state restored, each agent in a
     * transaction of its own ({@link AgentSessions#restoreAfterResync(String, Set, java.time.Instant)}), so one
     * agent's failure neither undoes nor stops the others'. Only when every agent failed (the database is gone,
     * say) does it throw, so the message is redelivered; otherwise the next resync retries the failed ones.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void restoreAfterResync(CallEvent complete) {
        Set<String> alive = complete.aliveLinkedIds();
        List<String> usernames = AgentSessions.lockOrder(
                sessions.signedIn().stream().map(AgentSessions.Line::username).toList());
        int failed = 0;
        for (String username : usernames) {
            try {
                sessions.restoreAfterResync(username, alive, complete.time());
            } catch (RuntimeException e) {
                failed++;
                LOG.warnf(e, "SWB-AGENT-030: %s not restored after the resync; the next resync tries again",
                        username);
            }
        }
        if (failed > 0 && failed == usernames.size()) {
            throw new AgentException("No agent could be restored after the resync (" + failed + " tried)");
        }
    }

    /** Waits for the sign-in of {@code username} to end (its transaction holds the agent's row) and lets go. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void awaitSignIn(String username) {
        sessions.lock(username);
    }

    /** A QueueMemberAdded or an OriginateResponse that no signed-in agent claims may be a sign-in's own. */
    private static boolean mayAnswerASignIn(List<CallEvent> relevant, List<EventRouting.Routed> routed) {
        Set<CallEvent> claimed = new java.util.HashSet<>();
        routed.forEach(r -> claimed.add(r.event()));
        return relevant.stream().anyMatch(e -> !claimed.contains(e)
                && (e.type() == CallEventType.MEMBER_ADDED || e.type() == CallEventType.ORIGINATE_RESULT));
    }

    static boolean mayConcernAnAgent(CallEvent event) {
        return switch (event.type()) {
            case AGENT_OFFERED, AGENT_CONNECTED, AGENT_COMPLETED, AGENT_RING_NO_ANSWER ->
                    event.memberInterface() != null && event.linkedId() != null;
            case MEMBER_STATUS, MEMBER_ADDED, SNAPSHOT_MEMBER -> event.memberInterface() != null;
            // an answered dial is AgentConnect's; any other end of a dial to an agent's leg ends its ringing
            case DIAL_ENDED -> event.destChannel() != null && event.linkedId() != null && event.reason() != null
                    && !"ANSWER".equalsIgnoreCase(event.reason());
            case ORIGINATE_RESULT -> true;
            case CHANNEL_HUNGUP -> event.channel() != null;
            default -> false;
        };
    }

    private void dispatch(Agent agent, CallEvent event) {
        switch (event.type()) {
            case AGENT_OFFERED -> feed(agent, new PresenceInput.CallOffered(event.time(), event.linkedId()), event);
            case AGENT_CONNECTED -> feed(agent, new PresenceInput.CallConnected(event.time(), event.linkedId()),
                    event);
            case AGENT_COMPLETED -> feed(agent, new PresenceInput.CallEnded(event.time(), event.linkedId()), event);
            case AGENT_RING_NO_ANSWER -> feed(agent, new PresenceInput.RingNoAnswer(event.time(), event.linkedId()),
                    event);
            case DIAL_ENDED -> feed(agent, dialEnded(event), event);
            // QueueMemberAdded's Status is the phone's state at sign-in (and after a restore)
            case MEMBER_STATUS, MEMBER_ADDED, SNAPSHOT_MEMBER -> feed(agent, new PresenceInput.MemberStatus(
                    event.time(), DeviceStatus.fromMemberStatus(event.attribute("status"))), event);
            case ORIGINATE_RESULT -> nailedLegAnswered(agent, event);
            case CHANNEL_HUNGUP -> nailedLegDropped(agent, event);
            default -> { }
        }
    }

    /**
     * A dial to the agent's leg ended unanswered. NOANSWER is the queue's ring timeout (AgentRingNoAnswer says the
     * same, and may come later); anything else (CANCEL: the caller hung up while it rang, capture 11) stops the
     * ringing without the agent having missed anything.
     */
    static PresenceInput dialEnded(CallEvent event) {
        return "NOANSWER".equalsIgnoreCase(event.reason())
                ? new PresenceInput.RingNoAnswer(event.time(), event.linkedId())
                : new PresenceInput.RingCancelled(event.time(), event.linkedId());
    }

    private void feed(Agent agent, PresenceInput input, CallEvent event) {
        if (!agent.isSignedIn()) {
            return; // signed out in the meantime
        }
        LOG.debugf("%s: %s from %s", agent.getUsername(), input, event.type());
        sessions.apply(agent, input, false);
    }

    /** The nailed-up leg's Originate ended: answered, it is the agent's line until it drops; else it never was. */
    private void nailedLegAnswered(Agent agent, CallEvent event) {
        String username = agent.getUsername();
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

    private void nailedLegDropped(Agent agent, CallEvent event) {
        if (!event.channel().equals(agent.getNailedChannel())) {
            return;
        }
        agent.nailedLegGone();
        LOG.infof("SWB-AGENT-010: nailed-up line of %s dropped (cause %s)", agent.getUsername(), event.reason());
        sessions.apply(agent, new PresenceInput.NailedUpLegLost(event.time()), false);
    }
}
