package org.switchboard.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventType;
import org.switchboard.contact.PhoneNumbers;

class CallTrackerTest {

    private static final String LINKED = "1795383085.218";
    private static final String AGENT_IFACE = "Local/1001@agents/n";
    private static final String AGENT_CHAN = "Local/1001@agents-00000005;1";
    private static final Instant T0 = Instant.parse("2026-11-22T21:31:25Z");

    private final PhoneNumbers numbers = new PhoneNumbers("DE");
    private final CallTracker tracker = new CallTracker(numbers::callerToE164,
            iface -> AGENT_IFACE.equals(iface) ? Optional.of("agent1") : Optional.empty(),
            channel -> channel.startsWith("Local/1001@agents-") ? Optional.of("agent1") : Optional.empty());

    @Test
    void queuedCallAnsweredAndHungUpByTheCustomer() {
        Call call = new Call("pbx1", LINKED, T0);

        tracker.apply(call, event(CallEventType.CHANNEL_CREATED, 0, LINKED, "Local/+4930@customers-1;1"));
        tracker.apply(call, queued(1));
        CallTracker.Effect pop = tracker.apply(call, offered(2));
        tracker.apply(call, connected(4, 3));
        tracker.apply(call, event(CallEventType.BRIDGE_LEFT, 14, "1795383085.220", AGENT_CHAN));
        tracker.apply(call, completed(14, "caller", 10));
        tracker.apply(call, event(CallEventType.CHANNEL_HUNGUP, 14, LINKED, "Local/+4930@customers-1;1"));

        assertEquals(CallTracker.Effect.SCREEN_POP, pop);
        assertEquals(CallOutcome.ANSWERED, call.getOutcome());
        assertEquals("agent1", call.getAgentUsername());
        assertEquals("+4930123456789", call.getCallerE164());
        assertEquals("Max Mustermann", call.getCallerName());
        assertEquals("support", call.getQueue());
        assertEquals(T0.plusSeconds(1), call.getQueuedAt());
        assertEquals(T0.plusSeconds(2), call.getOfferedAt());
        assertEquals(T0.plusSeconds(4), call.getAnsweredAt());
        assertEquals(T0.plusSeconds(14), call.getEndedAt());
        assertEquals(10, call.getTalkSeconds());
        assertEquals(3, call.getHoldSeconds());
    }

    @Test
    void callerWhoGivesUpWhileWaitingIsAbandoned() {
        Call call = new Call("pbx1", LINKED, T0);
        tracker.apply(call, queued(0));
        tracker.apply(call, abandoned(30));
        tracker.apply(call, event(CallEventType.CHANNEL_HUNGUP, 30, LINKED, "x;1"));

        assertEquals(CallOutcome.ABANDONED, call.getOutcome());
        assertNull(call.getAnsweredAt());
        assertNull(call.getTalkSeconds());
        assertEquals(30, call.getHoldSeconds());
    }

    @Test
    void talkEndsWhenTheAgentLeavesTheBridgeNotAtAgentComplete() {
        // After an AMI Redirect, AgentComplete comes late with a wrong TalkTime (connector/README.md, AMI-2).
        Call call = new Call("pbx1", LINKED, T0);
        tracker.apply(call, queued(0));
        tracker.apply(call, offered(1));
        tracker.apply(call, connected(2, 1));
        tracker.apply(call, event(CallEventType.BRIDGE_LEFT, 5, "1795383085.220", AGENT_CHAN));
        tracker.apply(call, completed(30, "caller", 28));
        tracker.apply(call, event(CallEventType.CHANNEL_HUNGUP, 30, LINKED, "x;1"));

        assertEquals(3, call.getTalkSeconds());
        assertEquals(CallOutcome.ANSWERED, call.getOutcome());
    }

    @Test
    void clickToDialIsOutboundAndAnsweredWhenTheCustomerPicksUp() {
        // Capture 04: Originate rings the agent's phone (DialBegin/End without Channel), then the agent's leg
        // dials the customer.
        String agentLeg = "Local/1001@agents-00000072;1";
        Call call = new Call("pbx1", LINKED, T0);
        tracker.apply(call, dial(CallEventType.DIAL_STARTED, 0, null, agentLeg, null));
        tracker.apply(call, dial(CallEventType.DIAL_ENDED, 2, null, agentLeg, "ANSWER"));
        CallEvent dialOut = dial(CallEventType.DIAL_STARTED, 2, agentLeg, "Local/+498912345678@pstn-1;1", null);
        tracker.apply(call, new CallEvent(dialOut.eventId(), "pbx1", dialOut.type(), dialOut.time(), LINKED, LINKED,
                agentLeg, null, null, null, null, null, dialOut.destChannel(), "d2", null, null, null, null,
                Map.of("dialString", "+498912345678@pstn")));
        tracker.apply(call, dial(CallEventType.DIAL_ENDED, 5, agentLeg, "Local/+498912345678@pstn-1;1", "ANSWER"));
        tracker.apply(call, event(CallEventType.CHANNEL_HUNGUP, 13, LINKED, agentLeg));

        assertEquals(Call.Direction.OUTBOUND, call.getDirection());
        assertEquals("agent1", call.getAgentUsername());
        assertEquals("+498912345678", call.getCallerE164());
        assertEquals(T0.plusSeconds(5), call.getAnsweredAt());
        assertEquals(CallOutcome.ANSWERED, call.getOutcome());
        assertEquals(8, call.getTalkSeconds());
    }

    @Test
    void transferIsKeptAsTheOutcome() {
        Call call = new Call("pbx1", LINKED, T0);
        tracker.apply(call, queued(0));
        tracker.apply(call, connected(2, 1));
        tracker.apply(call, completed(5, "transfer", 3));
        tracker.apply(call, event(CallEventType.CHANNEL_HUNGUP, 40, LINKED, "x;1"));
        assertEquals(CallOutcome.TRANSFERRED, call.getOutcome());
    }

    @Test
    void hangupOfAnotherLegDoesNotEndTheCall() {
        Call call = new Call("pbx1", LINKED, T0);
        tracker.apply(call, queued(0));
        tracker.apply(call, event(CallEventType.CHANNEL_HUNGUP, 3, "1795383085.299", "Local/1001@agents-9;2"));
        assertNull(call.getEndedAt());
    }

    @Test
    void noPopForAMemberNoAgentIsSignedInOn() {
        Call call = new Call("pbx1", LINKED, T0);
        CallEvent offer = new CallEvent("e-x", "pbx1", CallEventType.AGENT_OFFERED, T0, LINKED, LINKED, "c", "support",
                "+4930123456789", "Max", "Local/1999@agents/n", "Nobody", "d", "u", null, null, null, null, Map.of());
        assertEquals(CallTracker.Effect.NONE, tracker.apply(call, offer));
    }

    @Test
    void aCallTheResyncNoLongerFindsIsClosedWhenItWasLastKnownAlive() {
        // Seen: a call left open by an earlier run was closed at start-up with 15 days of talk.
        Call answered = new Call("pbx1", LINKED, T0);
        tracker.apply(answered, queued(0));
        tracker.apply(answered, connected(2, 1));
        tracker.apply(answered, event(CallEventType.BRIDGE_ENTERED, 12, "1795383085.220", AGENT_CHAN));
        tracker.closeLost(answered);
        assertEquals(CallOutcome.ANSWERED, answered.getOutcome());
        assertEquals(T0.plusSeconds(12), answered.getEndedAt(), "its last event, not the resync 15 days later");
        assertEquals(10, answered.getTalkSeconds());
        assertTrue(answered.isClosedByResync());

        Call unknown = new Call("pbx1", "1.2", T0);
        tracker.closeLost(unknown);
        assertEquals(CallOutcome.LOST, unknown.getOutcome());
        assertEquals(T0, unknown.getEndedAt());
        assertTrue(unknown.isClosedByResync());

        Call seen = new Call("pbx1", "1.3", T0);
        tracker.apply(seen, queued(0));
        seen.seen(T0.plusSeconds(40)); // a lost connection or a resync that still listed it
        tracker.closeLost(seen);
        assertEquals(T0.plusSeconds(40), seen.getEndedAt());
        assertEquals(CallOutcome.ABANDONED, seen.getOutcome());
    }

    @Test
    void aCallWhoseHangupWasSeenIsNotMarkedAsClosedByTheResync() {
        Call call = new Call("pbx1", LINKED, T0);
        tracker.apply(call, queued(0));
        tracker.apply(call, event(CallEventType.CHANNEL_HUNGUP, 5, LINKED, "x;1"));
        tracker.closeLost(call);
        assertFalse(call.isClosedByResync());
        assertEquals(T0.plusSeconds(5), call.getEndedAt());
    }

    @ParameterizedTest
    @CsvSource({
            // answered (AgentConnect), talk ended (BridgeLeave of the agent), Asterisk's TalkTime (app_queue:
            // time(NULL) - callstart, whole seconds; the shared captures' AgentComplete agree in all 38 calls)
            "1795383214.746211, 1795383218.750931, 4",
            "1795383215.911790, 1795383219.853813, 4", // 3.94 s: Asterisk says 4, rounding down said 3
            "1795383085.730537, 1795383097.760979, 12",
            "1795383000.999999, 1795383001.000001, 1",
            "1795383000.000001, 1795383000.999999, 0"
    })
    void talkSecondsAreCountedAsAsteriskCountsThem(String answered, String left, int asterisk) {
        Call call = new Call("pbx1", LINKED, T0);
        call.answered(AGENT_IFACE, "Anna", AGENT_CHAN, "agent1", 0, epoch(answered));
        call.talkEnded(epoch(left));
        assertEquals(asterisk, call.getTalkSeconds());
    }

    private static Instant epoch(String seconds) {
        String[] parts = seconds.split("\\.");
        return Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]) * 1000);
    }

    @Test
    void aCallerNumberWithLettersMatchesNoContact() {
        Call call = new Call("pbx1", LINKED, T0);
        tracker.apply(call, new CallEvent("q", "pbx1", CallEventType.CALLER_QUEUED, T0, LINKED, LINKED, "c;1",
                "support", "+49 30 CALL ME 42", "Vanity", null, null, null, null, null, null, null, null, Map.of()));
        assertEquals("+49 30 CALL ME 42", call.getCallerNumber(), "kept as the PBX sent it");
        assertNull(call.getCallerE164(), "but no number to match a contact with");
    }

    @Test
    void valuesLongerThanTheirColumnsAreCut() {
        Call call = new Call("pbx1", LINKED, T0);
        tracker.apply(call, new CallEvent("q", "pbx1", CallEventType.CALLER_QUEUED, T0, LINKED, LINKED, "c;1",
                "q".repeat(100), "+49" + "1".repeat(77), "N".repeat(300), null, null, null, null, null, null, null,
                null, Map.of()));
        tracker.apply(call, new CallEvent("o", "pbx1", CallEventType.AGENT_OFFERED, T0, LINKED, LINKED, "c;1",
                null, null, null, "I".repeat(500), "M".repeat(500), "C".repeat(1000), "d", null, null, null, null,
                Map.of()));
        assertEquals(64, call.getCallerNumber().length());
        assertNull(call.getCallerE164());
        assertEquals(200, call.getCallerName().length());
        assertEquals(64, call.getQueue().length());
        assertEquals(128, call.getMemberInterface().length());
        assertEquals(128, call.getMemberName().length());
        assertEquals(128, call.getAgentChannel().length());
    }

    // ---- calls in progress when the connector connects (capture 01's resync lists, times relative to T0) ----

    @Test
    void aCallWaitingInTheQueueAtTheResyncKeepsWhoCalledAndSince() {
        Call call = new Call("pbx1", LINKED, T0.plusSeconds(60));
        tracker.apply(call, snapshotChannel(LINKED, "Local/+4930@customers-1;1", "Queue", "support,t,,,300",
                "00:01:00", null, "+4930123456789", "Max Mustermann"));
        tracker.apply(call, new CallEvent("e", "pbx1", CallEventType.SNAPSHOT_QUEUE_ENTRY, T0.plusSeconds(60),
                LINKED, LINKED, "Local/+4930@customers-1;1", "support", "+4930123456789", "Max Mustermann", null,
                null, null, null, null, null, null, null, Map.of("waitSeconds", "55", "position", "1")));
        assertEquals(T0, call.getStartedAt());
        assertEquals(T0.plusSeconds(5), call.getQueuedAt());
        assertEquals("support", call.getQueue());
        assertEquals("+4930123456789", call.getCallerE164());
        assertEquals("Max Mustermann", call.getCallerName());

        tracker.apply(call, offered(62));
        tracker.apply(call, connected(63, 58));
        tracker.apply(call, event(CallEventType.CHANNEL_HUNGUP, 70, LINKED, "x;1"));
        assertEquals(CallOutcome.ANSWERED, call.getOutcome());
        assertEquals(7, call.getTalkSeconds());
    }

    @Test
    void aCallAlreadyAnsweredAtTheResyncKeepsCallerQueueAndAgent() {
        Call call = new Call("pbx1", LINKED, T0.plusSeconds(60));
        tracker.apply(call, snapshotChannel("1795383085.220", AGENT_CHAN, "AppQueue", "(Outgoing Line)", "00:00:50",
                "8857e100", "support", null));
        tracker.apply(call, snapshotChannel("1795383085.221", "Local/1001@agents-00000005;2", "Answer", "",
                "00:00:50", null, "+4930123456789", "Max Mustermann"));
        tracker.apply(call, snapshotChannel(LINKED, "Local/+4930@customers-1;1", "Queue", "support,t,,,300",
                "00:01:00", "8857e100", "+4930123456789", "Max Mustermann"));
        assertEquals("+4930123456789", call.getCallerE164());
        assertEquals("support", call.getQueue());
        assertEquals("agent1", call.getAgentUsername());
        assertEquals(T0, call.getStartedAt());
        assertEquals(T0.plusSeconds(10), call.getAnsweredAt(), "at the latest when the agent's leg appeared");
        assertEquals(AGENT_CHAN, call.getAgentChannel());

        tracker.apply(call, event(CallEventType.BRIDGE_LEFT, 70, "1795383085.220", AGENT_CHAN));
        tracker.apply(call, event(CallEventType.CHANNEL_HUNGUP, 70, LINKED, "x;1"));
        assertEquals(CallOutcome.ANSWERED, call.getOutcome());
        assertEquals(60, call.getTalkSeconds());
    }

    @Test
    void agentCompleteAfterAResyncStillTellsWhoAnsweredAndHowLong() {
        Call call = new Call("pbx1", LINKED, T0.plusSeconds(60));
        tracker.apply(call, snapshotChannel(LINKED, "Local/+4930@customers-1;1", "Queue", "support,t,,,300",
                "00:01:00", "8857e100", "+4930123456789", "Max Mustermann"));
        tracker.apply(call, completed(90, "caller", 45));
        tracker.apply(call, event(CallEventType.CHANNEL_HUNGUP, 90, LINKED, "x;1"));
        assertEquals("agent1", call.getAgentUsername());
        assertEquals(T0.plusSeconds(45), call.getAnsweredAt());
        assertEquals(45, call.getTalkSeconds());
        assertEquals(CallOutcome.ANSWERED, call.getOutcome());
    }

    @ParameterizedTest
    @CsvSource({"00:00:02, 2", "01:02:03, 3723", "400:00:00, 1440000", "x, 0", "'', 0"})
    void coreShowChannelDurations(String duration, long seconds) {
        assertEquals(seconds, CallTracker.duration(duration));
    }

    @ParameterizedTest
    @CsvSource({"Queue, 'support,t,,,300', support", "queue, sales, sales", "AppQueue, '(Outgoing Line)', ",
            "ConfBridge, agent-agent1, ", "Queue, '', "})
    void theQueueOfAChannelRunningQueue(String application, String data, String queue) {
        assertEquals(queue, CallTracker.queueOfApplication(application, data));
    }

    private static CallEvent snapshotChannel(String uniqueId, String channel, String application, String data,
            String duration, String bridgeId, String number, String name) {
        Map<String, String> attributes = new java.util.HashMap<>(Map.of("application", application,
                "applicationData", data, "duration", duration));
        if (bridgeId != null) {
            attributes.put("bridgeId", bridgeId);
        }
        return new CallEvent("s-" + uniqueId, "pbx1", CallEventType.SNAPSHOT_CHANNEL, T0.plusSeconds(60), LINKED,
                uniqueId, channel, null, number, name, null, null, null, null, "Up", null, null, null, attributes);
    }

    private static CallEvent event(CallEventType type, int second, String uniqueId, String channel) {
        return new CallEvent(type + "-" + second + "-" + uniqueId, "pbx1", type, T0.plusSeconds(second), LINKED,
                uniqueId, channel, null, null, null, null, null, null, null, null, null, null, null, Map.of());
    }

    private static CallEvent dial(CallEventType type, int second, String channel, String dest, String status) {
        return new CallEvent(type + "-" + second + "-" + dest, "pbx1", type, T0.plusSeconds(second), LINKED,
                channel == null ? null : LINKED, channel, null, null, null, null, null, dest, "d" + second, status,
                null, null, null, Map.of());
    }

    private static CallEvent queued(int second) {
        return new CallEvent("q" + second, "pbx1", CallEventType.CALLER_QUEUED, T0.plusSeconds(second), LINKED, LINKED,
                "Local/+4930@customers-1;1", "support", "+4930123456789", "Max Mustermann", null, null, null, null,
                null, null, null, null, Map.of());
    }

    private static CallEvent offered(int second) {
        return new CallEvent("o" + second, "pbx1", CallEventType.AGENT_OFFERED, T0.plusSeconds(second), LINKED, LINKED,
                "Local/+4930@customers-1;1", "support", "+4930123456789", "Max Mustermann", AGENT_IFACE,
                "Anna Schmidt", AGENT_CHAN, "1795383085.220", null, null, null, null, Map.of());
    }

    private static CallEvent connected(int second, int hold) {
        return new CallEvent("c" + second, "pbx1", CallEventType.AGENT_CONNECTED, T0.plusSeconds(second), LINKED,
                LINKED, "Local/+4930@customers-1;1", "support", "+4930123456789", "Max Mustermann", AGENT_IFACE,
                "Anna Schmidt", AGENT_CHAN, "1795383085.220", null, hold, null, null, Map.of());
    }

    private static CallEvent completed(int second, String reason, int talk) {
        return new CallEvent("k" + second, "pbx1", CallEventType.AGENT_COMPLETED, T0.plusSeconds(second), LINKED,
                LINKED, "Local/+4930@customers-1;1", "support", "+4930123456789", "Max Mustermann", AGENT_IFACE,
                "Anna Schmidt", AGENT_CHAN, "1795383085.220", reason, 1, talk, null, Map.of());
    }

    private static CallEvent abandoned(int second) {
        return new CallEvent("a" + second, "pbx1", CallEventType.CALLER_ABANDONED, T0.plusSeconds(second), LINKED,
                LINKED, "Local/+4930@customers-1;1", "support", "+4930123456789", "Max Mustermann", null, null, null,
                null, null, second, null, null, Map.of());
    }
}
