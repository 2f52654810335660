package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.pbxsim.InboundCall;

/**
 * Supervisors see and correct the calls and wrap-ups of their own groups only (issue 10). In tenant 1,
 * supervisor3 looks after the group "remote" (agent3) and not "first-line" (agent1); supervisor1 after both.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisorScopeIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Api AGENT1 = Api.as("agent1");
    private static final Api AGENT3 = Api.as("agent3");
    private static final Api REMOTE_SUPERVISOR = Api.as("supervisor3");
    private static final Api SUPERVISOR = Api.as("supervisor1");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    @BeforeAll
    static void connectorIsUp() {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
    }

    @AfterEach
    void signOut() {
        AGENT1.post("/api/agents/me/sign-out", "");
        AGENT3.post("/api/agents/me/sign-out", "");
    }

    @Test
    void aSupervisorOfOneGroupGets404ForAnotherGroupsCallAndWrapUp() {
        AGENT1.postObject("/api/agents/me/sign-in", "phone=1101");
        AGENT1.postObject("/api/agents/me/ready", "");
        JsonObject first = answeredBy(AGENT1, "+4930123456041");
        long id = first.getJsonNumber("id").longValue();
        String linkedId = first.getString("linkedId");

        assertEquals(404, REMOTE_SUPERVISOR.get("/api/calls/" + id).statusCode());
        assertEquals(404, REMOTE_SUPERVISOR.get("/api/calls/" + id + "/wrap-up").statusCode());
        assertEquals(404, REMOTE_SUPERVISOR.put("/api/calls/" + id + "/wrap-up", "version=0&notes=mine%20now")
                .statusCode());
        assertEquals(404, REMOTE_SUPERVISOR.post("/api/calls/" + id + "/wrap-up/finish",
                "version=0&disposition=resolved").statusCode());
        assertTrue(REMOTE_SUPERVISOR.callsByLinkedId(linkedId).isEmpty());
        assertTrue(REMOTE_SUPERVISOR.callsByCaller("+4930123456041").isEmpty());
        assertFalse(ids(REMOTE_SUPERVISOR.getArray("/api/calls?limit=500")).contains(id));
        // The supervisor of both groups sees it, and the agent's wrap-up is untouched.
        assertEquals(200, SUPERVISOR.get("/api/calls/" + id).statusCode());
        assertEquals(1, SUPERVISOR.callsByLinkedId(linkedId).size());
        JsonObject wrapUp = SUPERVISOR.getObject("/api/calls/" + id + "/wrap-up");
        assertTrue(Api.isNull(wrapUp, "notes") || wrapUp.getString("notes").isEmpty(), wrapUp.toString());
        AGENT1.post("/api/agents/me/sign-out", "");

        // Their own group's call: seen and corrected.
        AGENT3.postObject("/api/agents/me/sign-in", "phone=1103");
        AGENT3.postObject("/api/agents/me/ready", "");
        JsonObject own = answeredBy(AGENT3, "+4930123456042");
        long ownId = own.getJsonNumber("id").longValue();
        assertEquals(200, REMOTE_SUPERVISOR.get("/api/calls/" + ownId).statusCode());
        assertEquals(1, REMOTE_SUPERVISOR.callsByLinkedId(own.getString("linkedId")).size());
        JsonObject draft = REMOTE_SUPERVISOR.getObject("/api/calls/" + ownId + "/wrap-up");
        assertEquals(200, REMOTE_SUPERVISOR.put("/api/calls/" + ownId + "/wrap-up",
                "version=" + draft.getJsonNumber("version").longValue() + "&notes=checked").statusCode());
    }

    /** A support call the agent answers, once its record is complete in the agent's own list. */
    private static JsonObject answeredBy(Api agent, String caller) {
        InboundCall call = TestPbx.get().inboundCall("support", caller, "Scope Test");
        call.awaitConnected(WAIT);
        call.customerHangsUp();
        call.awaitEnded(WAIT);
        return Api.await(() -> agent.getArray("/api/calls/mine").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("linkedId").equals(call.linkedid()) && !Api.isNull(c, "endedAt"))
                .findFirst(), Optional::isPresent, WAIT).orElseThrow();
    }

    private static java.util.List<Long> ids(jakarta.json.JsonArray calls) {
        return calls.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}
