package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.switchboard.pbxsim.RecordedAction;

/**
 * The tenants' dialling policies (issue 10), demo: both tenants call DE, AT, CH only and never premium-rate or
 * shared-cost numbers. An agent's external phone at sign-in and every click-to-dial number pass it; extensions
 * do not. Acme Travel (tenant 2) turns on the approval of agents' external phones.
 */
@ExtendWith(ArquillianExtension.class)
class DiallingPolicyIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Api AGENT = Api.as("agent3");
    private static final Api ACME_AGENT = Api.as("agent4");
    private static final Api ACME_ADMIN = Api.as("admin2");
    private static final String PREMIUM_RATE = "%2B499001234567"; // +49 900 1 234567
    private static final String MOBILE = "+4915102000003";
    private static final String ACME_MOBILE = "+4915102000044";
    private static final String DEMO_POLICY = "allowedCountries=AT,CH,DE&blockedTypes=PREMIUM_RATE,SHARED_COST";

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
    void restore() {
        AGENT.post("/api/agents/me/sign-out", "");
        ACME_AGENT.post("/api/agents/me/sign-out", "");
        ACME_ADMIN.put("/api/dialling/policy", DEMO_POLICY + "&approveExternalPhones=false");
        ACME_ADMIN.delete("/api/dialling/approved-phones/agent4/" + ACME_MOBILE.replace("+", "%2B"));
    }

    @Test
    void aPremiumRateNumberIsRefusedForSignInAndForClickToDialADomesticMobileIsNot() {
        HttpResponse<String> premiumPhone = AGENT.post("/api/agents/me/sign-in", "phone=" + PREMIUM_RATE);
        assertEquals(409, premiumPhone.statusCode(), premiumPhone.body());
        assertTrue(premiumPhone.body().contains("premium-rate numbers are blocked"), premiumPhone.body());
        HttpResponse<String> foreignPhone = AGENT.post("/api/agents/me/sign-in", "phone=%2B12025550123");
        assertEquals(409, foreignPhone.statusCode(), foreignPhone.body());
        assertTrue(foreignPhone.body().contains("allowed countries: AT, CH, DE"), foreignPhone.body());
        assertEquals("OFFLINE", AGENT.getObject("/api/agents/me").getString("state"));

        JsonObject me = AGENT.postObject("/api/agents/me/sign-in", "phone=" + MOBILE.replace("+", "%2B"));
        assertEquals(MOBILE, me.getString("phone"));

        TestPbx.get().clearActions();
        HttpResponse<String> premiumDial = AGENT.post("/api/agents/me/dial", "number=" + PREMIUM_RATE);
        assertEquals(409, premiumDial.statusCode(), premiumDial.body());
        assertTrue(premiumDial.body().contains("Dialling policy: +499001234567 is a premium-rate number"),
                premiumDial.body());
        HttpResponse<String> sharedCost = AGENT.post("/api/agents/me/dial", "number=0180%202%20123456");
        assertEquals(409, sharedCost.statusCode(), sharedCost.body());
        assertTrue(sharedCost.body().contains("shared-cost"), sharedCost.body());
        HttpResponse<String> foreign = AGENT.post("/api/agents/me/dial", "number=%2B12025550123");
        assertEquals(409, foreign.statusCode(), foreign.body());
        assertTrue(foreign.body().contains("allowed countries"), foreign.body());
        assertTrue(TestPbx.get().actions().stream().noneMatch(a -> is(a, "Originate")), "nothing was dialled");

        JsonObject dial = AGENT.postObject("/api/agents/me/dial", "number=0151%2012345678");
        RecordedAction originate = TestPbx.get().awaitAction(a -> is(a, "Originate") && a.get("ActionID") != null
                && a.get("ActionID").endsWith(dial.getString("actionId")), WAIT);
        assertEquals("+4915112345678", originate.get("Exten"));
        // The call is ended before the agent signs out, so no later test meets its phone still in use.
        Api.await(() -> TestPbx.get().channels(), c -> c.stream().anyMatch(n -> n.contains(MOBILE)), WAIT);
        TestPbx.get().hangupChannel("Local/" + MOBILE + "@switchboard-remote");
        Api.await(() -> TestPbx.get().channels(), c -> c.stream().noneMatch(n -> n.contains(MOBILE)), WAIT);
        Api.await(() -> AGENT.getObject("/api/agents/me").getString("state"), s -> !s.equals("ON_CALL"), WAIT);
    }

    @Test
    void extensionsAreNotExternalNumbers() {
        // Even with every country but one shut and approval on, an extension signs in.
        Api.object(ACME_ADMIN.put("/api/dialling/policy",
                "allowedCountries=LI&blockedTypes=PREMIUM_RATE&approveExternalPhones=true"));
        assertEquals("EXTENSION", ACME_AGENT.postObject("/api/agents/me/sign-in", "phone=1104")
                .getString("phoneKind"));
    }

    @Test
    void anExternalPhoneAwaitsAnAdministratorsApprovalWhenTheTenantAsksForIt() {
        JsonObject policy = Api.object(ACME_ADMIN.put("/api/dialling/policy",
                DEMO_POLICY + "&approveExternalPhones=true"));
        assertTrue(policy.getBoolean("approveExternalPhones"));
        String phone = "phone=" + ACME_MOBILE.replace("+", "%2B");

        HttpResponse<String> waiting = ACME_AGENT.post("/api/agents/me/sign-in", phone);
        assertEquals(409, waiting.statusCode(), waiting.body());
        assertTrue(waiting.body().contains("awaits approval by an administrator"), waiting.body());
        // Another tenant's administrator cannot approve it; tenant 1 is not asked for approval.
        String approval = "/api/dialling/approved-phones/agent4/" + ACME_MOBILE.replace("+", "%2B");
        assertEquals(404, Api.as("admin1").put(approval, "").statusCode());
        assertFalse(Api.as("admin1").getObject("/api/dialling/policy").getBoolean("approveExternalPhones"));
        assertEquals(403, ACME_AGENT.put(approval, "").statusCode());

        JsonObject approved = Api.object(ACME_ADMIN.put(approval, ""));
        assertEquals(ACME_MOBILE, approved.getString("number"));
        assertEquals("admin2", approved.getString("approvedBy"));
        assertEquals(1, ACME_ADMIN.getObject("/api/dialling/approved-phones").getJsonArray("approvedPhones").size());
        assertEquals(0, Api.as("admin1").getObject("/api/dialling/approved-phones").getJsonArray("approvedPhones")
                .size());
        assertEquals(ACME_MOBILE, ACME_AGENT.postObject("/api/agents/me/sign-in", phone).getString("phone"));
        ACME_AGENT.post("/api/agents/me/sign-out", "");

        assertEquals(204, ACME_ADMIN.delete(approval).statusCode());
        assertEquals(409, ACME_AGENT.post("/api/agents/me/sign-in", phone).statusCode());
    }

    @Test
    void aPolicyIsGivenWholeAndWithKnownNames() {
        HttpResponse<String> missing = ACME_ADMIN.put("/api/dialling/policy", DEMO_POLICY);
        assertEquals(400, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("approveExternalPhones"), missing.body());
        HttpResponse<String> country = ACME_ADMIN.put("/api/dialling/policy",
                "allowedCountries=Germany&blockedTypes=&approveExternalPhones=false");
        assertEquals(400, country.statusCode(), country.body());
        assertTrue(country.body().contains("Not a country code: GERMANY"), country.body());
        HttpResponse<String> type = ACME_ADMIN.put("/api/dialling/policy",
                "allowedCountries=DE&blockedTypes=EXPENSIVE&approveExternalPhones=false");
        assertEquals(400, type.statusCode(), type.body());
        assertTrue(type.body().contains("Not a number type: EXPENSIVE"), type.body());
        assertEquals(403, AGENT.get("/api/dialling/policy").statusCode());
    }

    /** The section on admin/skills.xhtml: the policy saved from the console, an approval given and withdrawn. */
    @Test
    void anAdministratorSetsThePolicyAndApprovesAPhoneInTheConsole() {
        try (Browser browser = new Browser()) {
            try {
                browser.logIn("/admin/skills.xhtml", "admin2");
                WebElement countries = browser.wait.until(
                        ExpectedConditions.visibilityOfElementLocated(By.id("dialling:countries")));
                countries.clear();
                countries.sendKeys("de, at");
                browser.driver.findElement(By.id("dialling:savePolicy")).click();
                Api.await(() -> ACME_ADMIN.getObject("/api/dialling/policy"),
                        p -> p.getJsonArray("allowedCountries").toString().equals("[\"AT\",\"DE\"]"), WAIT);
                JsonObject policy = ACME_ADMIN.getObject("/api/dialling/policy");
                assertEquals("[\"PREMIUM_RATE\",\"SHARED_COST\"]", policy.getJsonArray("blockedTypes").toString(),
                        "the checked types were kept");

                browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("dialling:approveNumber")))
                        .sendKeys("0151 02000044");
                browser.driver.findElement(By.id("dialling:approvePhone")).click();
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dialling:approvals"),
                        ACME_MOBILE));
                browser.screenshot("dialling-01-policy-and-approval");
                browser.driver.findElement(By.cssSelector("[id$='revoke']")).click();
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dialling:approvals"),
                        "No phones approved."));
            } catch (RuntimeException | Error e) {
                browser.evidence("dialling-console");
                throw e;
            }
        }
    }

    private static boolean is(RecordedAction action, String name) {
        return action.name().equalsIgnoreCase(name);
    }
}
