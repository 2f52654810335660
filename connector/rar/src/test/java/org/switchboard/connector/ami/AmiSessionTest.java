package org.switchboard.connector.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventType;
import org.switchboard.connector.api.PbxConnection;
import org.switchboard.connector.api.PbxConnectionFactory;
import org.switchboard.connector.api.PbxException;
import org.switchboard.connector.outbound.PbxManagedConnectionFactory;
import org.switchboard.connector.testsupport.Captures;
import org.switchboard.connector.testsupport.FakeAmiServer;

/** The AMI session end to end against a fake AMI server speaking recorded frames. */
class AmiSessionTest {

    private static final String INBOUND = "01-inbound-queue-answered-customer-hangup.ami";

    private final BlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();
    private FakeAmiServer server;
    private AmiSession session;
    private Thread sessionThread;

    @AfterEach
    void tearDown() throws Exception {
        if (session != null) {
            session.release();
            session.awaitFinished(5, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.close();
        }
    }

    private void startSession(int port, String secret) {
        SessionConfig config = new SessionConfig("pbx1", "127.0.0.1", port, "cti", secret, 50, 200, 2000, 0, "");
        session = new AmiSession(config, new AmiEventTranslator("pbx1", Clock.systemUTC()), events::add);
        sessionThread = new Thread(session, "test-ami-session");
        sessionThread.start();
    }

    private void startServerWithResync() throws Exception {
        server = new FakeAmiServer("cti", "cti-secret");
        List<String> channels = Captures.events(INBOUND, "CoreShowChannel");
        List<String> queueItems = Captures.frames(INBOUND).stream()
                .filter(f -> "01-3".equals(Captures.header(f, "ActionID")) && f.startsWith("Event: Queue")
                        && !f.startsWith("Event: QueueStatusComplete"))
                .toList();
        server.setResync(channels, queueItems);
    }

    /** Takes events until one of that type arrives; returns all taken, the wanted one last. */
    private List<CallEvent> until(CallEventType type) throws InterruptedException {
        List<CallEvent> taken = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline) {
            CallEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e != null) {
                taken.add(e);
                if (e.type() == type) {
                    return taken;
                }
            }
        }
        throw new AssertionError("no " + type + " within 5 s, got " + taken.stream().map(CallEvent::type).toList());
    }

    private static long count(List<CallEvent> events, CallEventType type) {
        return events.stream().filter(e -> e.type() == type).count();
    }

    @Test
    void connectsResyncsStreamsSurvivesGarbageAndReconnects() throws Exception {
        startServerWithResync();
        startSession(server.port(), "cti-secret");

        // login -> PBX_CONNECTED, snapshots, SNAPSHOT_COMPLETE
        List<CallEvent> resync = until(CallEventType.SNAPSHOT_COMPLETE);
        assertEquals(CallEventType.PBX_CONNECTED, resync.get(0).type());
        assertEquals(4, count(resync, CallEventType.SNAPSHOT_CHANNEL));
        assertEquals(2, count(resync, CallEventType.SNAPSHOT_MEMBER));
        assertEquals(1, count(resync, CallEventType.SNAPSHOT_QUEUE_ENTRY));
        assertEquals("4", resync.get(resync.size() - 1).attribute("channels"));
        assertTrue(session.isConnected());

        // live events from the capture arrive translated, in order
        List<CallEventType> expected = new ArrayList<>();
        AmiEventTranslator reference = new AmiEventTranslator("pbx1", Clock.systemUTC());
        for (String frame : Captures.eventFrames(INBOUND)) {
            server.send(frame);
            CallEvent c = reference.translate(Objects.requireNonNull(Captures.toEvent(frame)));
            if (c != null) {
                expected.add(c.type());
            }
        }
        List<CallEventType> got = new ArrayList<>();
        while (got.size() < expected.size()) {
            CallEvent e = events.poll(5, TimeUnit.SECONDS);
            assertNotNull(e, "missing events, got " + got);
            got.add(e.type());
        }
        assertEquals(expected, got);

        // a malformed frame and an unknown event are skipped; later events still arrive
        server.sendRaw("this is not an AMI header line\r\n\u0000\u0001garbage\r\n\r\n");
        server.send("Event: TotallyNewEvent2027\r\nPrivilege: call,all\r\nFoo: bar");
        server.send("Event: Hangup\r\nPrivilege: call,all\r\nTimestamp: 1795383999.000001\r\n"
                + "Channel: Local/x@y-1;1\r\nUniqueid: 1795383999.1\r\nLinkedid: 1795383999.1\r\nCause: 16\r\n"
                + "Cause-txt: Normal Clearing\r\nCallerIDName: O\\'Brien");
        CallEvent hangup = until(CallEventType.CHANNEL_HUNGUP).get(0);
        assertEquals("1795383999.1", hangup.uniqueId());
        assertEquals("O'Brien", hangup.callerName());

        // the PBX drops the connection: PBX_DISCONNECTED, then a new login with a full resync
        server.dropClient();
        List<CallEvent> lost = until(CallEventType.PBX_DISCONNECTED);
        assertEquals("lost", lost.get(lost.size() - 1).reason());
        List<CallEvent> again = until(CallEventType.SNAPSHOT_COMPLETE);
        assertEquals(CallEventType.PBX_CONNECTED, again.get(0).type());
        assertEquals(4, count(again, CallEventType.SNAPSHOT_CHANNEL));
        assertTrue(server.awaitLogins(2, 1000));
        assertEquals(2, session.logins());
        // the same channel in another resync gets another id (Artemis duplicate detection must not drop it)
        assertFalse(again.stream().anyMatch(e -> resync.stream().anyMatch(r -> r.eventId().equals(e.eventId()))));

        // stop: clean logoff and PBX_DISCONNECTED
        session.release();
        assertTrue(session.awaitFinished(5, TimeUnit.SECONDS));
        List<CallEvent> stopped = until(CallEventType.PBX_DISCONNECTED);
        assertEquals("stopped", stopped.get(stopped.size() - 1).reason());
        session = null;
    }

    @Test
    void unreachablePbxAtStartIsRetriedUntilItAnswers() throws Exception {
        server = new FakeAmiServer("cti", "cti-secret");
        server.setAcceptLogins(false);
        startSession(server.port(), "cti-secret");
        Thread.sleep(400); // several refused logins with backoff
        assertEquals(0, server.logins());
        assertFalse(session.isConnected());
        server.setAcceptLogins(true);
        until(CallEventType.SNAPSHOT_COMPLETE);
        assertTrue(session.isConnected());
    }

    @Test
    void outboundActionsGoThroughTheSession() throws Exception {
        startServerWithResync();
        server.on("QueueRemove", h -> "Response: Error\r\nMessage: Unable to remove interface: Not there");
        server.on("Originate", h -> "Response: Success\r\nMessage: Originate successfully queued");
        server.on("QueuePause", h -> "Response: Success\r\nMessage: Interface paused successfully");
        startSession(server.port(), "cti-secret");
        until(CallEventType.SNAPSHOT_COMPLETE);
        server.nextAction(1, TimeUnit.SECONDS); // CoreShowChannels
        server.nextAction(1, TimeUnit.SECONDS); // QueueStatus

        PbxConnectionFactory factory = (PbxConnectionFactory) new PbxManagedConnectionFactory(session)
                .createConnectionFactory();
        try (PbxConnection pbx = factory.getConnection()) {
            PbxException refused = assertThrows(PbxException.class,
                    () -> pbx.queueRemove("support", "Local/1002@agents/n"));
            assertEquals("Unable to remove interface: Not there", refused.getMessage());
            assertFalse(refused.isUnreachable());
            Map<String, String> sent = server.nextAction(1, TimeUnit.SECONDS);
            assertEquals("support", sent.get("Queue"));
            assertEquals("Local/1002@agents/n", sent.get("Interface"));

            String actionId = pbx.originate("Local/1001@agents", "outbound", "+498912345678",
                    "\"Mueller GmbH\" <+498912345678>", Map.of("CUSTNUM", "+498912345678"));
            Map<String, String> originate = server.nextAction(1, TimeUnit.SECONDS);
            assertEquals("true", originate.get("Async"));
            assertEquals("Local/1001@agents", originate.get("Channel"));
            assertTrue(originate.get("ActionID").endsWith(actionId), originate.get("ActionID"));

            // the result arrives later as an event with the same ActionID
            String result = Captures.firstEvent("04-click-to-dial-outbound.ami", "OriginateResponse")
                    .replace("ActionID: 04-orig-1", "ActionID: " + originate.get("ActionID"));
            server.send(result);
            CallEvent originated = until(CallEventType.ORIGINATE_RESULT).stream()
                    .filter(e -> e.type() == CallEventType.ORIGINATE_RESULT).findFirst().orElseThrow();
            assertEquals(actionId, originated.attribute("actionId"));
            assertEquals("Success", originated.reason());

            pbx.queuePause(null, "Local/1002@agents/n", true, "Meeting");
            Map<String, String> pause = server.nextAction(1, TimeUnit.SECONDS);
            assertEquals("Meeting", pause.get("Reason"));
            assertEquals(null, pause.get("Queue"));

            server.dropClient();
            until(CallEventType.PBX_DISCONNECTED);
            PbxException unreachable = assertThrows(PbxException.class, () -> pbx.hangup("Local/x"));
            assertTrue(unreachable.isUnreachable());
        }
    }

    @Test
    void actionWithoutAnswerTimesOutAsUnreachable() throws Exception {
        startServerWithResync();
        server.on("Hangup", h -> null); // the PBX never answers
        startSession(server.port(), "cti-secret");
        until(CallEventType.SNAPSHOT_COMPLETE);
        PbxConnectionFactory factory = (PbxConnectionFactory) new PbxManagedConnectionFactory(session)
                .createConnectionFactory();
        try (PbxConnection pbx = factory.getConnection()) {
            long start = System.nanoTime();
            PbxException e = assertThrows(PbxException.class, () -> pbx.hangup("Local/1001@agents-1;1"));
            assertTrue(e.isUnreachable());
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 4000);
        }
    }

    @Test
    void notStartedOrNotConnectedIsUnreachable() throws Exception {
        server = new FakeAmiServer("cti", "cti-secret");
        int port = server.port();
        server.close();
        startSession(port, "cti-secret");
        PbxConnectionFactory factory = (PbxConnectionFactory) new PbxManagedConnectionFactory(session)
                .createConnectionFactory();
        try (PbxConnection pbx = factory.getConnection()) {
            PbxException e = assertThrows(PbxException.class, () -> pbx.hangup("Local/1001@agents-1;1"));
            assertTrue(e.isUnreachable());
        }
        server = null;
    }

    @Test
    void aResyncRequestedForDroppedEventsReadsThePbxStateAgain() throws Exception {
        startServerWithResync();
        startSession(server.port(), "cti-secret");
        List<CallEvent> first = until(CallEventType.SNAPSHOT_COMPLETE);
        assertEquals(CallEventType.PBX_CONNECTED, first.get(0).type());

        session.requestResync(); // what the publisher does after the buffer refused events

        List<CallEvent> ended = until(CallEventType.PBX_DISCONNECTED);
        assertEquals("resync requested", ended.get(ended.size() - 1).reason());
        List<CallEvent> again = until(CallEventType.SNAPSHOT_COMPLETE);
        assertEquals(CallEventType.PBX_CONNECTED, again.get(0).type());
        assertEquals(4, count(again, CallEventType.SNAPSHOT_CHANNEL));
        assertTrue(server.awaitLogins(2, 1000));
        assertEquals(2, session.logins());
        // one request, one resync: the session stays on the new login
        Thread.sleep(600);
        assertEquals(2, session.logins());
        assertTrue(session.isConnected());
    }
}
