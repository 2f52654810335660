package org.switchboard.call;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.switchboard.agent.AgentService;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventType;
import org.switchboard.connector.api.PbxConnection;
import org.switchboard.contact.ContactDirectory;
import org.switchboard.contact.ContactMatch;
import org.switchboard.contact.PhoneNumbers;
import org.switchboard.screen.PopNotice;
import org.switchboard.tenant.TenantDirectory;

/**
 * Applies PBX call events to the call records, once: an event id already applied is skipped. Runs in the
 * caller's transaction, so the records and the deduplication marks commit together.
 */
@Stateless
@PermitAll
public class CallEventService {

    private static final Logger LOG = Logger.getLogger(CallEventService.class);

    @PersistenceContext
    EntityManager em;

    @EJB
    AgentService agents;

    @EJB
    ContactDirectory contacts;

    @EJB
    TenantDirectory tenants;

    private CallTracker tracker;

    @PostConstruct
    void init() {
        tracker = new CallTracker(PhoneNumbers.DEFAULT::callerToE164, agents::agentOnInterface, agents::agentOnChannel);
    }

    /**
     * Applies a batch (one JMS message: the events of one partition of calls, in order) in the caller's
     * transaction: one query finds the events already applied, each call is loaded once, and the dedupe marks
     * are inserted in JDBC batches. Any failure rolls the whole batch back.
     *
     * @return the screen pops this changed, for the caller to announce once the transaction has committed (a
     *     notice inside it would make it a two-resource transaction, and the browser must not ask too early)
     */
    public List<PopNotice> handleAll(List<CallEvent> events) {
        List<CallEvent> relevant = events.stream().filter(CallEventService::changesCallRecords).toList();
        if (relevant.isEmpty()) {
            return List.of(); // no database work (not even deduplication) for what no record depends on
        }
        List<PopNotice> notices = new ArrayList<>();
        Set<String> applied = alreadyApplied(relevant);
        Map<String, Call> calls = new HashMap<>();
        Instant now = Clock.systemUTC().instant();
        for (CallEvent event : relevant) {
            if (!applied.add(event.eventId())) {
                LOG.debugf("SWB-CALL-001: duplicate event %s (%s) skipped", event.eventId(), event.type());
                continue;
            }
            em.persist(new ProcessedEvent(event.eventId(), now));
            apply(event, calls, notices);
        }
        // Written here rather than at commit, so that a value the database refuses surfaces from this method
        // with its cause (see DataErrors) instead of as a bare rollback of the container's commit.
        em.flush();
        return notices;
    }

    private Set<String> alreadyApplied(List<CallEvent> events) {
        Set<String> ids = new HashSet<>();
        for (CallEvent event : events) {
            ids.add(event.eventId());
        }
        return new HashSet<>(em.createQuery("SELECT e.eventId FROM ProcessedEvent e WHERE e.eventId IN :ids",
                String.class).setParameter("ids", ids).getResultList());
    }

    private void apply(CallEvent event, Map<String, Call> calls, List<PopNotice> notices) {
        if (event.type() == CallEventType.SNAPSHOT_COMPLETE) {
            em.flush(); // the query below must see the calls this batch changed
            closeCallsThePbxForgot(event);
        } else if (event.type() == CallEventType.PBX_DISCONNECTED) {
            em.flush();
            lastAliveAt(event.pbxId(), event.time());
        } else if (event.linkedId() == null) {
            LOG.debugf("SWB-CALL-002: %s without Linkedid ignored", event.type());
        } else {
            String key = event.pbxId() + ":" + event.linkedId();
            Call call = calls.get(key);
            if (call == null) {
                call = startsACall(event) ? findOrStart(event) : find(event).orElse(null);
                if (call == null) {
                    return; // e.g. the hangup of an agent's own line, whose record was never kept
                }
                calls.put(key, call);
            }
            if (event.type() == CallEventType.ORIGINATE_RESULT && isAgentsOwnLine(event)) {
                // A nailed-up agent's line (Originate ... Application=ConfBridge Data=agent-<user>): not a customer
                // call, so no record; its later events only update records, so none comes back.
                LOG.infof("SWB-CALL-005: call %s is an agent's own line (%s), not a customer call: no record",
                        event.linkedId(), event.channel());
                em.remove(call);
                calls.remove(key);
                return;
            }
            applyToCall(event, call, notices);
        }
    }

    /**
     * Whether this event makes a call record where none exists. The others only update one: a hangup, a bridge
     * left or an originate result alone is no customer call (an agent's nailed-up line is one of those), and a
     * resync's channel starts a record only if it is the first channel of a call that is not an agent's line.
     */
    static boolean startsACall(CallEvent event) {
        if (isConferenceOwnChannel(event.channel())) {
            return false;
        }
        return switch (event.type()) {
            case CHANNEL_HUNGUP, BRIDGE_LEFT, DIAL_ENDED, ORIGINATE_RESULT -> false;
            case SNAPSHOT_CHANNEL -> isFirstChannel(event) && !isAgentLineConference(
                    event.attribute("application"), event.attribute("applicationData"));
            default -> true;
        };
    }

    /**
     * ConfBridge's own channels: its announcer ({@code CBAnn/agent-agent3-00000061;1}, created with a conference such
     * as a nailed-up agent's) and its recorder ({@code CBRec/}) are calls of their own to Asterisk, not customers.
     */
    static boolean isConferenceOwnChannel(String channel) {
        return channel != null && (channel.startsWith("CBAnn/") || channel.startsWith("CBRec/"));
    }

    /** {@code ConfBridge agent-<user>}: where a nailed-up agent's line sits (README, "Agents anywhere"). */
    static boolean isAgentLineConference(String application, String data) {
        return "ConfBridge".equalsIgnoreCase(application) && data != null && data.startsWith("agent-");
    }

    private static boolean isFirstChannel(CallEvent event) {
        return event.uniqueId() != null && event.uniqueId().equals(event.linkedId());
    }

    /**
     * The Originate of a nailed-up sign-in: Switchboard dialled it into an application (its ActionID says so, see
     * {@link PbxConnection#LINE_ACTION_ID_PREFIX}), or it is the line an agent holds. The ActionID decides even
     * when this event is read before the sign-in that sent the Originate has committed.
     */
    private boolean isAgentsOwnLine(CallEvent event) {
        String actionId = event.attribute("actionId");
        if (actionId != null && actionId.contains(PbxConnection.LINE_ACTION_ID_PREFIX)) {
            return true;
        }
        return !em.createQuery("SELECT a.username FROM Agent a WHERE a.nailedLinkedId = :l OR a.nailedChannel = :c",
                String.class).setParameter("l", event.linkedId())
                .setParameter("c", event.channel() == null ? "" : event.channel())
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Whether {@link CallTracker} can change a call record with this event. The rest (member and bridge-enter
     * events, other legs' channels) is left to the consumers that need it, at no cost here.
     */
    static boolean changesCallRecords(CallEvent event) {
        return switch (event.type()) {
            case CALLER_QUEUED, SNAPSHOT_QUEUE_ENTRY, AGENT_OFFERED, AGENT_CONNECTED, CALLER_ABANDONED,
                    AGENT_COMPLETED, CALL_TRANSFERRED, DIAL_STARTED, DIAL_ENDED, BRIDGE_LEFT, SNAPSHOT_COMPLETE,
                    SNAPSHOT_CHANNEL, PBX_DISCONNECTED -> true;
            case CHANNEL_CREATED, CHANNEL_HUNGUP, ORIGINATE_RESULT -> isFirstChannel(event);
            default -> false;
        };
    }

    private void applyToCall(CallEvent event, Call call, List<PopNotice> notices) {
        String numberBefore = call.getCallerE164();
        Long tenantBefore = call.getTenantId();
        boolean wasEnded = call.getEndedAt() != null;
        CallTracker.Effect effect = tracker.apply(call, event);
        if (call.getTenantId() == null) {
            decideTenant(call);
        }
        // Look the caller up once per number and tenant, not on every event of the call (unknown callers are
        // common), and only among the call's tenant's contacts.
        if (call.getContactId() == null && call.getCallerE164() != null && call.getTenantId() != null
                && (!call.getCallerE164().equals(numberBefore) || tenantBefore == null)) {
            List<ContactMatch> matches = contacts.findByNumber(call.getTenantId(), call.getCallerE164());
            if (matches.size() == 1) {
                call.contact(matches.get(0).contactId());
            }
        }
        // offered: the card appears; ended: the card goes and the history grows (the id exists: IDENTITY)
        if (effect == CallTracker.Effect.SCREEN_POP) {
            notices.add(new PopNotice(call.getAgentUsername(), call.getId(), false, event.time()));
        } else if (!wasEnded && call.getEndedAt() != null && call.getAgentUsername() != null) {
            notices.add(new PopNotice(call.getAgentUsername(), call.getId(), true, event.time()));
        }
    }

    /** The queue's tenant, else (a call that never queued: click-to-dial) the agent's. */
    private void decideTenant(Call call) {
        if (call.getQueue() != null) {
            call.belongsTo(tenants.ofQueue(call.getQueue()));
        } else if (call.getAgentUsername() != null) {
            tenants.ofUser(call.getAgentUsername()).ifPresent(call::belongsTo);
        }
    }

    private java.util.Optional<Call> find(CallEvent event) {
        return em.createQuery("SELECT c FROM Call c WHERE c.pbxId = :p AND c.linkedId = :l", Call.class)
                .setParameter("p", event.pbxId()).setParameter("l", event.linkedId())
                .getResultStream().findFirst();
    }

    private Call findOrStart(CallEvent event) {
        return find(event)
                .orElseGet(() -> {
                    Call call = new Call(event.pbxId(), event.linkedId(), event.time());
                    em.persist(call);
                    return call;
                });
    }

    /**
     * After a reconnect the connector lists the calls the PBX still has (attribute {@code linkedIds}, comma
     * separated). Calls in progress that are not listed ended while we were not listening: close them.
     */
    private void closeCallsThePbxForgot(CallEvent event) {
        Set<String> alive = event.aliveLinkedIds();
        Instant at = event.time();
        int closed = 0;
        for (Call call : openCalls(event.pbxId())) {
            if (alive.contains(call.getLinkedId())) {
                call.seen(at);
            } else if (call.getStartedAt().isBefore(at)) {
                tracker.closeLost(call);
                closed++;
            }
        }
        LOG.infof("SWB-CALL-003: resync of %s: %d calls alive, %d closed", event.pbxId(), alive.size(), closed);
    }

    /**
     * The connection to the PBX was lost at {@code at}: until then the connector was listening, so every call still
     * open was alive then. Where a call whose end is not seen will end.
     */
    private void lastAliveAt(String pbxId, Instant at) {
        for (Call call : openCalls(pbxId)) {
            call.seen(at);
        }
    }

    private List<Call> openCalls(String pbxId) {
        return em.createQuery("SELECT c FROM Call c WHERE c.pbxId = :p AND c.endedAt IS NULL", Call.class)
                .setParameter("p", pbxId).getResultList();
    }

    /**
     * Deduplication marks are needed only as long as a duplicate can still arrive. Deletes at most {@code batch}
     * of the older ones, in the caller's transaction or its own; the caller repeats until a batch comes back short.
     */
    public int forgetProcessedBefore(Instant cutoff, int batch) {
        return em.createNativeQuery(ProcessedEvent.purgeSql(batch)).setParameter(1, cutoff).executeUpdate();
    }
}
