package org.switchboard.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.switchboard.pbxsim.InboundCall;
import org.switchboard.pbxsim.PbxSimulator;

/**
 * Screen-pop latency as the agent sees it: a demo agent signed in on agent/desk.xhtml in real headless
 * Chromium, calls rung one at a time into "support" (a queue only this agent serves; background load goes to
 * a queue of its own). For each call: from the simulator having written AgentCalled (awaitOffered returns
 * right after it) to the pop card being in the DOM (a MutationObserver in the page stores Date.now(); both
 * clocks are this machine's).
 */
final class PopLatency implements AutoCloseable {

    static final String USER = "agent1";
    static final String EXTENSION = "1101";
    static final String QUEUE = "support";
    /** A demo contact: the pop shows the contact and the account, the full lookup path. */
    static final String CALLER = "+4930123456789";

    /**
     * Installed once per page: records, per call (the card's data-linked-id), the first moment its pop card is in
     * the DOM. Keyed by call, so a card still showing from the previous call never counts for the next one.
     */
    private static final String OBSERVE = """
            window.__pops = {};
            window.__cards = {};
            const mark = (element, times) => {
              const id = element && element.getAttribute('data-linked-id');
              if (id && !(id in times)) { times[id] = Date.now(); }
            };
            const seen = () => {
              const card = document.getElementById('popForm:popCard');
              mark(document.getElementById('popPreview') || card, window.__pops); // first paint of the caller
              mark(card, window.__cards);                                         // the full card
            };
            new MutationObserver(seen).observe(document.body, {childList: true, subtree: true, attributes: true});
            seen();""";

    /**
     * One pop: {@code latencyMillis} until the caller is on screen (the pushed preview, or the card when it came
     * first), {@code cardMillis} until the full card (cases, history...) replaced it; -1 when it did not come.
     */
    record Sample(long latencyMillis, long cardMillis) {
    }

    private final PbxSimulator sim;
    private final Path out;
    private final WebDriver browser;
    private final WebDriverWait wait;
    private final JavascriptExecutor js;
    private int missed;

    PopLatency(PbxSimulator sim, SwitchboardClient agent, Path out) {
        this.sim = sim;
        this.out = out;
        agent.post("/api/agents/me/sign-out", "");
        agent.post("/api/agents/me/sign-in", "extension=" + EXTENSION);
        agent.post("/api/agents/me/ready", "");

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        // Generous: under a backlog a pop can take many seconds, and that is a measurement, not an error.
        wait = new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(20));
        js = (JavascriptExecutor) browser;
        try {
            browser.get(ServerProcess.BASE_URL + "/agent/desk.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(USER);
            browser.findElement(By.id("password")).sendKeys(USER + "-demo");
            browser.findElement(By.id("submit")).click();
            wait.until(ExpectedConditions.textToBe(By.id("myState"), "READY"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("popForm:pop")));
            js.executeScript(OBSERVE);
        } catch (RuntimeException e) {
            screenshot("pop-setup-failure");
            browser.quit();
            throw e;
        }
    }

    /**
     * One call: ring, wait for its pop, let the caller hang up. The next call does not wait for the card to go:
     * the desk shows the newest call offered, so the next card replaces this one.
     */
    Sample measureOne() {
        InboundCall call = sim.inboundCall(QUEUE, CALLER, "Max Mustermann");
        call.awaitOffered(Duration.ofSeconds(10));
        long offered = System.currentTimeMillis();
        String popSeen = "return window.__pops['" + call.linkedid() + "'] ?? null";
        String cardSeen = "return window.__cards['" + call.linkedid() + "'] ?? null";
        long latency;
        long card;
        try {
            wait.until(d -> js.executeScript(cardSeen) != null);
            latency = ((Number) js.executeScript(popSeen)).longValue() - offered;
            card = ((Number) js.executeScript(cardSeen)).longValue() - offered;
        } catch (TimeoutException e) {
            screenshot("pop-missed-" + (++missed));
            latency = -1;
            card = -1;
        }
        call.customerHangsUp();
        call.awaitEnded(Duration.ofSeconds(10));
        return new Sample(latency, card);
    }

    /** Measures until {@code wanted} samples are taken or {@code keepGoing} says stop. */
    List<Sample> measure(int wanted, java.util.function.BooleanSupplier keepGoing) {
        List<Sample> samples = new ArrayList<>();
        while (samples.size() < wanted && keepGoing.getAsBoolean()) {
            samples.add(measureOne());
        }
        return samples;
    }

    void screenshot(String name) {
        try {
            File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(file.toPath(), out.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // evidence only, best effort
        }
    }

    @Override
    public void close() {
        browser.quit();
    }
}
