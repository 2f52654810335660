package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.pbxsim.InboundCall;

/**
 * Two tenants on one installation (demo data: tenant 1 with agent1..3, supervisor1, admin1; tenant 2 "Acme
 * Travel" with agent4, supervisor2, admin2 and the queue "travel"). Each asks for the other's records by URL
 * and gets 404, as if they did not exist; lists and lookups never include them. Contact 1 (tenant 1) and
 * contact 101 (tenant 2) share the number +49 30 123456789.
 */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {

    private static final String SHARED_NUMBER = "+4930123456789";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    @Test
    void lookupByNumberFindsOnlyTheOwnTenantsContact() {
        List<Long> forAgent1 = contactIds(Api.as("agent1").getArray("/api/contacts?number=030%20123456789"));
        List<Long> forAgent4 = contactIds(Api.as("agent4").getArray("/api/contacts?number=%2B4930123456789"));
        assertEquals(List.of(1L), forAgent1);
        assertEquals(List.of(101L), forAgent4);
    }

    @Test
    void anotherTenantsCaseIsNotFound() {
        assertEquals(200, Api.as("agent4").get("/api/cases/CS-900001").statusCode());
        assertEquals(404, Api.as("agent1").get("/api/cases/CS-900001").statusCode());
        assertEquals(404, Api.as("supervisor1").get("/api/cases/CS-900001").statusCode());
        String mine = Api.as("agent1").postObject("/api/cases", "subject=Tenant%20one%20only&accountId=1")
                .getString("number");
        assertEquals(404, Api.as("agent4").get("/api/cases/" + mine).statusCode());
        assertEquals(404, Api.as("agent4").put("/api/cases/" + mine, "version=0&subject=taken").statusCode());
        assertTrue(Api.as("agent4").getArray("/api/cases?accountId=1").isEmpty(), "tenant 1's account");
        // Opening a case on another tenant's account is refused, not silently linked.
        assertEquals(400, Api.as("agent4").post("/api/cases", "subject=Sneaky&accountId=1").statusCode());
    }

    @Test
    void supervisorsAndAdministratorsSeeOnlyTheirTenantsAgents() {
        List<String> seenBySupervisor2 = usernames(Api.as("supervisor2").getArray("/api/agents"));
        assertEquals(List.of("agent4"), seenBySupervisor2);
        List<String> seenByAdmin2 = usernames(Api.as("admin2").getArray("/api/agents"));
        assertEquals(List.of("agent4"), seenByAdmin2);
        assertTrue(usernames(Api.as("admin1").getArray("/api/agents")).containsAll(List.of("agent1", "agent3")));
        assertTrue(!usernames(Api.as("admin1").getArray("/api/agents")).contains("agent4"));
        assertEquals(404, Api.as("admin2").post("/api/agents/agent1/sign-out", "").statusCode());
        assertEquals(404, Api.as("supervisor2").post("/api/agents/agent1/not-ready", "reason=break").statusCode());

        JsonObject skills = Api.as("admin2").getObject("/api/skills");
        assertEquals(List.of("agent4"), List.copyOf(skills.getJsonObject("agents").keySet()));
        assertEquals(List.of("travel"), List.copyOf(skills.getJsonObject("queues").keySet()));
        assertEquals(404, Api.as("admin2").put("/api/skills/agents/agent1/support", "proficiency=1").statusCode());
        assertEquals(400, Api.as("admin2").put("/api/skills/queues/support/travel", "minimum=1").statusCode());
    }

    @Test
    void aCallToTheTravelQueueBelongsToTenantTwo() {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
        Api agent4 = Api.as("agent4");
        agent4.post("/api/agents/me/sign-out", "");
        agent4.postObject("/api/agents/me/sign-in", "phone=1104");
        agent4.postObject("/api/agents/me/ready", "");
        try {
            InboundCall call = TestPbx.get().inboundCall("travel", SHARED_NUMBER, "Max");
            call.awaitConnected(WAIT);
            call.customerHangsUp();
            call.awaitEnded(WAIT);
            JsonObject record = Api.await(() -> agent4.getArray("/api/calls/mine").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("linkedId").equals(call.linkedid()) && !Api.isNull(c, "endedAt"))
                    .findFirst(), Optional::isPresent, WAIT).orElseThrow();
            long id = record.getJsonNumber("id").longValue();
            // The caller is linked to tenant 2's contact with that number, not to tenant 1's.
            assertEquals(101L, record.getJsonNumber("contactId").longValue(), record.toString());

            assertEquals(1, Api.as("supervisor2").callsByLinkedId(call.linkedid()).size());
            assertTrue(Api.as("supervisor1").callsByLinkedId(call.linkedid()).isEmpty());
            assertEquals(404, Api.as("supervisor1").get("/api/calls/" + id).statusCode());
            assertEquals(404, Api.as("supervisor1").get("/api/calls/" + id + "/wrap-up").statusCode());
            assertEquals(200, Api.as("supervisor2").get("/api/calls/" + id + "/wrap-up").statusCode());
            assertEquals(200, agent4.get("/api/calls/" + id + "/wrap-up").statusCode());
            // Tenant 2's dispositions are its own list: tenant 1's codes are refused, its own are taken.
            List<String> codes = agent4.getArray("/api/cases/dispositions").stream()
                    .map(v -> v.asJsonObject().getString("code")).toList();
            assertEquals(List.of("booked", "rebooked", "info-only"), codes);
            assertEquals(400, agent4.post("/api/calls/" + id + "/wrap-up/finish", "version=0&disposition=resolved")
                    .statusCode());
            JsonObject done = agent4.postObject("/api/calls/" + id + "/wrap-up/finish",
                    "version=0&disposition=booked&caseNumber=CS-900001");
            assertEquals("DONE", done.getString("state"));
            assertEquals("CS-900001", done.getString("caseNumber"));
        } finally {
            agent4.post("/api/agents/me/sign-out", "");
        }
    }

    private static List<Long> contactIds(jakarta.json.JsonArray matches) {
        return matches.stream().map(v -> v.asJsonObject().getJsonNumber("contactId").longValue()).toList();
    }

    private static List<String> usernames(jakarta.json.JsonArray agents) {
        return agents.stream().map(v -> v.asJsonObject().getString("username")).sorted().toList();
    }
}
