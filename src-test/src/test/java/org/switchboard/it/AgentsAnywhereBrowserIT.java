package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.switchboard.pbxsim.InboundCall;

/**
 * A remote agent's shift in headless Chromium: sign in with a mobile number, go ready, take a call that the PBX
 * bridges to the mobile, wrap up (the group's 3 s), go not ready for lunch; the supervisor sees it and signs the
 * agent out. Screenshots in target/screenshots/agents-anywhere-*.png.
 */
@ExtendWith(ArquillianExtension.class)
class AgentsAnywhereBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    @AfterAll
    static void signOut() {
        Api.as("agent3").post("/api/agents/me/sign-out", "");
    }

    @Test
    void remoteAgentWorksFromTheirMobile() {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
        Api.as("agent3").post("/api/agents/me/sign-out", "");
        try (Browser agent = new Browser()) {
            InboundCall call = null;
            try {
                agent.logIn("/agent/desk.xhtml", "agent3");
                agent.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:phone")))
                        .sendKeys("0151 0200 0003");
                agent.driver.findElement(By.id("desk:signIn")).click();
                agent.wait.until(ExpectedConditions.textToBe(By.id("myPhone"), "+4915102000003"));
                agent.screenshot("agents-anywhere-01-signed-in");
                agent.driver.findElement(By.id("desk:ready")).click();
                agent.wait.until(ExpectedConditions.textToBe(By.id("myState"), "READY"));

                call = TestPbx.get().inboundCall("support", "+4930123456009", "Paul Schulz");
                call.awaitConnected(WAIT);
                agent.wait.until(ExpectedConditions.textToBe(By.id("myState"), "ON_CALL"));
                agent.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("popForm:popCard"),
                        "Paul Schulz"));
                agent.screenshot("agents-anywhere-02-on-call");

                call.customerHangsUp();
                agent.wait.until(ExpectedConditions.textToBe(By.id("myState"), "WRAP_UP"));
                agent.screenshot("agents-anywhere-03-wrap-up");
                agent.wait.until(ExpectedConditions.textToBe(By.id("myState"), "READY")); // after the 3 s

                ((JavascriptExecutor) agent.driver).executeScript("PF('reasonMenu').selectValue('Lunch')");
                agent.driver.findElement(By.id("desk:notReady")).click();
                agent.wait.until(ExpectedConditions.textToBe(By.id("myState"), "NOT_READY"));
                agent.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("desk:myReason"), "Lunch"));
                agent.screenshot("agents-anywhere-04-not-ready-lunch");
            } catch (RuntimeException | Error e) {
                agent.evidence("agents-anywhere-agent");
                throw e;
            } finally {
                if (call != null && !call.isEnded()) {
                    call.customerHangsUp(); // no call left ringing into the next test
                }
            }

            try (Browser supervisor = new Browser()) {
                try {
                    supervisor.logIn("/supervisor/calls.xhtml", "supervisor1");
                    supervisor.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("supervisor:agents"), "Carla Wolf"));
                    String table = supervisor.driver.findElement(By.id("supervisor:agents")).getText();
                    assertTrue(table.contains("NOT_READY") && table.contains("Lunch"), table);
                    supervisor.screenshot("agents-anywhere-05-supervisor");
                    supervisor.driver.findElement(By.xpath(
                            "//tr[contains(., 'Carla Wolf')]//button[contains(@id, 'signOutAgent')]")).click();
                    // the agent's own desk hears of it through the push channel
                    agent.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:phone")));
                    agent.screenshot("agents-anywhere-06-signed-out-by-supervisor");
                } catch (RuntimeException | Error e) {
                    supervisor.evidence("agents-anywhere-supervisor");
                    agent.evidence("agents-anywhere-agent-end");
                    throw e;
                }
            }
        }
    }

    /** Group "remote" has a 30 s grace period: a closed browser is not signed out at once, but then it is. */
    @Test
    void aVanishedConsoleSignsTheAgentOutAfterTheGracePeriod() throws InterruptedException {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
        Api agent3 = Api.as("agent3");
        agent3.post("/api/agents/me/sign-out", "");
        try (Browser agent = new Browser()) {
            agent.logIn("/agent/desk.xhtml", "agent3");
            agent.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:phone")))
                    .sendKeys("+4915102000003");
            agent.driver.findElement(By.id("desk:signIn")).click();
            agent.wait.until(ExpectedConditions.textToBe(By.id("myPhone"), "+4915102000003"));
        } // the browser is gone without signing out
        Thread.sleep(5000);
        assertEquals("NOT_READY", agent3.getObject("/api/agents/me").getString("state"), "still in the grace period");
        Api.await(() -> agent3.getObject("/api/agents/me"), me -> "OFFLINE".equals(me.getString("state")),
                Duration.ofSeconds(60));
        TestPbx.get().awaitAction(a -> "QueueRemove".equalsIgnoreCase(a.name())
                && "Local/+4915102000003@switchboard-remote/n".equals(a.get("Interface")), WAIT);
    }

    /** An administrator gives agent2 a skill in the console; the API shows it; then it is taken away again. */
    @Test
    void anAdministratorEditsSkillsInTheConsole() {
        Api admin = Api.as("admin1");
        try (Browser browser = new Browser()) {
            try {
                browser.logIn("/admin/skills.xhtml", "admin1");
                By cell = By.cssSelector("span[data-agent='agent2'][data-skill='german'] input");
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(cell));
                browser.driver.findElement(cell).clear();
                browser.driver.findElement(cell).sendKeys("3");
                browser.driver.findElement(By.xpath("//tr[.//span[@data-agent='agent2']]//button[contains(@id, 'save')]"))
                        .click();
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
                browser.screenshot("agents-anywhere-07-admin-skills");
                Api.await(() -> admin.getObject("/api/skills"),
                        s -> s.getJsonObject("agents").getJsonObject("agent2").getInt("german", 0) == 3,
                        WAIT);
            } catch (RuntimeException | Error e) {
                browser.evidence("agents-anywhere-admin");
                throw e;
            }
        } finally {
            admin.put("/api/skills/agents/agent2/german", "proficiency=0");
        }
    }
}
