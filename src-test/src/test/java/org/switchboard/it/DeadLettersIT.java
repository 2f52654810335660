package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.switchboard.it.dbswitch.CallRecordStoreSwitch;
import org.switchboard.pbxsim.InboundCall;
import org.switchboard.pbxsim.PbxSimulator;

/**
 * The database fails for longer than the redelivery window while calls go on: their events end in the
 * dead-letter queue (the count is shown to administrators); once the database is back, nothing comes by itself,
 * and wildfly-config/redrive-dead-letters.cli puts them back: every call recorded once, also when the script is
 * run a second time.
 *
 * <p>How honest it is: the redelivery window of the call topic is made short for this class only (management
 * write-attribute, 3 attempts 200 ms apart, restored after), so the test takes seconds, not the seven minutes of
 * the configured window; and "the database stopped" is the call-record table that every consumer transaction
 * reads first renamed away ({@link CallRecordStoreSwitch}), so each transaction fails as it would against a
 * stopped database, while logins and the API, which the test needs to watch, keep working. The datasource's
 * management {@code disable} operation is no alternative: it is deprecated, and stopping the datasource service
 * stops the services that depend on it (the persistence unit, the consumers) instead of making them fail.
 */
@ExtendWith(ArquillianExtension.class)
class DeadLettersIT {

    private static final Duration PIPELINE = Duration.ofSeconds(30);
    private static final Api ADMIN = Api.as("admin1");
    private static final Api SUPERVISOR = Api.as("supervisor1");
    private static final String SETTING =
            "/subsystem=messaging-activemq/server=default/address-setting=jms.topic.SwitchboardCallEvents";
    private static final String[] SHORT_WINDOW = {"redelivery-delay=200", "redelivery-multiplier=1.0",
            "max-redelivery-delay=200", "max-delivery-attempts=3"};
    private static final List<String> original = new ArrayList<>();

    @Deployment(name = "app", order = 1, testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    @Deployment(name = "db-switch", order = 2, testable = false)
    static WebArchive databaseSwitch() {
        return ShrinkWrap.create(WebArchive.class, "db-switch.war").addClass(CallRecordStoreSwitch.class);
    }

    @BeforeAll
    static void shortRedeliveryWindow() throws Exception {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
        for (String setting : SHORT_WINDOW) {
            String name = setting.substring(0, setting.indexOf('='));
            String value = cli(SETTING + ":read-attribute(name=" + name + ")").replaceAll("(?s).*\"result\" => ([^\\s,}]+).*", "$1");
            original.add(name + "=" + value.replace("L", "").replace("\"", ""));
            cli(SETTING + ":write-attribute(name=" + name + ",value=" + setting.substring(name.length() + 1) + ")");
        }
    }

    @AfterAll
    static void restore() throws Exception {
        try {
            storeDown(false);
        } catch (AssertionError e) {
            // already up
        }
        for (String setting : original) {
            String name = setting.substring(0, setting.indexOf('='));
            cli(SETTING + ":write-attribute(name=" + name + ",value=" + setting.substring(name.length() + 1) + ")");
        }
    }

    @Test
    void theOperationsViewIsForTheInstallationsAdministratorsOnly() {
        JsonObject deadLetters = ADMIN.getObject("/api/operations/dead-letters");
        assertEquals("SwitchboardDeadLetters", deadLetters.getString("queue"));
        assertTrue(deadLetters.getJsonNumber("count").longValue() >= 0);
        JsonArray connectors = ADMIN.getObject("/api/operations/connectors").getJsonArray("connectors");
        assertEquals(1, connectors.size(), connectors.toString());
        JsonObject pbx = connectors.getJsonObject(0);
        assertTrue(pbx.getBoolean("connected"), pbx.toString());
        assertTrue(pbx.getJsonNumber("capacityBytes").longValue() >= 1024 * 1024, pbx.toString());
        assertTrue(pbx.getJsonNumber("accepted").longValue() > 0, pbx.toString());
        assertEquals(0, pbx.getJsonNumber("refused").longValue(), pbx.toString());

        assertEquals(404, Api.as("admin2").get("/api/operations/dead-letters").statusCode(),
                "another tenant's administrator: the installation is not theirs");
        assertEquals(403, SUPERVISOR.get("/api/operations/dead-letters").statusCode());
        assertEquals(403, Api.as("agent1").get("/api/operations/connectors").statusCode());
    }

    @Test
    void theOperationsPageShowsTheCountAndTheBuffersToTheInstallationsAdministrators() {
        try (Browser browser = new Browser()) {
            try {
                browser.logIn("/admin/operations.xhtml", "admin1");
                String count = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.id("deadLetterCount"))).getText();
                assertTrue(count.matches("\\d+"), count);
                String connectors = browser.driver.findElement(By.id("connectors")).getText();
                assertTrue(connectors.contains("pbx1") && connectors.contains("MiB"), connectors);
                browser.screenshot("operations-admin1");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("operations-admin1");
                throw e;
            }
        }
        try (Browser browser = new Browser()) {
            browser.logIn("/admin/operations.xhtml", "admin2");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notHere")));
            assertTrue(browser.driver.findElements(By.id("deadLetterCount")).isEmpty());
        }
    }

    @Test
    void callsDuringADatabaseOutageLongerThanTheRedeliveryWindowAreRecordedOnceAfterTheRedrive() throws Exception {
        PbxSimulator pbx = TestPbx.get();
        // a call in progress when the database goes
        InboundCall before = pbx.inboundCall("support", "+4930123456101", "Outage Before");
        Api.await(() -> SUPERVISOR.callsByLinkedId(before.linkedid()), r -> r.size() == 1, PIPELINE);

        storeDown(true);
        List<InboundCall> calls = new ArrayList<>(List.of(before));
        try {
            before.abandon(); // its end is lost with the database
            for (int i = 2; i <= 4; i++) {
                InboundCall during = pbx.inboundCall("support", "+493012345610" + i, "Outage " + i);
                sleep(300);
                during.abandon();
                calls.add(during);
            }
            // every attempt of the short window fails: the messages go to the dead-letter queue
            long dead = Api.await(DeadLettersIT::deadLetterCount, n -> n >= 1, PIPELINE);
            sleep(2_000); // more redelivery attempts would have happened by now; none do
            assertTrue(deadLetterCount() >= dead);
            assertTrue(Api.isNull(SUPERVISOR.callsByLinkedId(before.linkedid()).getJsonObject(0), "endedAt"));
            for (InboundCall during : calls.subList(1, calls.size())) {
                assertEquals(0, SUPERVISOR.callsByLinkedId(during.linkedid()).size(), "not recorded yet");
            }
        } finally {
            storeDown(false);
        }

        // the database is back: the dead letters stay dead until an operator re-drives them
        sleep(2_000);
        assertTrue(deadLetterCount() >= 1);
        assertEquals(0, SUPERVISOR.callsByLinkedId(calls.get(1).linkedid()).size());

        String first = cli("--file=" + redriveScript());
        assertTrue(first.contains("\"outcome\" => \"success\""), first);
        for (int i = 0; i < calls.size(); i++) {
            JsonObject record = endedOnce(calls.get(i).linkedid());
            assertEquals("+493012345610" + (i + 1), record.getString("callerE164"), record.toString());
        }
        Api.await(DeadLettersIT::deadLetterCount, n -> n == 0, PIPELINE);

        // safe to re-run: nothing to move, nothing recorded twice
        String second = cli("--file=" + redriveScript());
        assertTrue(second.contains("\"result\" => 0"), second);
        sleep(1_000);
        for (InboundCall call : calls) {
            assertEquals(1, SUPERVISOR.callsByLinkedId(call.linkedid()).size(), "once: " + call.linkedid());
        }
    }

    private static JsonObject endedOnce(String linkedId) {
        JsonArray records = Api.await(() -> SUPERVISOR.callsByLinkedId(linkedId),
                r -> r.size() == 1 && !Api.isNull(r.getJsonObject(0), "endedAt"), PIPELINE);
        assertEquals(1, records.size());
        return records.getJsonObject(0);
    }

    private static long deadLetterCount() {
        return ADMIN.getObject("/api/operations/dead-letters").getJsonNumber("count").longValue();
    }

    private static void storeDown(boolean down) {
        String url = TestEnvironment.baseUrl().replaceFirst("/switchboard$", "/db-switch/call-record-store")
                + "?down=" + down;
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 204) {
                throw new AssertionError("database switch " + down + ": " + response.statusCode() + " "
                        + response.body());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Path redriveScript() {
        return Path.of("..", "wildfly-config", "redrive-dead-letters.cli").toAbsolutePath().normalize();
    }

    /** Runs jboss-cli of the test server against its management port: the operator's way. */
    private static String cli(String commandOrFile) throws IOException, InterruptedException {
        Path server;
        try (Stream<Path> dirs = Files.list(Path.of("target",
                "server-" + System.getProperty("switchboard.test.db", "h2")))) {
            server = dirs.filter(d -> d.getFileName().toString().startsWith("wildfly-")).findFirst().orElseThrow();
        }
        List<String> command = new ArrayList<>(List.of(server.resolve("bin/jboss-cli.sh").toString(), "--connect",
                "--controller=remote+http://127.0.0.1:" + TestEnvironment.managementPort()));
        command.add(commandOrFile.startsWith("--file=") ? commandOrFile : "--command=" + commandOrFile);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("jboss-cli " + commandOrFile + " failed: " + output);
        }
        return output;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
