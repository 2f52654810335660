package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.pbxsim.InboundCall;

/**
 * Oversized or nonsensical input is a 400 with a message, never a 500 and never a list without end: a
 * disposition code longer than its column, call lists a page at a time, a template past its size.
 */
@ExtendWith(ArquillianExtension.class)
class InputBoundsIT {

    private static final Api AGENT = Api.as("agent2");
    private static final Api SUPERVISOR = Api.as("supervisor1");
    private static final Api ADMIN = Api.as("admin1");
    private static final String CALLER = "+4930123456031"; // no other test calls from it
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    @Test
    void aDispositionCodeLongerThanItsColumnIsA400AndCallListsArePaged() {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
        AGENT.post("/api/agents/me/sign-out", "");
        AGENT.postObject("/api/agents/me/sign-in", "phone=1102");
        AGENT.postObject("/api/agents/me/ready", "");
        try {
            for (int i = 0; i < 2; i++) {
                InboundCall call = TestPbx.get().inboundCall("sales", CALLER, "Bounds Test");
                call.awaitConnected(WAIT);
                call.customerHangsUp();
                call.awaitEnded(WAIT);
            }
            JsonObject first = Api.await(() -> SUPERVISOR.callsByCaller(CALLER), calls -> calls.size() >= 2
                    && calls.stream().allMatch(c -> !Api.isNull(c.asJsonObject(), "endedAt")), WAIT)
                    .getJsonObject(0);
            long callId = first.getJsonNumber("id").longValue();

            JsonObject wrapUp = Api.object(AGENT.get("/api/calls/" + callId + "/wrap-up"));
            HttpResponse<String> tooLong = AGENT.put("/api/calls/" + callId + "/wrap-up", "version="
                    + wrapUp.getJsonNumber("version") + "&disposition=" + "d".repeat(40));
            assertEquals(400, tooLong.statusCode(), tooLong.body());
            assertTrue(tooLong.body().contains("at most 32 characters"), tooLong.body());

            String byCaller = "/api/calls?caller=" + CALLER.replace("+", "%2B");
            assertEquals(1, SUPERVISOR.getArray(byCaller + "&limit=1").size());
            assertEquals(callId, SUPERVISOR.getArray(byCaller + "&limit=1").getJsonObject(0)
                    .getJsonNumber("id").longValue());
            JsonObject second = SUPERVISOR.getArray(byCaller + "&limit=1&offset=1").getJsonObject(0);
            assertTrue(second.getJsonNumber("id").longValue() != callId, "the next page has the next call");
            for (String nonsense : new String[] {"&limit=0", "&offset=-1"}) {
                HttpResponse<String> refused = SUPERVISOR.get(byCaller + nonsense);
                assertEquals(400, refused.statusCode(), nonsense + ": " + refused.body());
                assertTrue(refused.body().contains("must be"), refused.body());
            }
            assertTrue(SUPERVISOR.getArray("/api/calls?limit=100000").size() <= 500, "never more than 500 rows");
        } finally {
            AGENT.post("/api/agents/me/sign-out", "");
        }
    }

    @Test
    void aTemplatePastItsSizeIsRefusedWithTheLimit() {
        int current = ADMIN.getObject("/api/templates?group=remote").getInt("current");
        String panel = "{\"kind\":\"custom\",\"title\":{\"texts\":{\"en\":\"P\"}},\"fields\":[{\"key\":\"custom.f%d\","
                + "\"component\":\"TEXT\",\"editable\":false,\"labels\":{\"texts\":{\"en\":\"F\"}}}]}";
        String manyPanels = IntStream.range(0, 21).mapToObj(panel::formatted)
                .collect(Collectors.joining(",", "{\"panels\":[", "],\"variables\":{}}"));
        HttpResponse<String> tooMany = ADMIN.putJson("/api/templates?group=remote&basedOn=" + current, manyPanels);
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("21 panels, at most 20"), tooMany.body());

        String huge = "{\"panels\":[],\"variables\":{\"greeting.text\":\"" + "x".repeat(70_000) + "\"}}";
        HttpResponse<String> tooBig = ADMIN.putJson("/api/templates?group=remote&basedOn=" + current, huge);
        assertEquals(400, tooBig.statusCode(), () -> head(tooBig.body()));
        assertTrue(tooBig.body().contains("65536 bytes"), () -> head(tooBig.body()));
        assertEquals(current, ADMIN.getObject("/api/templates?group=remote").getInt("current"), "nothing saved");
    }

    private static String head(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
