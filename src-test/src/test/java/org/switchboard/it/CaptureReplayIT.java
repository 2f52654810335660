package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.pbxsim.ReplaySpeed;

/**
 * Real Asterisk traffic (shared/ami-captures), replayed byte for byte by the simulator over AMI to the real
 * connector, yields the call records a person reading the capture expects. Replaying a capture a second time
 * delivers every event again: the records must not change (deduplication by event id).
 */
@ExtendWith(ArquillianExtension.class)
class CaptureReplayIT {

    private static final Duration PIPELINE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    @BeforeAll
    static void connectorIsLoggedIn() {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
    }

    private final Api supervisor = Api.as("supervisor1");

    @Test
    void answeredInboundCallFromCapture01() {
        TestPbx.get().replay(TestEnvironment.capture("01-inbound-queue-answered-customer-hangup.ami"), ReplaySpeed.FAST);

        JsonObject call = endedCall("1795383085.218");
        assertEquals("ANSWERED", call.getString("outcome"));
        assertEquals("+4930123456789", call.getString("callerE164"));
        assertEquals("Max Mustermann", call.getString("callerName"));
        assertEquals("support", call.getString("queue"));
        assertEquals("Anna Schmidt", call.getString("memberName"));
        assertEquals(2, call.getInt("holdSeconds"));
        assertEquals(10, call.getInt("talkSeconds"), 1);
        assertFalse(Api.isNull(call, "contactId"), "the caller is a demo contact");
    }

    @Test
    void everyEventTwiceStillGivesOneRecord() {
        TestPbx.get().replay(TestEnvironment.capture("01-inbound-queue-answered-customer-hangup.ami"), ReplaySpeed.FAST);
        JsonObject first = endedCall("1795383085.218");
        TestPbx.get().replay(TestEnvironment.capture("01-inbound-queue-answered-customer-hangup.ami"), ReplaySpeed.FAST);
        // A later capture flushes the pipeline: once its record exists, the duplicates before it were consumed.
        TestPbx.get().replay(TestEnvironment.capture("02-inbound-abandoned-while-waiting.ami"), ReplaySpeed.FAST);
        endedCall("1795383101.222");

        JsonArray records = supervisor.callsByLinkedId("1795383085.218");
        assertEquals(1, records.size());
        assertEquals(first, records.getJsonObject(0));
    }

    @Test
    void abandonedWhileWaitingFromCapture02() {
        TestPbx.get().replay(TestEnvironment.capture("02-inbound-abandoned-while-waiting.ami"), ReplaySpeed.FAST);

        JsonObject call = endedCall("1795383101.222");
        assertEquals("ABANDONED", call.getString("outcome"));
        assertEquals("+4940987654321", call.getString("callerE164"));
        assertEquals(8, call.getInt("holdSeconds"));
        assertEquals(true, Api.isNull(call, "answeredAt"));
    }

    @Test
    void clickToDialFromCapture04() {
        TestPbx.get().replay(TestEnvironment.capture("04-click-to-dial-outbound.ami"), ReplaySpeed.FAST);

        JsonObject call = endedCall("1795383130.228");
        assertEquals("OUTBOUND", call.getString("direction"));
        assertEquals("ANSWERED", call.getString("outcome"));
    }

    @Test
    void burstOf50CallsFromCapture06() {
        TestPbx.get().replay(TestEnvironment.capture("06-burst-50-calls-3-agents.ami"), ReplaySpeed.FAST);

        JsonArray burst = Api.await(() -> burstCalls(), calls -> calls.size() == 50
                && calls.stream().map(JsonObject.class::cast).noneMatch(c -> Api.isNull(c, "endedAt")),
                Duration.ofSeconds(90));
        long answered = burst.stream().map(JsonObject.class::cast)
                .filter(c -> "ANSWERED".equals(c.getString("outcome"))).count();
        long abandoned = burst.stream().map(JsonObject.class::cast)
                .filter(c -> "ABANDONED".equals(c.getString("outcome"))).count();
        assertEquals(41, answered);
        assertEquals(9, abandoned);
    }

    private JsonArray burstCalls() {
        return supervisor.getArray("/api/calls?limit=500").stream().map(JsonObject.class::cast)
                .filter(c -> !Api.isNull(c, "callerE164") && c.getString("callerE164").startsWith("+4915102"))
                .filter(c -> c.getString("linkedId").startsWith("17953"))
                .collect(jakarta.json.Json::createArrayBuilder, jakarta.json.JsonArrayBuilder::add,
                        jakarta.json.JsonArrayBuilder::addAll)
                .build();
    }

    private JsonObject endedCall(String linkedId) {
        JsonArray records = Api.await(() -> supervisor.callsByLinkedId(linkedId),
                r -> r.size() == 1 && !Api.isNull(r.getJsonObject(0), "endedAt"), PIPELINE);
        return records.getJsonObject(0);
    }
}
