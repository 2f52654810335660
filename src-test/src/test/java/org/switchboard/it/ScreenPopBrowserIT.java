package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.switchboard.pbxsim.InboundCall;

/**
 * An agent's day in headless Chromium: log in, sign in with an extension, go ready, a call pops the caller
 * without a reload, hang-up puts it in the history. A caller-ID name with markup renders as text. Screenshots
 * go to target/screenshots; the pop delay of several calls goes to target/screenshots/pop-latency.txt.
 */
@ExtendWith(ArquillianExtension.class)
class ScreenPopBrowserIT {

    private static final String EXTENSION = "1101";
    private static final List<InboundCall> CALLS = new ArrayList<>();

    /** Screenshot and page source of a failed test; and no call left ringing into the next test. */
    @RegisterExtension
    final TestWatcher evidence = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            failureEvidence(context.getRequiredTestMethod().getName());
        }
    };

    @AfterEach
    void hangUpLeftovers() {
        for (InboundCall call : CALLS) {
            if (!call.isEnded()) {
                call.customerHangsUp();
            }
        }
        CALLS.clear();
    }

    private static InboundCall ring(String number, String name) {
        InboundCall call = TestPbx.get().inboundCall("support", number, name);
        CALLS.add(call);
        return call;
    }
    private static Browser chromium;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    @BeforeAll
    static void agentLogsInAndGoesReady() {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
        Api.as("agent1").post("/api/agents/me/sign-out", "");

        chromium = new Browser();
        browser = chromium.driver;
        wait = chromium.wait;

        try {
            chromium.logIn("/agent/desk.xhtml", "agent1");

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:phone"))).sendKeys(EXTENSION);
            browser.findElement(By.id("desk:signIn")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("desk:ready"))).click();
            wait.until(ExpectedConditions.textToBe(By.id("myState"), "READY"));
            screenshot("01-ready");
        } catch (RuntimeException | Error e) {
            failureEvidence("setup");
            throw e;
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
        Api.as("agent1").post("/api/agents/me/sign-out", "");
    }

    @Test
    void knownCallerPopsWithContactAndLandsInHistory() {
        // an open case of the caller's account (Nordwind, account 1) is on the card, its subject as text
        String caseNumber = Api.as("agent1").postObject("/api/cases",
                "subject=Pallet%20damaged%20%3Cb%3Ebadly%3C%2Fb%3E&accountId=1").getString("number");
        InboundCall call = ring("+4930123456789", "Max Mustermann");
        call.awaitOffered(Duration.ofSeconds(10));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("popForm:popCard"), "Max Mustermann"));
        String card = browser.findElement(By.id("popForm:popCard")).getText();
        assertTrue(card.contains("+4930123456789"), card);
        assertTrue(card.contains("Nordwind Logistik GmbH"), "account of the demo contact: " + card);
        assertTrue(card.contains(caseNumber) && card.contains("Pallet damaged <b>badly</b>"),
                "open case, subject shown as text: " + card);
        screenshot("02-pop-known-caller");

        call.awaitConnected(Duration.ofSeconds(10));
        call.customerHangsUp();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("popForm:waiting")));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("historyForm:history"), "+4930123456789"));
        String history = browser.findElement(By.id("historyForm:history")).getText();
        assertTrue(history.contains("ANSWERED"), history);
        screenshot("03-history");
    }

    @Test
    void hostileCallerNameIsShownAsTextAndUnknownCallerCanBeCreated() {
        String hostile = "<script>alert(1)</script>";
        InboundCall call = ring("+4930555000111", hostile);
        call.awaitOffered(Duration.ofSeconds(10));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("popForm:unknownCaller")));
        assertEquals(hostile, browser.findElement(By.id("popForm:callerName")).getText());
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        screenshot("04-pop-hostile-unknown-caller");

        browser.findElement(By.id("popForm:newFirstName")).sendKeys("Ida");
        browser.findElement(By.id("popForm:newLastName")).sendKeys("Unbekannt");
        browser.findElement(By.id("popForm:createContact")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("popForm:popCard"), "Ida Unbekannt"));
        screenshot("05-contact-created");

        call.awaitConnected(Duration.ofSeconds(10));
        call.customerHangsUp();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("popForm:waiting")));
    }

    /**
     * Not a timing assertion: records, for several calls, the time from the simulator writing AgentCalled to
     * the pop being in the page (a MutationObserver timestamps it), and writes the median to a report.
     */
    @Test
    void popDelayIsRecorded() throws IOException {
        int calls = Integer.getInteger("switchboard.pop.samples", 5);
        List<Long> delays = new ArrayList<>();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        for (int i = 0; i < calls; i++) {
            js.executeScript("""
                    window.__popSeen = null;
                    // The ajax update replaces popForm:pop itself, so watch the whole body.
                    const target = document.body;
                    const observer = new MutationObserver(() => {
                      if (document.getElementById('popForm:popCard') && window.__popSeen === null) {
                        window.__popSeen = Date.now(); observer.disconnect();
                      }
                    });
                    observer.observe(target, {childList: true, subtree: true});""");
            InboundCall call = ring("+4930123456" + String.format("%03d", 10 + i), "Caller " + i);
            call.awaitOffered(Duration.ofSeconds(10));
            long offeredAt = System.currentTimeMillis();
            wait.until(d -> js.executeScript("return window.__popSeen") != null);
            long seen = ((Number) js.executeScript("return window.__popSeen")).longValue();
            delays.add(seen - offeredAt);
            call.awaitConnected(Duration.ofSeconds(10));
            call.customerHangsUp();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("popForm:waiting")));
        }
        List<Long> sorted = delays.stream().sorted().toList();
        String report = "pop delay ms (AgentCalled written -> pop in DOM), " + calls + " calls: " + delays
                + System.lineSeparator() + "median: " + sorted.get(sorted.size() / 2) + " ms, max: "
                + sorted.get(sorted.size() - 1) + " ms" + System.lineSeparator();
        Files.writeString(TestEnvironment.screenshots().resolve("pop-latency.txt"), report);
        System.out.print(report);
        assertEquals(calls, delays.size());
    }

    /** What the browser showed when something failed: a screenshot and the page source. */
    private static void failureEvidence(String name) {
        chromium.evidence(name);
    }

    private static void screenshot(String name) {
        chromium.screenshot(name);
    }
}
