package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.pbxsim.CallOptions;
import org.switchboard.pbxsim.InboundCall;
import org.switchboard.pbxsim.PbxSimulator;
import org.switchboard.pbxsim.ReplaySpeed;

/**
 * Issue 10: no caller can make a call unrecorded, and calls in progress when the connector connects keep who
 * called. A shared capture replayed with hostile caller IDs and channel names still gives one complete record, a
 * pop and an empty dead-letter queue; calls the connector only learns of from its resync keep caller, queue
 * (tenant), agent and outcome; a call that ended while nobody listened is closed where it was last known alive; a
 * nailed-up agent's own line is no call record.
 */
@ExtendWith(ArquillianExtension.class)
class CallRecordHardeningIT {

    private static final Duration PIPELINE = Duration.ofSeconds(40);
    private static final Api AGENT = Api.as("agent1");
    private static final Api SUPERVISOR = Api.as("supervisor1");
    private static final String CAPTURE_LINE = "Local/+4930123456789@customers-0000006d";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    /** agent1 on extension 1001: the member the shared captures offer their calls to (Local/1001@agents/n). */
    @BeforeAll
    static void agentSignsInOnTheCapturesExtension() {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
        AGENT.post("/api/agents/me/sign-out", "");
        AGENT.postObject("/api/agents/me/sign-in", "extension=1001");
        assertEquals("READY", AGENT.postObject("/api/agents/me/ready", "").getString("state"));
    }

    @AfterAll
    static void agentSignsOut() {
        AGENT.post("/api/agents/me/sign-out", "");
    }

    @Test
    void hostileCallerIdsAndChannelNamesStillGiveOneCompleteRecordAPopAndNoDeadLetter() throws Exception {
        String linkedId = freshIds();
        Path hostile = hostileCapture01(linkedId.substring(0, linkedId.indexOf('.')));
        long deadBefore = deadLetters();

        // At the capture's own pace, so the call is offered (and popped) for about ten seconds.
        CompletableFuture<Integer> replay = CompletableFuture.supplyAsync(
                () -> TestPbx.get().replay(hostile, ReplaySpeed.ORIGINAL));
        JsonObject pop = Api.await(() -> {
            HttpResponse<String> r = AGENT.get("/api/pop");
            return r.statusCode() == 200 ? Api.object(r) : null;
        }, p -> p != null && linkedId.equals(p.getString("linkedId")), PIPELINE);
        assertEquals(64, pop.getString("callerNumber").length());
        replay.get();

        JsonObject call = Api.await(() -> SUPERVISOR.callsByLinkedId(linkedId),
                r -> r.size() == 1 && !Api.isNull(r.getJsonObject(0), "endedAt"), PIPELINE).getJsonObject(0);
        assertEquals("ANSWERED", call.getString("outcome"));
        assertEquals("support", call.getString("queue"));
        assertEquals("agent1", call.getString("agent"));
        assertEquals("Anna Schmidt", call.getString("memberName"));
        assertEquals(("+4930123456789" + "0".repeat(66)).substring(0, 64), call.getString("callerNumber"),
                "the 80 characters cut to the 64 the record holds");
        assertTrue(Api.isNull(call, "callerE164"), "no number to match a contact with");
        String name = call.getString("callerName");
        assertTrue(name.startsWith("Max[2J Mustermann \uFFFD"), name);
        assertEquals(200, name.length());
        assertTrue(name.chars().noneMatch(c -> c < 0x20 || c == 0x202e), "no control characters: " + name);
        assertEquals(2, call.getInt("holdSeconds"));
        assertEquals(10, call.getInt("talkSeconds"), "Asterisk's TalkTime in the capture's AgentComplete");
        assertFalse(call.getBoolean("closedByResync"));

        awaitCallEventsConsumed();
        assertEquals(deadBefore, deadLetters(), "nothing went to the dead-letter queue");
    }

    @Test
    void callsInProgressWhenTheConnectorConnectsKeepWhoCalledAndEndRight() {
        awaitAgentReady();
        PbxSimulator pbx = TestPbx.get();
        CallOptions longCall = CallOptions.defaults().withTalkTime(Duration.ofMinutes(3))
                .withPatience(Duration.ofMinutes(3));
        InboundCall endsWhileDown = pbx.inboundCall("sales", "+4930123456011", "Jonas Becker", longCall);
        endsWhileDown.awaitConnected(Duration.ofSeconds(10));
        answered(endsWhileDown.linkedid());

        long resyncs = TestPbx.resyncCount();
        pbx.disconnectClients();
        pbx.refuseConnections(Duration.ofSeconds(6));
        Instant down = Instant.now();
        sleep(500);
        endsWhileDown.customerHangsUp();                  // its end is never seen
        // Both start while nobody listens: the connector learns of them only from CoreShowChannels / QueueStatus.
        InboundCall answeredMeanwhile = pbx.inboundCall("sales", "+4930123456012", "Sofia Braun \"B\"", longCall);
        assertEquals("Local/1001@agents/n", answeredMeanwhile.awaitConnected(Duration.ofSeconds(10)));
        InboundCall waiting = pbx.inboundCall("sales", "+4930123456013", "Elias Wolf", longCall);
        sleep(2000);                                      // waiting: the only agent is talking
        TestPbx.awaitConnector((int) resyncs + 1, Duration.ofSeconds(60));

        JsonObject closed = Api.await(() -> SUPERVISOR.callsByLinkedId(endsWhileDown.linkedid()),
                r -> r.size() == 1 && !Api.isNull(r.getJsonObject(0), "endedAt"), PIPELINE).getJsonObject(0);
        assertEquals("ANSWERED", closed.getString("outcome"));
        assertTrue(closed.getBoolean("closedByResync"), closed.toString());
        Instant end = Instant.parse(closed.getString("endedAt"));
        assertTrue(!end.isAfter(down.plusSeconds(1)), "ends when it was last known alive, not at the resync: "
                + closed + ", connection lost at " + down);

        JsonObject talking = answered(answeredMeanwhile.linkedid());
        assertEquals("+4930123456012", talking.getString("callerE164"));
        assertEquals("Sofia Braun \"B\"", talking.getString("callerName"));
        assertEquals("sales", talking.getString("queue"), "so the call is the sales queue's tenant's");
        assertEquals("agent1", talking.getString("agent"));
        assertFalse(Api.isNull(talking, "contactId"), "the caller is a demo contact");
        assertTrue(AGENT.getArray("/api/calls/mine").stream().map(JsonObject.class::cast)
                .anyMatch(c -> c.getString("linkedId").equals(answeredMeanwhile.linkedid())), "in the agent's calls");

        JsonObject queued = Api.await(() -> SUPERVISOR.callsByLinkedId(waiting.linkedid()),
                r -> r.size() == 1 && !Api.isNull(r.getJsonObject(0), "queuedAt"), PIPELINE).getJsonObject(0);
        assertEquals("+4930123456013", queued.getString("callerE164"));
        assertEquals("Elias Wolf", queued.getString("callerName"));
        assertEquals("sales", queued.getString("queue"));
        assertTrue(Instant.parse(queued.getString("queuedAt")).isBefore(Instant.now().minusSeconds(1)),
                "queued since QueueEntry's Wait, not since the resync: " + queued);

        waiting.abandon(); // while the agent still talks: a caller who hangs up while an agent's phone rings is
        assertEquals("ABANDONED", ended(waiting.linkedid()).getString("outcome")); // another story
        answeredMeanwhile.customerHangsUp();
        JsonObject done = ended(answeredMeanwhile.linkedid());
        assertEquals("ANSWERED", done.getString("outcome"));
        assertFalse(done.getBoolean("closedByResync"));
        assertTrue(done.getInt("talkSeconds") >= 2, done.toString());
    }

    @Test
    void aNailedUpAgentsOwnLineIsNoCallRecord() {
        Api nailed = Api.as("agent3");
        String mobile = "+4915102000077";
        Instant start = Instant.now().minusSeconds(1);
        nailed.post("/api/agents/me/sign-out", "");
        nailed.postObject("/api/agents/me/sign-in", "phone=" + mobile.replace("+", "%2B") + "&nailedUp=true");
        try {
            // the phone answered and sits in the agent's conference
            Api.await(() -> TestPbx.get().conferenceUsers("agent-agent3"), users -> !users.isEmpty(), PIPELINE);
        } finally {
            nailed.post("/api/agents/me/sign-out", "");
        }
        if (TestPbx.get().channels().stream().anyMatch(n -> n.contains(mobile))) {
            TestPbx.get().hangupChannel("Local/" + mobile + "@switchboard-remote"); // the phone hangs up
        }
        Api.await(() -> TestPbx.get().channels(), c -> c.stream().noneMatch(n -> n.contains(mobile)), PIPELINE);
        awaitAgentReady();
        // a customer call after it flushes the pipeline: once its record exists, the line's events were consumed
        InboundCall after = TestPbx.get().inboundCall("sales", "+4930123456014", "Mila Kraus");
        after.awaitConnected(Duration.ofSeconds(10));
        after.customerHangsUp();
        ended(after.linkedid());
        sleep(1000);

        JsonObject stats = SUPERVISOR.getObject("/api/stats/calls?since=" + start);
        assertEquals(1, stats.getInt("total"), "only the customer's call: " + stats);
    }

    // ---- helpers ----

    /** Fresh Uniqueids for a replayed capture, so its events are new to the deduplication: the new Linkedid. */
    private static String freshIds() {
        return (2_000_000_000L + ThreadLocalRandom.current().nextInt(100_000_000)) + ".218";
    }

    /**
     * Capture 01 with what an attacker controls made hostile: an 80-character caller number, a caller name of over
     * 300 characters with NUL, an ANSI escape, a right-to-left override and bytes that are no UTF-8, and a channel
     * name of 1,000 characters; its Uniqueids and Linkedid moved to {@code epoch}.
     */
    private static Path hostileCapture01(String epoch) {
        try {
            String text = new String(Files.readAllBytes(TestEnvironment.capture(
                    "01-inbound-queue-answered-customer-hangup.ami")), StandardCharsets.ISO_8859_1);
            String number = "+4930123456789" + "0".repeat(66);
            // ISO-8859-1 text: \u00ff\u00fe are written as the bytes 0xFF 0xFE, which no UTF-8 decoder accepts
            String name = "Max\u0000\u001b[2J Mustermann \u00ff\u00fe\u202e".replace("\u202e", "\u00e2\u0080\u00ae")
                    + "x".repeat(300);
            String channel = "Local/+4930123456789" + "9".repeat(960) + "@customers-0000006d";
            text = text.replace(CAPTURE_LINE, channel)
                    .replace("CallerIDNum: +4930123456789", "CallerIDNum: " + number)
                    .replace("ConnectedLineNum: +4930123456789", "ConnectedLineNum: " + number)
                    .replace("CallerIDName: Max Mustermann", "CallerIDName: " + name)
                    .replace("ConnectedLineName: Max Mustermann", "ConnectedLineName: " + name)
                    .replaceAll("(?<![\\d.])1795383085\\.(\\d{3})(?!\\d)", epoch + ".$1");
            Path file = Files.createTempFile("hostile-01-", ".ami");
            Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** agent1 may still be in wrap-up after another test's call (the PBX member is paused meanwhile). */
    private static void awaitAgentReady() {
        Api.await(() -> AGENT.getObject("/api/agents/me"), m -> "READY".equals(m.getString("state")), PIPELINE);
    }

    private static long deadLetters() {
        return queueAttribute("jms-queue", "SwitchboardDeadLetters", "message-count");
    }

    /** Every subscription of the call topic is empty: each message was consumed, none is waiting for redelivery. */
    private static void awaitCallEventsConsumed() {
        Api.await(() -> queueAttribute("jms-topic", "SwitchboardCallEvents", "message-count"), n -> n == 0,
                Duration.ofSeconds(30));
    }

    private static long queueAttribute(String type, String name, String attribute) {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1",
                TestEnvironment.managementPort())) {
            ModelNode op = new ModelNode();
            op.get("operation").set("read-attribute");
            op.get("address").add("subsystem", "messaging-activemq").add("server", "default").add(type, name);
            op.get("name").set(attribute);
            ModelNode result = client.execute(op);
            if (!"success".equals(result.get("outcome").asString())) {
                throw new AssertionError("management read failed: " + result);
            }
            return result.get("result").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject answered(String linkedId) {
        return Api.await(() -> SUPERVISOR.callsByLinkedId(linkedId),
                r -> r.size() == 1 && !Api.isNull(r.getJsonObject(0), "answeredAt"), PIPELINE).getJsonObject(0);
    }

    private static JsonObject ended(String linkedId) {
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
