package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.switchboard.pbxsim.InboundCall;
import org.switchboard.pbxsim.RecordedAction;

/**
 * The agent's after-call work and click-to-dial in headless Chromium: notes typed during the call are saved as a
 * draft without a button and survive a reload (a closed browser), a disposition and a new case file the call,
 * a number in the history dials through the PBX, and the tel: dial page asks before it calls. Screenshots go to
 * target/screenshots/desk-*.png.
 */
// In this order: a call the agent dials is still on when the next test starts, so dialling comes last.
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskBrowserIT {

    private static final String AGENT = "agent2";
    private static final String EXTENSION = "1102";
    // Numbers no other test dials: LiveCallIT finds its click-to-dial call by number.
    private static final String CALLER = "+4930123456021";
    private static final String HOSTILE_NOTE = "Asked about <script>alert('x')</script> & \"quotes\"";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Browser chromium;

    @RegisterExtension
    final TestWatcher evidence = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            chromium.evidence("desk-" + context.getRequiredTestMethod().getName());
        }
    };

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    @BeforeAll
    static void agentSignsInAndGoesReady() {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
        Api.as(AGENT).post("/api/agents/me/sign-out", "");
        chromium = new Browser();
        try {
            chromium.logIn("/agent/desk.xhtml", AGENT);
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:phone")))
                    .sendKeys(EXTENSION);
            chromium.driver.findElement(By.id("desk:signIn")).click();
            chromium.wait.until(ExpectedConditions.elementToBeClickable(By.id("desk:ready"))).click();
            chromium.wait.until(ExpectedConditions.textToBe(By.id("myState"), "READY"));
        } catch (RuntimeException | Error e) {
            chromium.evidence("desk-setup");
            throw e;
        }
    }

    /** The calls this test dialled may still be talking: hang them up, so the next test finds the agent idle. */
    @AfterAll
    static void closeBrowserAndHangUp() {
        if (chromium != null) {
            chromium.close();
        }
        String agentPhone = "Local/" + EXTENSION + "@agents";
        while (TestPbx.get().channels().stream().anyMatch(name -> name.startsWith(agentPhone))) {
            try {
                TestPbx.get().hangupChannel(agentPhone);
            } catch (IllegalArgumentException alreadyGone) {
                break;
            }
        }
        Api.await(() -> Api.as(AGENT).getObject("/api/agents/me").getString("state"),
                state -> !"ON_CALL".equals(state) && !"RINGING".equals(state), WAIT);
        Api.as(AGENT).post("/api/agents/me/sign-out", "");
    }

    @Test
    @Order(1)
    void notesSurviveAReloadAndADispositionAndANewCaseFileTheCall() {
        InboundCall call = TestPbx.get().inboundCall("support", CALLER, "Greta Lehmann");
        call.awaitConnected(WAIT);
        // The panel switches to the new call when its pop arrives; typing saves a draft a second later.
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wrapUpForm:wrapUp"),
                "in progress"));
        WebElement notes = chromium.driver.findElement(By.id("wrapUpForm:notes"));
        notes.sendKeys(HOSTILE_NOTE);
        chromium.wait.until(ExpectedConditions.textToBe(By.id("wrapUpForm:savedNote"), "Draft saved."));
        chromium.screenshot("desk-01-notes-during-the-call");
        call.customerHangsUp();
        call.awaitEnded(WAIT);

        // The browser closes and comes back: the draft is still there, as text.
        chromium.driver.navigate().refresh();
        chromium.wait.until(ExpectedConditions.attributeToBe(By.id("wrapUpForm:notes"), "value", HOSTILE_NOTE));
        long callId = callId(call.linkedid());
        assertEquals("DRAFT", Api.as(AGENT).getObject("/api/calls/" + callId + "/wrap-up").getString("state"));

        selectDisposition("resolved", "Resolved");
        Api.await(() -> Api.as(AGENT).getObject("/api/calls/" + callId + "/wrap-up"),
                w -> "resolved".equals(w.getString("disposition", null)), WAIT);
        // A push may redraw the panel at any moment: find and use each element in one step, again if it went stale.
        typeInto(By.id("wrapUpForm:newCaseSubject"), "Invoice <b>twice</b>");
        click(By.id("wrapUpForm:createCase"));
        chromium.wait.until(ExpectedConditions.attributeContains(By.id("wrapUpForm:caseNumber"), "value", "CS-"));
        String caseNumber = chromium.driver.findElement(By.id("wrapUpForm:caseNumber")).getAttribute("value");
        chromium.screenshot("desk-02-disposition-and-case");
        click(By.id("wrapUpForm:finishWrapUp"));
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                "Wrap-up finished"));
        chromium.screenshot("desk-03-filed");

        JsonObject filed = Api.as(AGENT).getObject("/api/calls/" + callId + "/wrap-up");
        assertEquals("DONE", filed.getString("state"));
        assertEquals("resolved", filed.getString("disposition"));
        assertEquals(caseNumber, filed.getString("caseNumber"));
        assertEquals(HOSTILE_NOTE, filed.getString("notes"), "stored as typed, shown as text");
        assertEquals("Invoice <b>twice</b>", Api.as(AGENT).getObject("/api/cases/" + caseNumber)
                .getString("subject"));
    }

    @Test
    @Order(2)
    void aNumberInTheHistoryDialsThroughThePbx() {
        InboundCall call = TestPbx.get().inboundCall("support", CALLER, "Greta Lehmann");
        call.awaitConnected(WAIT);
        call.customerHangsUp();
        call.awaitEnded(WAIT);
        chromium.driver.navigate().refresh();
        WebElement link = chromium.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#historyForm\\:history a.sb-dial[href='tel:" + CALLER + "']")));
        TestPbx.get().clearActions();
        link.click();
        RecordedAction originate = TestPbx.get().awaitAction(a -> "Originate".equalsIgnoreCase(a.name())
                && CALLER.equals(a.get("Exten")), Duration.ofSeconds(10));
        assertEquals("Local/" + EXTENSION + "@agents", originate.get("Channel"), "the agent's phone first");
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sbNotice"),
                "Your phone rings"));
        // The PBX dials the customer once the agent answers (the simulator answers at once): the call pops.
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("popForm:pop"),
                "Greta Lehmann"));
        chromium.screenshot("desk-04-click-to-dial");
    }

    @Test
    @Order(3)
    void theTelLinkPageAsksBeforeItCalls() {
        String number = "030 12345 6022";
        TestPbx.get().clearActions();
        chromium.driver.get(TestEnvironment.baseUrl() + "/agent/dial.xhtml?number="
                + URLEncoder.encode("tel:" + number, StandardCharsets.UTF_8));
        chromium.wait.until(ExpectedConditions.textToBe(By.id("dialTarget"), number));
        assertTrue(TestPbx.get().actions().stream().noneMatch(a -> "Originate".equalsIgnoreCase(a.name())),
                "opening the page places no call");
        chromium.screenshot("desk-05-tel-link-page");
        chromium.driver.findElement(By.id("dial:call")).click();
        TestPbx.get().awaitAction(a -> "Originate".equalsIgnoreCase(a.name())
                && "+4930123456022".equals(a.get("Exten")), Duration.ofSeconds(10));
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                "Your phone rings"));
        chromium.driver.get(TestEnvironment.baseUrl() + "/agent/desk.xhtml");
    }

    /** PrimeFaces' select menu is not a native select: choose through its widget, as a click would. */
    private static void selectDisposition(String code, String label) {
        // selectValue does not fire the change event that a click on an item fires (and the autosave listens to)
        ((JavascriptExecutor) chromium.driver).executeScript("var menu = PF('dispositionMenu');"
                + " menu.selectValue(arguments[0]); menu.input.trigger('change');", code);
        chromium.wait.until(ExpectedConditions.textToBe(By.id("wrapUpForm:disposition_label"), label));
        chromium.wait.until(ExpectedConditions.textToBe(By.id("wrapUpForm:savedNote"), "Draft saved."));
    }

    private static void click(By button) {
        chromium.wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(button).click();
            return true;
        });
    }

    private static void typeInto(By field, String text) {
        chromium.wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement input = driver.findElement(field);
            input.clear();
            input.sendKeys(text);
            return text.equals(driver.findElement(field).getAttribute("value"));
        });
    }

    private static long callId(String linkedId) {
        return Api.await(() -> Api.as(AGENT).getArray("/api/calls/mine").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("linkedId").equals(linkedId)).findFirst(), Optional::isPresent, WAIT)
                .orElseThrow().getJsonNumber("id").longValue();
    }
}
