package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.pbxsim.InboundCall;

/** A call's wrap-up through the API: drafts kept, a disposition required to finish, then fixed; others kept out. */
@ExtendWith(ArquillianExtension.class)
class WrapUpIT {

    private static final Api AGENT = Api.as("agent2");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    @Test
    void draftThenFinishWithADispositionAndACaseLink() {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
        AGENT.post("/api/agents/me/sign-out", "");
        AGENT.postObject("/api/agents/me/sign-in", "phone=1102");
        AGENT.postObject("/api/agents/me/ready", "");
        try {
            InboundCall call = TestPbx.get().inboundCall("sales", "+4930123456004", "Tim Kraus");
            call.awaitConnected(WAIT);
            call.customerHangsUp();
            call.awaitEnded(WAIT);
            long callId = Api.await(() -> AGENT.getArray("/api/calls/mine").stream().map(v -> v.asJsonObject())
                    .filter(c -> c.getString("linkedId").equals(call.linkedid()) && !Api.isNull(c, "endedAt"))
                    .findFirst(), java.util.Optional::isPresent, WAIT).orElseThrow().getJsonNumber("id").longValue();
            String caseNumber = AGENT.postObject("/api/cases", "subject=Invoice%20question&accountId=1")
                    .getString("number");

            JsonObject empty = read(AGENT.get("/api/calls/" + callId + "/wrap-up"));
            assertEquals("NONE", empty.getString("state"));
            JsonObject draft = read(AGENT.put("/api/calls/" + callId + "/wrap-up", "version="
                    + empty.getJsonNumber("version") + "&notes=Asked%20about%20%3Cb%3Einvoice%3C%2Fb%3E"));
            assertEquals("DRAFT", draft.getString("state"));
            assertEquals("Asked about <b>invoice</b>", read(AGENT.get("/api/calls/" + callId + "/wrap-up"))
                    .getString("notes"), "a draft is kept");

            long version = draft.getJsonNumber("version").longValue();
            HttpResponse<String> noDisposition = AGENT.post("/api/calls/" + callId + "/wrap-up/finish",
                    "version=" + version + "&notes=x");
            assertEquals(400, noDisposition.statusCode());
            assertTrue(noDisposition.body().contains("disposition"), noDisposition.body());
            HttpResponse<String> stale = AGENT.put("/api/calls/" + callId + "/wrap-up", "version=0&notes=old");
            assertEquals(409, stale.statusCode());

            JsonObject done = readPost(AGENT.post("/api/calls/" + callId + "/wrap-up/finish", "version=" + version
                    + "&notes=Solved&disposition=resolved&caseNumber=" + caseNumber));
            assertEquals("DONE", done.getString("state"));
            assertEquals("resolved", done.getString("disposition"));
            assertEquals(caseNumber, done.getString("caseNumber"));
            assertFalse(done.isNull("wrappedUpAt"));
            assertEquals(409, AGENT.put("/api/calls/" + callId + "/wrap-up", "version="
                    + done.getJsonNumber("version") + "&notes=later").statusCode(), "finished: agents can't");
            assertEquals(404, Api.as("agent1").get("/api/calls/" + callId + "/wrap-up").statusCode());
        } finally {
            AGENT.post("/api/agents/me/sign-out", "");
        }
    }

    private static JsonObject readPost(HttpResponse<String> response) {
        return read(response);
    }

    private static JsonObject read(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + ": " + response.body());
        }
        try (var reader = jakarta.json.Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
