package org.switchboard.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventType;
import org.switchboard.contact.PhoneNumbers;

class CallTrackerTest {

    private static final String LINKED = "1795383085.218";
    private static final String AGENT_IFACE = "Local/1001@agents/n";
    private static final String AGENT_CHAN = "Local/1001@agents-00000005;1";
    private static final Instant T0 = Instant.parse("2026-11-22T21:31:25Z");

    private final PhoneNumbers numbers = new PhoneNumbers("DE");
    private final CallTracker tracker = new CallTracker(numbers::toE164,
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
        // After an AMI Redirect, AgentComplete comes late with a wrong TalkTime (captures README, quirk 2).
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
    void aCallTheResyncNoLongerFindsIsClosed() {
        Call answered = new Call("pbx1", LINKED, T0);
        tracker.apply(answered, queued(0));
        tracker.apply(answered, connected(2, 1));
        tracker.closeLost(answered, T0.plusSeconds(12));
        assertEquals(CallOutcome.ANSWERED, answered.getOutcome());
        assertEquals(10, answered.getTalkSeconds());

        Call unknown = new Call("pbx1", "1.2", T0);
        tracker.closeLost(unknown, T0.plusSeconds(5));
        assertEquals(CallOutcome.LOST, unknown.getOutcome());
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
