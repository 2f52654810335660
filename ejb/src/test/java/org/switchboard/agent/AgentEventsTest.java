package org.switchboard.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventType;
import org.switchboard.presence.AgentPresence;
import org.switchboard.presence.AgentStatus;
import org.switchboard.presence.PresenceInput;
import org.switchboard.presence.PresenceMachine;
import org.switchboard.presence.PresencePolicy;

/**
 * {@link AgentEvents} without a container: a recording stand-in for {@link AgentSessions} that runs the real
 * state machine. Which agent an event reaches, the order rows are locked in, and restoration one agent at a time.
 */
class AgentEventsTest {

    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
    private static final String ANNA = "Local/1001@agents/n";
    private static final String BEN = "Local/1002@agents/n";

    private final FakeSessions sessions = new FakeSessions();
    private final AgentEvents events = new AgentEvents();

    AgentEventsTest() {
        events.sessions = sessions;
    }

    // ---- lock order ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            anna's event first   | 1001,1002
            ben's event first    | 1002,1001
            ben, anna, ben again | 1002,1001,1002
            """)
    void aBatchLocksItsAgentsOnceEachInOneOrder(String name, String extensions) {
        sessions.signIn("anna", ANNA).signIn("ben", BEN);
        List<CallEvent> batch = new ArrayList<>();
        for (String ext : extensions.split(",")) {
            batch.add(member(CallEventType.MEMBER_STATUS, "Local/" + ext + "@agents/n", "1", 1));
        }
        sessions.locked.clear();

        events.handle(batch);

        assertEquals(List.of("anna", "ben"), sessions.locked, name);
    }

    @Test
    void eventsOfAgentsNotSignedInLockNothing() {
        sessions.signIn("anna", ANNA);
        sessions.locked.clear();
        events.handle(List.of(member(CallEventType.MEMBER_STATUS, "Local/1003@agents/n", "2", 1),
                dialEnd("CANCEL", "Local/1003@agents-0000002a;1", "X", 2)));
        assertEquals(List.of(), sessions.locked);
    }

    @Test
    void theLockOrderIsTheUsernameOrderWhateverTheEventOrder() {
        sessions.signIn("zoe", "Local/1009@agents/n").signIn("anna", ANNA);
        List<EventRouting.Routed> routed = new EventRouting(sessions.signedIn()).route(List.of(
                dialEnd("CANCEL", "Local/1009@agents-00000001;1", "A", 1),
                member(CallEventType.MEMBER_STATUS, ANNA, "1", 2),
                member(CallEventType.MEMBER_STATUS, "Local/1009@agents/n", "1", 3)));
        assertEquals(List.of("zoe", "anna", "zoe"), routed.stream().map(EventRouting.Routed::username).toList());
        assertEquals(List.of("anna", "zoe"), List.copyOf(EventRouting.lockOrder(routed)));
    }

    // ---- abandon while ringing (capture 11) ----

    /** Capture 11, agent 1001's first ring, as the connector publishes it (the duplicate DialEnd dropped there). */
    @Test
    void theCallerAbandoningWhileTheAgentRingsEndsTheRinging() {
        sessions.signIn("anna", ANNA).ready("anna");
        String call = "1796685684.90";
        events.handle(List.of(
                offered(ANNA, call, 0.0),
                member(CallEventType.MEMBER_STATUS, ANNA, "6", 0.001)));
        assertEquals(AgentStatus.RINGING, sessions.status("anna"));

        events.handle(List.of(
                dialEnd("CANCEL", "Local/1001@agents-00000012;1", call, 4.03),
                caller(CallEventType.CALLER_ABANDONED, call, 4.04),
                member(CallEventType.MEMBER_STATUS, ANNA, "1", 4.041)));

        assertEquals(AgentStatus.READY, sessions.status("anna"));
    }

    @Test
    void anAnsweredDialEndDoesNotEndTheCall() {
        sessions.signIn("anna", ANNA).ready("anna");
        events.handle(List.of(offered(ANNA, "A", 0), dialEnd("ANSWER", "Local/1001@agents-00000012;1", "A", 2)));
        assertEquals(AgentStatus.RINGING, sessions.status("anna"));
    }

    @Test
    void aDialEndToAnotherAgentsLegLeavesThisOneRinging() {
        sessions.signIn("anna", ANNA).ready("anna").signIn("ben", BEN).ready("ben");
        events.handle(List.of(offered(ANNA, "A", 0), offered(BEN, "A", 0),
                dialEnd("CANCEL", "Local/1002@agents-00000013;1", "A", 2)));
        assertEquals(AgentStatus.RINGING, sessions.status("anna"));
        assertEquals(AgentStatus.READY, sessions.status("ben"));
    }

    // ---- sign-in ----

    @Test
    void queueMemberAddedTellsThePhonesStateAtSignIn() {
        sessions.signIn("anna", ANNA);
        events.handle(List.of(member(CallEventType.MEMBER_ADDED, ANNA, "2", 0.5)));
        assertEquals(AgentStatus.ON_CALL, sessions.status("anna"));
    }

    /**
     * The sign-in's QueueMemberAdded can reach the consumer before the sign-in commits; the consumer waits for the
     * sign-in running on this node (its row lock) and then finds the agent.
     */
    @Test
    void anEventOfASignInStillRunningWaitsForItsCommit() {
        TransactionEnd end = new TransactionEnd();
        SignInsInFlight.enter("anna", end.registry());
        sessions.pendingSignIn = () -> sessions.signIn("anna", ANNA); // "commits" when its row lock is taken
        events.self = events;
        try {
            events.handle(List.of(member(CallEventType.MEMBER_ADDED, ANNA, "2", 0.5)));
        } finally {
            end.completed();
        }
        assertEquals(List.of("anna", "anna"), sessions.locked, "waited for the sign-in, then applied");
        assertEquals(AgentStatus.ON_CALL, sessions.status("anna"));
        assertEquals(List.of(), SignInsInFlight.now(), "forgotten when its transaction ended");
    }

    @Test
    void withoutASignInRunningAnUnclaimedEventWaitsForNothing() {
        sessions.signIn("ben", BEN);
        sessions.locked.clear();
        events.handle(List.of(member(CallEventType.MEMBER_ADDED, ANNA, "2", 0.5)));
        assertEquals(List.of(), sessions.locked);
    }

    // ---- restoration after a resync ----

    @Test
    void restorationRunsPerAgentAndOnesFailureStopsNoOther() {
        sessions.signIn("carla", "Local/1003@agents/n").signIn("anna", ANNA).signIn("ben", BEN);
        sessions.failRestoring.add("ben");

        events.restoreAfterResync(snapshotComplete());

        assertEquals(List.of("anna", "ben", "carla"), sessions.restoreAttempts);
        assertEquals(List.of("anna", "carla"), sessions.restored);
    }

    @Test
    void whenNoAgentCanBeRestoredTheMessageIsRedelivered() {
        sessions.signIn("anna", ANNA).signIn("ben", BEN);
        sessions.failRestoring.addAll(List.of("anna", "ben"));
        assertThrows(AgentException.class, () -> events.restoreAfterResync(snapshotComplete()));
        assertEquals(List.of("anna", "ben"), sessions.restoreAttempts);
    }

    @Test
    void nobodySignedInNothingToRestore() {
        events.restoreAfterResync(snapshotComplete());
        assertEquals(List.of(), sessions.restoreAttempts);
    }

    // ---- fixtures ----

    private static Instant t(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }

    private static int ids;

    private static CallEvent event(CallEventType type, double at, String linkedId, String channel,
            String memberInterface, String destChannel, String reason, Map<String, String> attributes) {
        return new CallEvent("e" + ++ids, "pbx", type, t(at), linkedId, linkedId, channel, "support", null, null,
                memberInterface, null, destChannel, null, reason, null, null, null, attributes);
    }

    private static CallEvent offered(String memberInterface, String linkedId, double at) {
        return event(CallEventType.AGENT_OFFERED, at, linkedId, "Local/+49@customers-0001;1", memberInterface,
                null, null, Map.of());
    }

    private static CallEvent member(CallEventType type, String memberInterface, String status, double at) {
        return event(type, at, null, null, memberInterface, null, null, Map.of("status", status));
    }

    private static CallEvent dialEnd(String status, String destChannel, String linkedId, double at) {
        return event(CallEventType.DIAL_ENDED, at, linkedId, "Local/+49@customers-0001;1", null, destChannel,
                status, Map.of());
    }

    private static CallEvent caller(CallEventType type, String linkedId, double at) {
        return event(type, at, linkedId, "Local/+49@customers-0001;1", null, null, null, Map.of());
    }

    private static CallEvent snapshotComplete() {
        return event(CallEventType.SNAPSHOT_COMPLETE, 30, null, null, null, null, null, Map.of("linkedIds", ""));
    }

    /** A transaction that ends when the test says so: runs the synchronizations registered with it. */
    static final class TransactionEnd {
        private final List<jakarta.transaction.Synchronization> synchronizations = new ArrayList<>();

        jakarta.transaction.TransactionSynchronizationRegistry registry() {
            return (jakarta.transaction.TransactionSynchronizationRegistry) java.lang.reflect.Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {jakarta.transaction.TransactionSynchronizationRegistry.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("registerInterposedSynchronization")) {
                            synchronizations.add((jakarta.transaction.Synchronization) args[0]);
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }

        void completed() {
            synchronizations.forEach(s -> s.afterCompletion(jakarta.transaction.Status.STATUS_COMMITTED));
        }
    }

    /** Agents in memory; apply runs the real state machine; locks and restorations are recorded. */
    static final class FakeSessions extends AgentSessions {
        final Map<String, Agent> agents = new HashMap<>();
        final Map<String, String> interfaces = new HashMap<>();
        final List<String> locked = new ArrayList<>();
        final List<String> restoreAttempts = new ArrayList<>();
        final List<String> restored = new ArrayList<>();
        final List<String> failRestoring = new ArrayList<>();
        Runnable pendingSignIn;
        private final PresenceMachine machine = new PresenceMachine(new PresencePolicy(Duration.ZERO, false));

        FakeSessions signIn(String username, String memberInterface) {
            Agent agent = new Agent();
            agents.put(username, agent);
            interfaces.put(username, memberInterface);
            apply(agent, new PresenceInput.SignIn(T0, false), true);
            return this;
        }

        FakeSessions ready(String username) {
            apply(agents.get(username), new PresenceInput.Ready(T0), true);
            return this;
        }

        AgentStatus status(String username) {
            return agents.get(username).presence().status();
        }

        @Override
        public List<Line> signedIn() {
            return interfaces.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue(), null, null)).toList();
        }

        @Override
        public Agent lock(String username) {
            locked.add(username);
            if (pendingSignIn != null) {
                Runnable commit = pendingSignIn;
                pendingSignIn = null;
                commit.run();
            }
            return agents.get(username);
        }

        @Override
        public void apply(Agent agent, PresenceInput input, boolean strict) {
            AgentPresence next = machine.apply(agent.presence(), input).presence();
            agent.presence(next);
        }

        @Override
        public void restoreAfterResync(String username, Set<String> aliveCalls, Instant at) {
            restoreAttempts.add(username);
            if (failRestoring.contains(username)) {
                throw new IllegalStateException("database gone for " + username);
            }
            restored.add(username);
        }

        @Override
        public void announce(String username) {
        }
    }
}
