package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.pbxsim.InboundCall;
import org.switchboard.pbxsim.PbxSimulator;
import org.switchboard.pbxsim.RecordedAction;

/**
 * Calls the simulator plays live, through the whole spine: an agent signs in through the API (the simulator
 * receives the QueueAdd), the PBX offers and connects calls, the records end up in the database exactly once.
 * Also what happens to bad input on the AMI session and to a PBX that drops the connection mid-call.
 */
@ExtendWith(ArquillianExtension.class)
class LiveCallIT {

    private static final Duration PIPELINE = Duration.ofSeconds(30);
    private static final Api AGENT = Api.as("agent2");
    private static final Api SUPERVISOR = Api.as("supervisor1");
    private static final String IFACE = "Local/1102@agents/n";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    @BeforeAll
    static void agentSignsInAndIsReady() {
        PbxSimulator pbx = TestPbx.get();
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
        AGENT.post("/api/agents/me/sign-out", "");
        JsonObject me = AGENT.postObject("/api/agents/me/sign-in", "extension=1102");
        assertEquals("NOT_READY", me.getString("state"));
        RecordedAction add = pbx.awaitAction(a -> "QueueAdd".equalsIgnoreCase(a.name()) && IFACE.equals(a.get("Interface")), Duration.ofSeconds(10));
        assertEquals("Ben Keller", add.get("MemberName"));
        assertEquals("Custom:agent1102", add.get("StateInterface"));
        assertEquals("READY", AGENT.postObject("/api/agents/me/ready", "").getString("state"));
    }

    @AfterAll
    static void agentSignsOut() {
        AGENT.post("/api/agents/me/sign-out", "");
    }

    @Test
    void answeredCallGivesExactlyOneRecordWithItsTimes() {
        Instant before = Instant.now();
        InboundCall call = TestPbx.get().inboundCall("sales", "+4930123456005", "Mia Wagner");
        assertEquals(IFACE, call.awaitOffered(Duration.ofSeconds(10)));
        call.awaitConnected(Duration.ofSeconds(10));
        sleep(1200);
        call.customerHangsUp();
        call.awaitEnded(Duration.ofSeconds(10));

        JsonObject record = endedCall(call.linkedid());
        assertEquals("ANSWERED", record.getString("outcome"));
        assertEquals("agent2", record.getString("agent"));
        assertEquals("sales", record.getString("queue"));
        assertEquals("+4930123456005", record.getString("callerE164"));
        assertFalse(Api.isNull(record, "contactId"));
        Instant queued = Instant.parse(record.getString("queuedAt"));
        Instant offered = Instant.parse(record.getString("offeredAt"));
        Instant answered = Instant.parse(record.getString("answeredAt"));
        Instant ended = Instant.parse(record.getString("endedAt"));
        assertTrue(!queued.isBefore(before.minusSeconds(2)), "queued " + queued + " after test start " + before);
        assertTrue(!offered.isBefore(queued) && !answered.isBefore(offered) && ended.isAfter(answered),
                "times in order: " + record);
        assertTrue(record.getInt("talkSeconds") >= 1, "talked over a second: " + record);

        JsonArray mine = AGENT.getArray("/api/calls/mine");
        assertTrue(mine.stream().map(JsonObject.class::cast).anyMatch(c -> c.getString("linkedId").equals(call.linkedid())),
                "the call is in the agent's history");
    }

    @Test
    void callerWhoHangsUpInTheQueueIsAbandoned() {
        AGENT.postObject("/api/agents/me/not-ready", "reason=Lunch");
        RecordedAction pause = TestPbx.get().awaitAction(
                a -> "QueuePause".equalsIgnoreCase(a.name()) && IFACE.equals(a.get("Interface"))
                        && "true".equalsIgnoreCase(a.get("Paused")) && "Lunch".equals(a.get("Reason")),
                Duration.ofSeconds(10));
        assertEquals("Lunch", pause.get("Reason"));
        try {
            InboundCall call = TestPbx.get().inboundCall("sales", "+4930123456006", "Felix Richter");
            sleep(1500); // waiting in the queue: the only agent is paused
            call.abandon();
            JsonObject record = endedCall(call.linkedid());
            assertEquals("ABANDONED", record.getString("outcome"));
            assertTrue(Api.isNull(record, "answeredAt"));
        } finally {
            AGENT.postObject("/api/agents/me/ready", "");
        }
    }

    @Test
    void malformedFrameAndUnknownEventAreSkippedAndTheSessionGoesOn() {
        PbxSimulator pbx = TestPbx.get();
        pbx.sendRaw("this line has no colon\r\nEvent\r\n\r\n");
        pbx.sendRaw("Event: SomethingAsteriskWillInventNextYear\r\nPrivilege: call,all\r\nFoo: bar\r\n\r\n");

        InboundCall call = pbx.inboundCall("sales", "+4930123456007", "Lea Klein");
        call.awaitConnected(Duration.ofSeconds(10));
        call.customerHangsUp();
        assertEquals("ANSWERED", endedCall(call.linkedid()).getString("outcome"));
    }

    @Test
    void pbxDroppingTheConnectionMidCallLosesNothing() {
        PbxSimulator pbx = TestPbx.get();
        InboundCall endsWhileDown = pbx.inboundCall("sales", "+4930123456008", "Paul Neumann");
        endsWhileDown.awaitConnected(Duration.ofSeconds(10));
        answeredCall(endsWhileDown.linkedid()); // Switchboard knows it is answered before the link drops

        long resyncs = TestPbx.resyncCount();
        pbx.disconnectClients();                        // the PBX drops the session...
        pbx.refuseConnections(Duration.ofSeconds(3));   // ...and refuses reconnects for a while
        endsWhileDown.customerHangsUp();                // this call ends while nobody listens
        TestPbx.awaitConnector((int) resyncs + 1, Duration.ofSeconds(60)); // reconnect and resync

        JsonObject closed = endedCall(endsWhileDown.linkedid());
        assertEquals("ANSWERED", closed.getString("outcome"), "closed by the resync: " + closed);

        // A call that is still talking across a reconnect is completed by its own events afterwards.
        InboundCall across = pbx.inboundCall("sales", "+4930123456009", "Hannah Schwarz");
        across.awaitConnected(Duration.ofSeconds(10));
        answeredCall(across.linkedid());
        long before = TestPbx.resyncCount();
        pbx.disconnectClients();
        TestPbx.awaitConnector((int) before + 1, Duration.ofSeconds(60));
        sleep(1000);
        assertTrue(Api.isNull(SUPERVISOR.callsByLinkedId(across.linkedid()).getJsonObject(0), "endedAt"),
                "the resync found the call alive and left it open");
        across.customerHangsUp();
        JsonObject completed = endedCall(across.linkedid());
        assertEquals("ANSWERED", completed.getString("outcome"));
        assertTrue(completed.getInt("talkSeconds") >= 1, completed.toString());
    }

    private static JsonObject answeredCall(String linkedId) {
        return Api.await(() -> SUPERVISOR.callsByLinkedId(linkedId),
                r -> r.size() == 1 && !Api.isNull(r.getJsonObject(0), "answeredAt"), PIPELINE).getJsonObject(0);
    }

    @Test
    void clickToDialRingsTheAgentFirstAndIsRecordedAsOutbound() {
        JsonObject dial = AGENT.postObject("/api/agents/me/dial", "number=030%2012345%206004");
        RecordedAction originate = TestPbx.get().awaitAction(a -> "Originate".equalsIgnoreCase(a.name())
                // asterisk-java puts its own prefix before our ActionID on the wire (connector/README.md, AMI-11)
                && a.get("ActionID") != null && a.get("ActionID").endsWith(dial.getString("actionId")),
                Duration.ofSeconds(10));
        assertEquals("Local/1102@agents", originate.get("Channel"), "the agent's own phone is called first");
        assertEquals("outbound", originate.get("Context"));
        assertEquals("+4930123456004", originate.get("Exten"), "the number, normalised to E.164");

        JsonObject record = Api.await(() -> SUPERVISOR.callsByCaller("+4930123456004"),
                calls -> calls.stream().map(JsonObject.class::cast).anyMatch(c -> !Api.isNull(c, "endedAt")
                        && "OUTBOUND".equals(c.getString("direction"))), Duration.ofSeconds(40))
                .stream().map(JsonObject.class::cast).filter(c -> "OUTBOUND".equals(c.getString("direction")))
                .findFirst().orElseThrow();
        assertEquals("agent2", record.getString("agent"));
        assertEquals("ANSWERED", record.getString("outcome"));
        assertFalse(Api.isNull(record, "contactId"), "linked to the contact like an inbound call");
    }

    @Test
    void clickToDialRefusesWhatIsNoNumber() {
        HttpResponse<String> response = AGENT.post("/api/agents/me/dial", "number=%3Cscript%3E");
        assertEquals(409, response.statusCode());
        assertTrue(response.body().contains("Not a phone number"), response.body());
        assertEquals(409, Api.as("agent3").post("/api/agents/me/dial", "number=%2B4930123456004").statusCode(),
                "an agent who is not signed in with a phone cannot dial");
    }

    @Test
    void agentsCannotUseSupervisorFunctions() {
        HttpResponse<String> response = AGENT.get("/api/calls?limit=5");
        assertEquals(403, response.statusCode());
        assertEquals(403, AGENT.get("/api/agents").statusCode());
        assertEquals(401, Api.as("agent2-wrong").get("/api/calls/mine").statusCode());
    }

    @Test
    void aPhoneTakenByAnotherAgentIsRefused() {
        Api other = Api.as("agent3");
        other.post("/api/agents/me/sign-out", "");
        HttpResponse<String> response = other.post("/api/agents/me/sign-in", "extension=1102");
        assertEquals(409, response.statusCode());
        assertTrue(response.body().contains("in use"), response.body());
        HttpResponse<String> hostile = other.post("/api/agents/me/sign-in", "extension=1103%40evil%2Fn");
        assertEquals(409, hostile.statusCode());
        assertNotNull(SUPERVISOR.getArray("/api/agents"));
    }

    private static JsonObject endedCall(String linkedId) {
        return Api.await(() -> SUPERVISOR.callsByLinkedId(linkedId),
                r -> r.size() == 1 && !Api.isNull(r.getJsonObject(0), "endedAt"), PIPELINE).getJsonObject(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
