package org.switchboard.connector.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.junit.jupiter.api.Test;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventType;
import org.switchboard.connector.testsupport.Captures;

class AmiEventTranslatorTest {

    private static final String INBOUND = "01-inbound-queue-answered-customer-hangup.ami";
    private static final String ABANDONED = "02-inbound-abandoned-while-waiting.ami";
    private static final String AGENT = "03-agent-login-pause-unpause-logout.ami";

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T21:00:00Z"), ZoneOffset.UTC);
    private final AmiEventTranslator translator = new AmiEventTranslator("pbx1", clock);

    private CallEvent translate(String frame) {
        ManagerEvent event = Captures.toEvent(frame);
        assertNotNull(event, "asterisk-java built no event for " + frame);
        return translator.translate(event);
    }

    @Test
    void agentCalledCarriesQueueMemberCallerAndLinkedid() {
        CallEvent e = translate(Captures.firstEvent(INBOUND, "AgentCalled"));

        assertEquals(CallEventType.AGENT_OFFERED, e.type());
        assertEquals("pbx1", e.pbxId());
        assertEquals("support", e.queue());
        assertEquals("Local/1001@agents/n", e.memberInterface());
        assertEquals("Anna Schmidt", e.memberName());
        assertEquals("+4930123456789", e.callerNumber());
        assertEquals("Max Mustermann", e.callerName());
        assertEquals("1795383085.218", e.linkedId());
        assertEquals("1795383085.218", e.uniqueId());
        assertEquals("Local/1001@agents-0000006e;1", e.destChannel());
        assertEquals("1795383085.220", e.destUniqueId());
        assertEquals(Instant.ofEpochSecond(1795383085L, 730_537_000L), e.time());
        assertEquals("pbx1:1795383085.218", e.callGroup());
    }

    @Test
    void sameAmiEventReadTwiceGetsTheSameId() {
        String frame = Captures.firstEvent(INBOUND, "AgentCalled");
        CallEvent first = translate(frame);
        CallEvent again = new AmiEventTranslator("pbx1", clock).translate(Captures.toEvent(frame));
        assertEquals(first.eventId(), again.eventId());
        assertEquals(first, again);
        // another PBX: another id
        CallEvent otherPbx = new AmiEventTranslator("pbx2", clock).translate(Captures.toEvent(frame));
        assertNotEquals(first.eventId(), otherPbx.eventId());
    }

    @Test
    void everyEventOfAWholeCallGetsADistinctId() {
        List<CallEvent> events = translateAll(INBOUND);
        long distinct = events.stream().map(CallEvent::eventId).distinct().count();
        assertEquals(events.size(), distinct);
    }

    @Test
    void inboundCallMapsToTheCallModel() {
        List<CallEventType> types = translateAll(INBOUND).stream().map(CallEvent::type).toList();
        assertEquals(List.of(
                CallEventType.CHANNEL_CREATED, CallEventType.CHANNEL_CREATED,
                CallEventType.DIAL_STARTED, CallEventType.DIAL_ENDED, CallEventType.ORIGINATE_RESULT,
                CallEventType.CALLER_QUEUED,
                CallEventType.CHANNEL_CREATED, CallEventType.CHANNEL_CREATED,
                CallEventType.AGENT_OFFERED, CallEventType.DIAL_STARTED, CallEventType.MEMBER_STATUS,
                CallEventType.DIAL_ENDED, CallEventType.AGENT_CONNECTED,
                CallEventType.BRIDGE_ENTERED, CallEventType.BRIDGE_ENTERED,
                CallEventType.MEMBER_STATUS,
                CallEventType.CHANNEL_HUNGUP, CallEventType.AGENT_COMPLETED, CallEventType.BRIDGE_LEFT,
                CallEventType.CHANNEL_HUNGUP, CallEventType.BRIDGE_LEFT, CallEventType.CHANNEL_HUNGUP,
                CallEventType.CHANNEL_HUNGUP, CallEventType.MEMBER_STATUS), types);
    }

    @Test
    void originateDialEventsWithoutChannelAreGroupedByTheDestLinkedid() {
        CallEvent dialBegin = translate(Captures.firstEvent(INBOUND, "DialBegin"));
        assertNull(dialBegin.channel());
        assertEquals("1795383085.218", dialBegin.linkedId());
        assertEquals("1795383085.218", dialBegin.destUniqueId());
    }

    @Test
    void agentConnectAndCompleteCarryTimes() {
        CallEvent connect = translate(Captures.firstEvent(INBOUND, "AgentConnect"));
        assertEquals(2, connect.holdSeconds());
        assertEquals("2", connect.attribute("ringTimeSeconds"));
        CallEvent complete = translate(Captures.firstEvent(INBOUND, "AgentComplete"));
        assertEquals(CallEventType.AGENT_COMPLETED, complete.type());
        assertEquals(10, complete.talkSeconds());
        assertEquals("caller", complete.reason());
    }

    @Test
    void hangupCarriesCause() {
        CallEvent hangup = translate(Captures.firstEvent(INBOUND, "Hangup"));
        assertEquals("16", hangup.reason());
        assertEquals("Normal Clearing", hangup.attribute("causeText"));
    }

    @Test
    void abandonedCallerCarriesHoldTime() {
        CallEvent abandon = translate(Captures.firstEvent(ABANDONED, "QueueCallerAbandon"));
        assertEquals(CallEventType.CALLER_ABANDONED, abandon.type());
        assertEquals("support", abandon.queue());
        assertEquals(8, abandon.holdSeconds());
        assertEquals("+4940987654321", abandon.callerNumber());
    }

    @Test
    void memberLoginPauseAndLogout() {
        List<CallEvent> events = translateAll(AGENT);
        CallEvent added = events.stream().filter(e -> e.type() == CallEventType.MEMBER_ADDED).findFirst().orElseThrow();
        assertEquals("Local/1002@agents/n", added.memberInterface());
        assertEquals("Ben Keller", added.memberName());
        assertEquals(Boolean.FALSE, added.paused());
        List<CallEvent> pauses = events.stream().filter(e -> e.type() == CallEventType.MEMBER_PAUSED).toList();
        assertEquals(5, pauses.size());
        assertEquals("Lunch break", pauses.get(0).reason());
        assertEquals(Boolean.TRUE, pauses.get(0).paused());
        assertEquals(Boolean.FALSE, pauses.get(4).paused());
        assertEquals(2, events.stream().filter(e -> e.type() == CallEventType.MEMBER_REMOVED).count());
        assertEquals(6, events.stream().filter(e -> e.type() == CallEventType.MEMBER_STATUS).count());
        // same member, same timestamp, different queue: different ids
        assertNotEquals(pauses.get(1).eventId(), pauses.get(2).eventId());
    }

    @Test
    void escapedCallerIdNameIsUnescaped() {
        String frame = Captures.firstEvent(INBOUND, "AgentCalled")
                .replace("CallerIDName: Max Mustermann", "CallerIDName: \\\"Max\\\" \\\\ O\\'Brien \\? <b>");
        CallEvent e = translate(frame);
        assertEquals("\"Max\" \\ O'Brien ? <b>", e.callerName());
    }

    @Test
    void escapingDirectlyOnConstructedEvent() {
        AgentCalledEvent event = new AgentCalledEvent(this);
        event.setCallerIdName("\\\"Max\\\" \\\\ O\\'Brien");
        event.setCallerIdNum("<unknown>");
        event.setQueue("support");
        event.setUniqueId("1.1");
        event.setLinkedId("1.1");
        event.setInterface("Local/1001@agents/n");
        CallEvent e = translator.translate(event);
        assertEquals("\"Max\" \\ O'Brien", e.callerName());
        assertNull(e.callerNumber());
        assertEquals(clock.instant(), e.time(), "no Timestamp, no receive time: the connector clock");
    }

    @Test
    void noiseEventsGiveNothing() {
        for (String type : List.of("Newexten", "VarSet", "DeviceStateChange", "Cdr", "LocalBridge", "Newstate",
                "NewCallerid", "QueueCallerLeave", "MusicOnHoldStart", "BridgeCreate", "DialState",
                "SoftHangupRequest", "HangupHandlerPush")) {
            ManagerEvent event = Captures.toEvent(Captures.firstEvent(INBOUND, type));
            if (event != null) {
                assertNull(translator.translate(event), type);
            }
        }
    }

    @Test
    void listEventsAreNotLiveEventsButSnapshots() {
        ManagerEvent channel = Captures.toEvent(Captures.firstEvent(INBOUND, "CoreShowChannel"));
        assertNull(translator.translate(channel));
        CallEvent snapshot = translator.snapshot(channel, "resync-1");
        assertEquals(CallEventType.SNAPSHOT_CHANNEL, snapshot.type());
        assertEquals("1795383085.218", snapshot.linkedId());
        assertEquals("8857e100-f957-4ece-825c-efa26c43a35c", snapshot.attribute("bridgeId"));
        assertEquals(snapshot.eventId(), translator.snapshot(channel, "resync-1").eventId());
        assertNotEquals(snapshot.eventId(), translator.snapshot(channel, "resync-2").eventId());

        CallEvent member = translator.snapshot(Captures.toEvent(Captures.firstEvent(INBOUND, "QueueMember")), "r");
        assertEquals(CallEventType.SNAPSHOT_MEMBER, member.type());
        assertEquals("Local/1001@agents/n", member.memberInterface());
        assertEquals("Anna Schmidt", member.memberName());
        assertEquals("support", member.queue());

        CallEvent entry = translator.snapshot(Captures.toEvent(Captures.firstEvent(INBOUND, "QueueEntry")), "r");
        assertEquals(CallEventType.SNAPSHOT_QUEUE_ENTRY, entry.type());
        assertEquals("1795383085.218", entry.uniqueId());
        assertEquals("1", entry.attribute("position"));

        assertNull(translator.snapshot(Captures.toEvent(Captures.firstEvent(INBOUND, "QueueParams")), "r"));
    }

    @Test
    void aQueueEntryBelongsToTheCallCoreShowChannelsGaveItsChannel() {
        // QueueEntry has no Linkedid; the resync lists channels first. A caller ID app_queue does not know is
        // "unknown" there (no angle brackets).
        String agentLeg = Captures.events(INBOUND, "CoreShowChannel").get(0);
        CallEvent listed = translator.snapshot(Captures.toEvent(agentLeg), "r7");
        assertEquals("1795383085.220", listed.uniqueId());
        String entryFrame = Captures.firstEvent(INBOUND, "QueueEntry")
                .replace("Uniqueid: 1795383085.218", "Uniqueid: 1795383085.220")
                .replace("CallerIDName: Max Mustermann", "CallerIDName: unknown");
        CallEvent entry = translator.snapshot(Captures.toEvent(entryFrame), "r7");
        assertEquals("1795383085.218", entry.linkedId(), "the call of the channel CoreShowChannels listed");
        assertNull(entry.callerName());
        assertEquals("+4930123456789", entry.callerNumber());

        CallEvent unlisted = translator.snapshot(Captures.toEvent(Captures.firstEvent(INBOUND, "QueueEntry")), "r8");
        assertEquals("1795383085.218", unlisted.linkedId(), "a channel not listed is taken as the first channel");
    }

    @Test
    void hostileCallerIdAndChannelAreCutToWhatTheRecordsHold() {
        String number = "+49" + "1".repeat(77);
        String name = "Max\u0000\u001b[31mMustermann\u202e" + "x".repeat(300);
        String channel = "Local/" + "9".repeat(1000) + "@customers-0000006d;1";
        String frame = Captures.firstEvent(INBOUND, "AgentCalled")
                .replace("CallerIDNum: +4930123456789", "CallerIDNum: " + number)
                .replace("CallerIDName: Max Mustermann", "CallerIDName: " + name)
                .replace("Channel: Local/+4930123456789@customers-0000006d;1", "Channel: " + channel);
        CallEvent e = translate(frame);

        assertEquals(number.substring(0, 64), e.callerNumber());
        assertEquals(200, e.callerName().length());
        assertTrue(e.callerName().startsWith("Max[31mMustermannxxx"), e.callerName());
        assertEquals(128, e.channel().length());
        assertEquals("1795383085.218", e.linkedId());
        assertEquals("Local/1001@agents/n", e.memberInterface(), "the rest of the event is intact");
        assertEquals(e.eventId(), translate(frame).eventId(), "still the same id for the same event");
    }

    @Test
    void secondDialEndOfTheSamePairIsDropped() {
        String first = Captures.events(INBOUND, "DialEnd").get(1);
        String cancel = first.replace("DialStatus: ANSWER", "DialStatus: CANCEL")
                .replace("Timestamp: 1795383087", "Timestamp: 1795383088");
        CallEvent ended = translate(first.replace("DialStatus: ANSWER", "DialStatus: NOANSWER"));
        assertEquals("NOANSWER", ended.reason());
        assertNull(translate(cancel));
        // a different pair still passes
        assertNotNull(translate(Captures.events(INBOUND, "DialEnd").get(0)));
    }

    @Test
    void theBurstTranslatesQuickly() {
        List<ManagerEvent> events = Captures.eventFrames("06-burst-50-calls-3-agents.ami").stream()
                .map(Captures::toEvent).filter(Objects::nonNull).toList();
        long start = System.nanoTime();
        List<CallEvent> out = new ArrayList<>();
        for (ManagerEvent e : events) {
            CallEvent c = translator.translate(e);
            if (c != null) {
                out.add(c);
            }
        }
        long micros = (System.nanoTime() - start) / 1000;
        Map<CallEventType, Long> counts = out.stream()
                .collect(Collectors.groupingBy(CallEvent::type, Collectors.counting()));
        assertEquals(50L, counts.get(CallEventType.CALLER_QUEUED));
        assertEquals(41L, counts.get(CallEventType.AGENT_CONNECTED));
        assertEquals(9L, counts.get(CallEventType.CALLER_ABANDONED));
        assertEquals(182L, counts.get(CallEventType.CHANNEL_HUNGUP));
        assertEquals(out.size(), out.stream().map(CallEvent::eventId).distinct().count());
        assertTrue(micros < 2_000_000, "translating " + events.size() + " events took " + micros + " us");
    }

    private List<CallEvent> translateAll(String file) {
        List<CallEvent> out = new ArrayList<>();
        for (String frame : Captures.eventFrames(file)) {
            ManagerEvent event = Captures.toEvent(frame);
            if (event != null) {
                CallEvent c = translator.translate(event);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
