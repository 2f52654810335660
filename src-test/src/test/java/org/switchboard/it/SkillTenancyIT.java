package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.switchboard.pbxsim.InboundCall;
import org.switchboard.pbxsim.PbxSimulator;
import org.switchboard.pbxsim.RecordedAction;

/**
 * Tenants never meet in a queue (issue 10). Tenant 1 (agent1: skills support, sales; admin1) and tenant 2 (Acme
 * Travel: agent4: skill travel, queue "travel"; admin2) each give their agent a skill named like the other
 * tenant's queue skill, and both get a skill "english": the agents still land only in their own tenant's queues,
 * as the PBX's QueueAdd actions and each agent's calls show. Administrators see and create only their tenant's
 * skills and queues.
 */
@ExtendWith(ArquillianExtension.class)
class SkillTenancyIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Api ADMIN1 = Api.as("admin1");
    private static final Api ADMIN2 = Api.as("admin2");
    private static final Api AGENT1 = Api.as("agent1");
    private static final Api AGENT4 = Api.as("agent4");
    private static final String AGENT1_IFACE = "Local/1101@agents/n";
    private static final String AGENT4_IFACE = "Local/1104@agents/n";

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
    void cleanUp() {
        AGENT1.post("/api/agents/me/sign-out", "");
        AGENT4.post("/api/agents/me/sign-out", "");
        ADMIN1.put("/api/skills/agents/agent1/travel", "proficiency=0");
        ADMIN1.put("/api/skills/agents/agent1/english", "proficiency=0");
        ADMIN2.put("/api/skills/agents/agent4/support", "proficiency=0");
        ADMIN2.put("/api/skills/agents/agent4/sales", "proficiency=0");
        ADMIN2.put("/api/skills/agents/agent4/english", "proficiency=0");
        ADMIN2.delete("/api/skills/queues/acme-vip");
    }

    private static PbxSimulator pbx() {
        return TestPbx.get();
    }

    @Test
    void twoTenantsWithTheSameSkillNamesEachAgentOnlyInTheirOwnQueues() {
        // Tenant 1's agent gets a skill named like Acme's queue skill; Acme's agent skills named like tenant 1's.
        changes(ADMIN1.put("/api/skills/agents/agent1/travel", "proficiency=5"));
        changes(ADMIN1.put("/api/skills/agents/agent1/english", "proficiency=2"));
        changes(ADMIN2.put("/api/skills/agents/agent4/support", "proficiency=5"));
        changes(ADMIN2.put("/api/skills/agents/agent4/english", "proficiency=3"));

        JsonObject seen1 = ADMIN1.getObject("/api/skills");
        JsonObject seen2 = ADMIN2.getObject("/api/skills");
        assertEquals(Set.of("sales", "support"), seen1.getJsonObject("queues").keySet());
        assertEquals(Set.of("travel"), seen2.getJsonObject("queues").keySet());
        assertEquals(List.of("english", "support", "travel"), strings(seen2.getJsonArray("skills")));
        assertTrue(strings(seen1.getJsonArray("skills")).containsAll(List.of("english", "travel", "support")));
        assertFalse(seen1.getJsonObject("agents").containsKey("agent4"));
        assertEquals(Set.of("english", "support", "travel"),
                seen2.getJsonObject("agents").getJsonObject("agent4").keySet());

        pbx().clearActions();
        AGENT1.postObject("/api/agents/me/sign-in", "phone=1101");
        AGENT4.postObject("/api/agents/me/sign-in", "phone=1104");
        assertEquals(Set.of("sales", "support"), queuesAdded(AGENT1_IFACE));
        assertEquals(Set.of("travel"), queuesAdded(AGENT4_IFACE));

        // The realignment after a skill change stays in the tenant too: Acme's "sales" is not tenant 1's queue.
        JsonObject none = changes(ADMIN2.put("/api/skills/agents/agent4/sales", "proficiency=5"));
        assertEquals(0, none.getJsonArray("membershipChanges").size(), none.toString());
        none = changes(ADMIN1.put("/api/skills/agents/agent1/travel", "proficiency=4"));
        assertEquals(0, none.getJsonArray("membershipChanges").size(), none.toString());
        assertEquals(Set.of("sales", "support"), queuesAdded(AGENT1_IFACE));
        assertEquals(Set.of("travel"), queuesAdded(AGENT4_IFACE));

        AGENT1.postObject("/api/agents/me/ready", "");
        AGENT4.postObject("/api/agents/me/ready", "");
        String travelCall = answered("travel", "+4940555000102");
        String supportCall = answered("support", "+4930123456031");
        Api.await(() -> linkedIds(AGENT4), ids -> ids.contains(travelCall), WAIT);
        Api.await(() -> linkedIds(AGENT1), ids -> ids.contains(supportCall), WAIT);
        assertFalse(linkedIds(AGENT1).contains(travelCall), "Acme's caller reached tenant 1's agent");
        assertFalse(linkedIds(AGENT4).contains(supportCall), "tenant 1's caller reached Acme's agent");
    }

    @Test
    void aPhoneInUseIsNotAttributedToAnotherTenant() {
        AGENT1.postObject("/api/agents/me/sign-in", "phone=1101");

        HttpResponse<String> otherTenant = AGENT4.post("/api/agents/me/sign-in", "phone=1101");
        assertEquals(409, otherTenant.statusCode());
        assertTrue(otherTenant.body().contains("already in use"), otherTenant.body());
        assertFalse(otherTenant.body().contains("Anna") || otherTenant.body().contains("agent1"),
                otherTenant.body());

        HttpResponse<String> colleague = Api.as("agent2").post("/api/agents/me/sign-in", "phone=1101");
        assertEquals(409, colleague.statusCode());
        assertTrue(colleague.body().contains("Anna Schmidt"), "a colleague may know: " + colleague.body());
    }

    @Test
    void anAdministratorCreatesQueuesInTheirOwnTenantOnly() {
        // Through the console: "Add queue" on admin/skills.xhtml.
        try (Browser browser = new Browser()) {
            try {
                browser.logIn("/admin/skills.xhtml", "admin2");
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("skills:newQueue")))
                        .sendKeys("acme-vip");
                browser.driver.findElement(By.id("skills:addQueue")).click();
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("span[data-queue='acme-vip']")));
                browser.screenshot("skill-tenancy-01-queue-added");
            } catch (RuntimeException | Error e) {
                browser.evidence("skill-tenancy-add-queue");
                throw e;
            }
        }
        assertEquals(Set.of("acme-vip", "travel"), ADMIN2.getObject("/api/skills").getJsonObject("queues").keySet());
        assertFalse(ADMIN1.getObject("/api/skills").getJsonObject("queues").containsKey("acme-vip"));

        // The name is the PBX's, so tenant 1 cannot have it too, and is not told whose it is.
        HttpResponse<String> taken = ADMIN1.put("/api/skills/queues/acme-vip/support", "minimum=1");
        assertEquals(400, taken.statusCode());
        assertTrue(taken.body().contains("cannot be used"), taken.body());
        assertFalse(taken.body().contains("Acme") || taken.body().contains("admin2"), taken.body());
        // Nor change another tenant's queue, nor delete it.
        assertEquals(404, ADMIN1.delete("/api/skills/queues/travel").statusCode());
        assertEquals(Set.of("travel", "acme-vip"), ADMIN2.getObject("/api/skills").getJsonObject("queues").keySet());

        // Through the API the same: a new queue is the administrator's tenant's.
        changes(ADMIN2.put("/api/skills/queues/acme-vip/travel", "minimum=5"));
        assertEquals(5, ADMIN2.getObject("/api/skills").getJsonObject("queues").getJsonObject("acme-vip")
                .getInt("travel"));
        changes(ADMIN2.delete("/api/skills/queues/acme-vip"));
        assertEquals(Set.of("travel"), ADMIN2.getObject("/api/skills").getJsonObject("queues").keySet());
    }

    @Test
    void aMissingLevelIsRefusedNotTakenAsNone() {
        HttpResponse<String> noProficiency = ADMIN1.put("/api/skills/agents/agent1/support", "");
        assertEquals(400, noProficiency.statusCode(), noProficiency.body());
        assertTrue(noProficiency.body().contains("proficiency"), noProficiency.body());
        assertEquals(5, ADMIN1.getObject("/api/skills").getJsonObject("agents").getJsonObject("agent1")
                .getInt("support"), "the skill is still there");
        HttpResponse<String> noMinimum = ADMIN1.put("/api/skills/queues/support/support", "");
        assertEquals(400, noMinimum.statusCode(), noMinimum.body());
        assertTrue(noMinimum.body().contains("minimum"), noMinimum.body());
        assertEquals(400, ADMIN1.put("/api/skills/agents/agent1/support", "proficiency=five").statusCode());
        assertEquals(400, ADMIN1.put("/api/skills/agents/agent1/support", "proficiency=9").statusCode());
        assertEquals(1, ADMIN1.getObject("/api/skills").getJsonObject("queues").getJsonObject("support")
                .getInt("support"), "the requirement is still there");
        assertEquals(400, AGENT1.post("/api/pop/pick", "contactId=1").statusCode());
        String template = ADMIN1.getObject("/api/templates").getJsonObject("template").toString();
        HttpResponse<String> noBase = ADMIN1.putJson("/api/templates", template);
        assertEquals(400, noBase.statusCode(), noBase.body());
        assertTrue(noBase.body().contains("basedOn"), noBase.body());
    }

    /** Queues the simulator was asked to add this interface to since the last clearActions. */
    private static Set<String> queuesAdded(String memberInterface) {
        Set<String> queues = new TreeSet<>();
        for (RecordedAction a : pbx().actions()) {
            if (a.name().equalsIgnoreCase("QueueAdd") && memberInterface.equals(a.get("Interface"))) {
                queues.add(a.get("Queue"));
            }
        }
        return queues;
    }

    private static String answered(String queue, String caller) {
        InboundCall call = pbx().inboundCall(queue, caller, "Tenant Test");
        call.awaitConnected(WAIT);
        call.customerHangsUp();
        call.awaitEnded(WAIT);
        return call.linkedid();
    }

    private static List<String> linkedIds(Api agent) {
        return agent.getArray("/api/calls/mine").stream().map(JsonValue::asJsonObject)
                .map(c -> c.getString("linkedId")).toList();
    }

    private static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static JsonObject changes(HttpResponse<String> response) {
        return Api.object(response);
    }
}
