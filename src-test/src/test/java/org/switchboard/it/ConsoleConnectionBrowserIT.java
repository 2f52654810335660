package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk when it loses the server, in headless Chromium: the banner ("connection lost, reconnecting",
 * role=alert) as soon as the heartbeat or the push connection fails, the desk back by itself when the network is;
 * a server reload while the desk is open: banner at once, the agent still signed in to their phone although the
 * reload took longer than their group's grace period of 30 s (the server gives every console a new one when it
 * is back), and the desk back by itself with their state: the login session, lost with the reload, is
 * re-established from the resume cookie, without the login form and without signing in again. After "Log out"
 * that cookie resumes nothing (the server revoked it: put back into the browser, the desk asks for the login).
 * Also: the desk, and a change pushed to
 * it, run under the Content-Security-Policy without a violation. Screenshots: target/screenshots/connection-*.png.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleConnectionBrowserIT {

    // agent3 is in the demo group "remote": grace period 30 s.
    private static final String AGENT = "agent3";
    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final Duration WAIT = Duration.ofSeconds(20);

    @ArquillianResource
    private ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    @AfterAll
    static void signOut() {
        Api.as(AGENT).post("/api/agents/me/sign-out", "");
    }

    @Test
    @Order(1)
    void lostNetworkShowsTheBannerAndTheDeskComesBackByItself() {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
        signInWithPhone();
        try (Browser agent = new Browser()) {
            try {
                openDesk(agent);
                // A change pushed to the desk (ready from elsewhere) is fetched and drawn under the
                // Content-Security-Policy: its widgets work and nothing is refused.
                Api.object(Api.as(AGENT).post("/api/agents/me/ready", ""));
                agent.wait.until(ExpectedConditions.textToBe(By.id("myState"), "READY"));
                agent.wait.until(ExpectedConditions.elementToBeClickable(By.id("desk:notReady")));
                assertNoCspViolation(agent);
                ChromiumDriver chromium = (ChromiumDriver) agent.driver;
                ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
                offline.setOffline(true);
                chromium.setNetworkConditions(offline);
                WebElement banner = awaitBanner(agent, "lost");
                assertEquals("alert", banner.getAttribute("role"));
                assertTrue(banner.getText().contains("Connection to Switchboard lost"), banner.getText());
                agent.screenshot("connection-01-network-lost");

                chromium.deleteNetworkConditions();
                // The heartbeat retries every 2 s; the page reloads itself and shows the state again.
                agent.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("sbConnection")));
                agent.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("myPhone"), "1103"));
                agent.screenshot("connection-02-network-back");
            } catch (RuntimeException | Error e) {
                agent.evidence("connection-network");
                throw e;
            }
        }
    }

    @Test
    @Order(2)
    void serverReloadKeepsTheAgentSignedInAndTheDeskSaysWhatToDo() throws Exception {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
        signInWithPhone();
        try (Browser agent = new Browser()) {
            try {
                openDesk(agent);
                long resyncs = TestPbx.resyncCount();
                long reloadStarted = System.nanoTime();
                reload();

                WebElement banner = awaitBanner(agent, "lost");
                assertTrue(banner.getText().contains("Connection to Switchboard lost"), banner.getText());
                agent.screenshot("connection-03-server-gone");

                long back = awaitServer(Duration.ofSeconds(240));
                // Past the grace period counted from the last heartbeat before the reload: without a new grace
                // period the agent would be signed out by now.
                sleepUntil(Math.max(reloadStarted + GRACE.plusSeconds(5).toNanos(), back + 1_000_000_000L));
                String state = Api.object(Api.as(AGENT).get("/api/agents/me")).getString("state");
                assertNotEquals("OFFLINE", state, "signed out by the restart");

                // The login session did not survive the reload, the resume cookie brings it back: the heartbeat
                // gets through, the page reloads itself and is the desk again, no login form, no banner.
                // (Only a fresh page hides the banner, so the old page's phone number does not count.)
                new WebDriverWait(agent.driver, Duration.ofSeconds(60)).until(ExpectedConditions
                        .invisibilityOfElementLocated(By.id("sbConnection")));
                agent.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("myPhone"), "1103"));
                assertFalse(agent.driver.findElement(By.id("sbConnection")).isDisplayed());
                assertTrue(agent.driver.getCurrentUrl().contains("/agent/desk.xhtml"), agent.driver.getCurrentUrl());
                assertTrue(agent.driver.findElements(By.id("username")).isEmpty(), "the login form again");
                assertTrue(agent.driver.findElements(By.id("desk:signIn")).isEmpty(), "asked to sign in again");
                assertNotEquals("OFFLINE", agent.driver.findElement(By.id("myState")).getText());
                agent.screenshot("connection-05-back");
                TestPbx.awaitConnector((int) resyncs + 1, Duration.ofSeconds(90));
            } catch (RuntimeException | Error e) {
                agent.evidence("connection-reload");
                throw e;
            }
        }
    }

    @Test
    @Order(3)
    void afterLogOutTheResumeCookieResumesNothing() {
        try (Browser agent = new Browser()) {
            try {
                openDesk(agent);
                Cookie resume = agent.driver.manage().getCookieNamed("SWB_RESUME");
                assertNotNull(resume, "no resume cookie after the form login");
                assertTrue(resume.isHttpOnly(), "resume cookie readable by scripts");
                assertEquals("Lax", resume.getSameSite());
                assertNotNull(resume.getExpiry(), "resume cookie without Max-Age");
                assertTrue(resume.getValue().startsWith("sbr_"), "not a resume secret");
                // Alone it gives a login session back; with an Authorization header it is not looked at.
                assertEquals(200, withResumeCookie(resume.getValue(), null), "the cookie did not resume");
                assertEquals(401, withResumeCookie(resume.getValue(),
                        "Basic " + java.util.Base64.getEncoder().encodeToString((AGENT + ":wrong").getBytes())),
                        "a wrong password let in by the resume cookie");

                agent.driver.findElement(By.id("logoutForm:logout")).click();
                agent.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
                assertNull(agent.driver.manage().getCookieNamed("SWB_RESUME"), "cookie not cleared by the logout");

                // The same secret put back (a copy kept elsewhere): revoked on the server, the desk asks for a login
                // and the browser is told to forget it.
                agent.driver.manage().addCookie(new Cookie.Builder(resume.getName(), resume.getValue())
                        .path(resume.getPath()).isHttpOnly(true).build());
                agent.driver.get(TestEnvironment.baseUrl() + "/agent/desk.xhtml");
                agent.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
                assertTrue(agent.driver.findElements(By.id("myPhone")).isEmpty(), "the desk without a login");
                assertNull(agent.driver.manage().getCookieNamed("SWB_RESUME"), "refused cookie not cleared");
                agent.screenshot("connection-06-logged-out-no-resume");
            } catch (RuntimeException | Error e) {
                agent.evidence("connection-logout");
                throw e;
            }
        }
    }

    /** Status of GET api/agents/me with only the resume cookie (and the Authorization header, if given). */
    private static int withResumeCookie(String secret, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestEnvironment.baseUrl() + "/api/agents/me"))
                .timeout(Duration.ofSeconds(10)).header("Cookie", "SWB_RESUME=" + secret)
                .header("Accept", "application/json").GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void signInWithPhone() {
        Api api = Api.as(AGENT);
        api.post("/api/agents/me/sign-out", "");
        Api.object(api.post("/api/agents/me/sign-in", "phone=1103"));
    }

    private static void openDesk(Browser agent) {
        agent.logIn("/agent/desk.xhtml", AGENT);
        agent.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("myPhone"), "1103"));
        assertFalse(agent.driver.findElement(By.id("sbConnection")).isDisplayed());
    }

    private static WebElement awaitBanner(Browser agent, String state) {
        new WebDriverWait(agent.driver, WAIT).until(ExpectedConditions.attributeToBe(By.id("sbConnection"),
                "data-state", state));
        WebElement banner = agent.driver.findElement(By.id("sbConnection"));
        assertTrue(banner.isDisplayed());
        return banner;
    }

    private static void assertNoCspViolation(Browser agent) {
        for (LogEntry entry : agent.driver.manage().logs().get("browser")) {
            assertFalse(entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && entry.getMessage().contains("Content Security Policy"), entry.getMessage());
        }
    }

    /** :reload over the management API; the deployment stays, the server's services (and sessions) restart. */
    private void reload() throws IOException {
        try {
            management.getControllerClient().execute(Operations.createOperation("reload"));
        } catch (IOException connectionDroppedByTheReload) {
            // the answer may not make it out before the management connection closes
        }
    }

    /** Waits until the console's login page answers again, and returns System.nanoTime() of that moment. */
    private static long awaitServer(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestEnvironment.baseUrl() + "/login.xhtml"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        Thread.sleep(2000); // the reload has begun, the old server may answer once more
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return System.nanoTime();
                }
            } catch (IOException notYet) {
                // reloading
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not come back within " + timeout);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000L + 1);
        }
    }
}
