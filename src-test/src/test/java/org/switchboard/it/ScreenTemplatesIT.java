package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.switchboard.pbxsim.InboundCall;

/**
 * Screens configured per agent group (issue 3): an administrator saves a template for the group "remote"
 * (agent3); a call from a known number pops that template's panels for agent3, and the other panels (the
 * tenant's, else the default) for agent1 of "first-line". An invalid template is refused with every problem, a
 * stale save with 409, another tenant's group is 404; revert brings an old version back. In Chromium: agent3's
 * pop with the custom template, a hostile label shown as text.
 */
@ExtendWith(ArquillianExtension.class)
class ScreenTemplatesIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final String MAX = "+4930123456789";
    private static final Api ADMIN = Api.as("admin1");

    /** Script, contact (hostile title, German labels) and history; no account, cases or notes. */
    private static final String REMOTE_TEMPLATE = """
            {"panels":[
              {"kind":"script","title":{"texts":{"en":"Say this"}},
               "fields":[{"key":"script.text","component":"LONG_TEXT","editable":false,"labels":{"texts":{"en":"Script"}}}]},
              {"kind":"contact","title":{"texts":{"en":"%s"}},
               "fields":[{"key":"contact.lastName","component":"TEXT","editable":true,"labels":{"texts":{"en":"Surname","de":"Nachname"}}},
                         {"key":"contact.phones","component":"PHONE","editable":false,"labels":{"texts":{"en":"Call"}}}]},
              {"kind":"custom","title":{"texts":{"en":"Loyalty"}},
               "fields":[{"key":"custom.level","component":"TEXT","editable":true,"labels":{"texts":{"en":"Level"}}}]},
              {"kind":"history","title":{"texts":{"en":"Earlier calls"}},
               "fields":[{"key":"history.startedAt","component":"DATE_TIME","editable":false,"labels":{"texts":{"en":"When"}}},
                         {"key":"history.outcome","component":"ENUM","editable":false,"labels":{"texts":{"en":"Outcome"}}}]}],
             "variables":{"history.maxRows":"3","script.text":"Good morning {contact.lastName}, remote desk here.",
                          "greeting.text":"Hi {contact.firstName}"}}""".formatted(HOSTILE.replace("/", "\\/"));

    private static final String INVALID_TEMPLATE = """
            {"panels":[
              {"kind":"contact","title":{"texts":{"en":"Contact"}},
               "fields":[{"key":"contact.shoeSize","component":"TEXT","editable":false}]},
              {"kind":"weather","title":{"texts":{"en":"Weather"}},
               "fields":[{"key":"weather.today","component":"TEXT","editable":false}]}],
             "variables":{"history.maxRows":"lots"}}""";

    private InboundCall call;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    @BeforeAll
    static void nobodyIsReady() {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
        for (String agent : List.of("agent1", "agent2", "agent3")) {
            Api.as(agent).post("/api/agents/me/sign-out", "");
        }
    }

    @AfterEach
    void hangUpAndSignOut() {
        if (call != null && !call.isEnded()) {
            call.customerHangsUp();
        }
        call = null;
        for (String agent : List.of("agent1", "agent3")) {
            Api.as(agent).post("/api/agents/me/sign-out", "");
        }
    }

    @Test
    void groupTemplateShowsOnItsAgentsPopAndTheOtherGroupKeepsItsOwn() {
        saveRemoteTemplate();

        JsonObject pop = popOf("agent3", "1103");
        assertEquals("GROUP", pop.getString("templateOrigin"));
        JsonObject view = pop.getJsonObject("view");
        assertEquals(List.of("script", "contact", "custom", "history"), kinds(view));
        assertEquals("Hi Max", view.getString("greeting"));
        JsonObject script = view.getJsonArray("panels").getJsonObject(0);
        assertEquals("Say this", script.getString("title"));
        assertEquals(List.of("Good morning Mustermann, remote desk here."), values(script, 0));
        JsonObject contact = view.getJsonArray("panels").getJsonObject(1);
        assertEquals(HOSTILE, contact.getString("title"), "labels are data, kept as typed");
        assertEquals(List.of("Mustermann"), values(contact, 0));
        assertEquals(List.of(MAX, "+4915102000000"), values(contact, 1));
        hangUp();
        Api.as("agent3").post("/api/agents/me/sign-out", ""); // else the next call may go to agent3 again

        JsonObject other = popOf("agent1", "1101");
        String origin = other.getString("templateOrigin");
        assertTrue(List.of("TENANT", "DEFAULT").contains(origin), origin);
        if (origin.equals("DEFAULT")) {
            assertEquals(List.of("contact", "account", "cases", "history", "notes"), kinds(other.getJsonObject("view")));
        }
        assertTrue(!kinds(other.getJsonObject("view")).contains("script"), "not the remote group's panels");
    }

    @Test
    void onlyTheOwnTenantsContactsPopAndThePickIsRememberedOnTheCall() {
        JsonObject pop = popOf("agent1", "1101");
        // +4930123456789 is also Maximilian Reisender's (contact 101) of Acme Travel: never on tenant 1's screens
        assertEquals(List.of(1), pop.getJsonArray("contacts").stream()
                .map(c -> c.asJsonObject().getInt("contactId")).toList());
        long callId = pop.getJsonNumber("callId").longValue();
        Api agent1 = Api.as("agent1");
        assertEquals(400, agent1.post("/api/pop/pick", "callId=" + callId + "&contactId=101").statusCode(),
                "another tenant's contact cannot be picked");
        assertEquals(400, Api.as("agent3").post("/api/pop/pick", "callId=" + callId + "&contactId=2").statusCode(),
                "nor can another agent's call be changed");

        JsonObject picked = agent1.postObject("/api/pop/pick", "callId=" + callId + "&contactId=2");
        assertEquals(2, picked.getInt("contactId"), "Erika Musterfrau calls from Max's phone");
        assertEquals(List.of(2, 1), picked.getJsonArray("contacts").stream()
                .map(c -> c.asJsonObject().getInt("contactId")).toList());
        JsonObject contactPanel = picked.getJsonObject("view").getJsonArray("panels").stream()
                .map(p -> p.asJsonObject()).filter(p -> p.getString("kind").equals("contact")).findFirst().orElseThrow();
        assertEquals(List.of("Erika"), values(contactPanel, 0));
        assertEquals(2, read(agent1.get("/api/pop").body()).getInt("contactId"), "remembered on the call");
        hangUp();
    }

    @Test
    void invalidTemplateIsRefusedWithEveryProblem() {
        int current = ADMIN.getObject("/api/templates?group=remote").getInt("current");
        HttpResponse<String> refused = put("admin1", "/api/templates?group=remote&basedOn=" + current,
                INVALID_TEMPLATE);
        assertEquals(400, refused.statusCode(), refused.body());
        List<String> problems = read(refused.body()).getJsonArray("problems").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("contact.shoeSize")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("weather")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("history.maxRows")), problems.toString());
        assertEquals(current, ADMIN.getObject("/api/templates?group=remote").getInt("current"), "nothing saved");
    }

    @Test
    void staleSaveOtherTenantsGroupAndNonAdminsAreRefused() {
        int current = ADMIN.getObject("/api/templates?group=remote").getInt("current");
        HttpResponse<String> stale = put("admin1", "/api/templates?group=remote&basedOn=" + (current + 5),
                REMOTE_TEMPLATE);
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("reload"), stale.body());

        assertEquals(404, Api.as("admin2").get("/api/templates?group=remote").statusCode(),
                "another tenant's group does not exist for admin2");
        assertEquals(404, put("admin2", "/api/templates?group=first-line&basedOn=0", REMOTE_TEMPLATE).statusCode());
        assertEquals(403, Api.as("agent1").get("/api/templates").statusCode());
        assertEquals(403, put("supervisor1", "/api/templates?basedOn=0", REMOTE_TEMPLATE).statusCode());
    }

    @Test
    void onlyTheLastTenVersionsAreKept() {
        Api admin2 = Api.as("admin2"); // Acme Travel's own template: no other test here looks at it
        JsonObject start = admin2.getObject("/api/templates");
        String template = start.getJsonObject("template").toString();
        int current = start.getInt("current");
        for (int i = 0; i < 12; i++) {
            current = saved("admin2", "/api/templates?basedOn=" + current, template);
        }
        JsonObject now = admin2.getObject("/api/templates");
        assertEquals(current, now.getInt("current"));
        assertEquals("TENANT", now.getString("origin"));
        List<Integer> kept = now.getJsonArray("versions").stream().map(v -> v.asJsonObject().getInt("number"))
                .toList();
        assertEquals(10, kept.size(), kept.toString());
        assertEquals(current - 9, kept.get(0), "the oldest kept, oldest first: " + kept);
        assertEquals(409, admin2.post("/api/templates/revert?number=" + (current - 10) + "&basedOn=" + current, "")
                .statusCode(), "a version no longer kept cannot come back");
        assertTrue(ADMIN.getObject("/api/templates").getJsonArray("versions").stream()
                .noneMatch(v -> v.asJsonObject().getString("author").equals("admin2")),
                "tenant 1's template history is not tenant 2's");
    }

    @Test
    void revertBringsAnOldVersionBackAsANewOne() {
        int before = ADMIN.getObject("/api/templates?group=remote").getInt("current");
        int first = saved("admin1", "/api/templates?group=remote&basedOn=" + before, REMOTE_TEMPLATE);
        String other = REMOTE_TEMPLATE.replace("Say this", "Read aloud");
        int second = saved("admin1", "/api/templates?group=remote&basedOn=" + first, other);
        assertEquals(first + 1, second);
        assertEquals("Read aloud", firstTitle(ADMIN.getObject("/api/templates?group=remote")));

        JsonObject reverted = ADMIN.postObject("/api/templates/revert?group=remote&number=" + first + "&basedOn="
                + second, "");
        assertEquals(second + 1, reverted.getInt("number"));
        assertEquals(first, reverted.getInt("revertedTo"));
        JsonObject now = ADMIN.getObject("/api/templates?group=remote");
        assertEquals(second + 1, now.getInt("current"));
        assertEquals("Say this", firstTitle(now));
        assertEquals(409, ADMIN.post("/api/templates/revert?group=remote&number=" + first + "&basedOn=" + second, "")
                .statusCode(), "on top of a version that is not current any more");
    }

    @Test
    void popWithTheGroupTemplateInChromiumShowsTheHostileLabelAsText() {
        saveRemoteTemplate();
        try (Browser agent = new Browser()) {
            try {
                agent.logIn("/agent/desk.xhtml", "agent3");
                agent.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:phone"))).sendKeys("1103");
                agent.driver.findElement(By.id("desk:signIn")).click();
                agent.wait.until(ExpectedConditions.elementToBeClickable(By.id("desk:ready"))).click();
                agent.wait.until(ExpectedConditions.textToBe(By.id("myState"), "READY"));

                call = TestPbx.get().inboundCall("support", MAX, "Max Mustermann");
                call.awaitOffered(WAIT);
                agent.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#popForm\\:popCard [data-panel='script']")));
                List<String> panels = agent.driver.findElements(By.cssSelector("#popForm\\:popCard [data-panel]"))
                        .stream().map(e -> e.getAttribute("data-panel")).toList();
                assertEquals(List.of("script", "contact", "custom", "history"), panels);
                WebElement contact = agent.driver.findElement(
                        By.cssSelector("#popForm\\:popCard [data-panel='contact']"));
                assertEquals(HOSTILE, contact.findElement(By.cssSelector(".sb-panel-title")).getText());
                assertThrows(NoAlertPresentException.class, () -> agent.driver.switchTo().alert());
                WebElement phone = contact.findElement(By.cssSelector("dd[data-field='contact.phones'] a.sb-dial"));
                assertEquals("tel:" + MAX, phone.getAttribute("href"));
                assertTrue(agent.driver.findElement(By.id("popForm:greeting")).getText().contains("Hi Max"));
                String script = agent.driver.findElement(By.cssSelector("[data-panel='script'] dd")).getText();
                assertEquals("Good morning Mustermann, remote desk here.", script);
                agent.screenshot("templates-01-pop-group-template");

                // editable fields: the surname and the custom field, saved on the contact, hostile text as text
                WebElement surname = agent.driver.findElement(By.cssSelector("dd[data-field='contact.lastName'] input"));
                assertEquals("Mustermann", surname.getAttribute("value"));
                surname.clear();
                surname.sendKeys("Mustermann-Test");
                WebElement level = agent.driver.findElement(By.cssSelector("dd[data-field='custom.level'] input"));
                level.clear();
                level.sendKeys(HOSTILE);
                agent.driver.findElement(By.id("popForm:saveContact")).click();
                agent.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("popForm:popCard"),
                        "Max Mustermann-Test"));
                assertEquals(HOSTILE, agent.driver.findElement(By.cssSelector("dd[data-field='custom.level'] input"))
                        .getAttribute("value"));
                assertThrows(NoAlertPresentException.class, () -> agent.driver.switchTo().alert());
                agent.screenshot("templates-01b-contact-edited");
                surname = agent.driver.findElement(By.cssSelector("dd[data-field='contact.lastName'] input"));
                surname.clear();
                surname.sendKeys("Mustermann"); // other tests know him by this name
                agent.driver.findElement(By.id("popForm:saveContact")).click();
                agent.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                        "Contact saved"));
                // the pop is redrawn by ajax (and by pushes): elements found in one poll may be gone in the next
                agent.wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(
                        By.cssSelector("dd[data-field='contact.lastName'] input")).getAttribute("value")
                        .equals("Mustermann")
                        && !d.findElement(By.id("popForm:popCard")).getText().contains("Mustermann-Test"));

                agent.driver.findElement(By.id("popForm:noteText")).sendKeys("Wants a call back <b>tomorrow</b>");
                agent.driver.findElement(By.id("popForm:addNote")).click();
                agent.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                        "Note added"));
                agent.screenshot("templates-02-note-added");

                agent.driver.findElement(By.id("popForm:newCaseSubject")).sendKeys("Upgrade to <gold>");
                agent.driver.findElement(By.id("popForm:newCase")).click();
                agent.wait.until(ExpectedConditions.textMatches(By.cssSelector(".ui-growl"),
                        java.util.regex.Pattern.compile("Case CS-\\d+ opened")));
            } catch (RuntimeException | Error e) {
                agent.evidence("templates-pop");
                throw e;
            }
        }
    }

    @Test
    void adminEditsTheGroupTemplateInTheFormWithLivePreviewAndReverts() {
        saveRemoteTemplate();
        int before = ADMIN.getObject("/api/templates?group=remote").getInt("current");
        try (Browser admin = new Browser()) {
            try {
                admin.logIn("/admin/templates.xhtml", "admin1");
                admin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:scope")));
                // PrimeFaces' own API, as a click on its animated overlay can land before the item is there
                ((JavascriptExecutor) admin.driver).executeScript(
                        "var menu = PrimeFaces.getWidgetById('editor:scope'); menu.selectValue('remote'); menu.triggerChange();");
                admin.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:origin"),
                        "own template"));
                admin.wait.until(d -> previewPanels(admin).equals(List.of("script", "contact", "custom", "history")));

                // a new label shows in the preview, as text
                WebElement title = admin.driver.findElement(
                        By.cssSelector("[data-panel='script'] input[id$=':title']"));
                title.clear();
                title.sendKeys("Read <i>this</i>");
                admin.driver.findElement(By.id("editor:greeting")).click(); // blur: change event
                admin.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#editor\\:preview [data-panel='script'] .sb-panel-title"), "Read <i>this</i>"));

                // an unknown placeholder is a problem, shown at once, and the preview waits for the fix
                WebElement greeting = admin.driver.findElement(By.id("editor:greeting"));
                greeting.clear();
                greeting.sendKeys("Hi {contact.shoeSize}");
                admin.driver.findElement(By.id("editor:maxRows")).click();
                admin.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:problems"),
                        "contact.shoeSize"));
                greeting = admin.driver.findElement(By.id("editor:greeting"));
                greeting.clear();
                greeting.sendKeys("Hi {contact.firstName}");
                admin.driver.findElement(By.id("editor:maxRows")).click();
                admin.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:previewGreeting"),
                        "Hi Erika"));

                // the history panel goes up one place
                admin.driver.findElement(By.cssSelector("[data-panel='history'] button[id$=':panelUp']")).click();
                admin.wait.until(d -> previewPanels(admin).equals(List.of("script", "contact", "history", "custom")));
                admin.screenshot("templates-03-editor-preview");

                admin.driver.findElement(By.id("editor:save")).click();
                admin.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                        "Saved as version " + (before + 1)));
                JsonObject saved = ADMIN.getObject("/api/templates?group=remote");
                assertEquals(before + 1, saved.getInt("current"));
                assertEquals("Read <i>this</i>", firstTitle(saved));

                // one click brings the previous version back
                admin.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                        "#editor\\:versions tbody tr:nth-child(2) button[id$=':revert']"))).click();
                admin.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                        "in use again"));
                assertEquals("Say this", firstTitle(ADMIN.getObject("/api/templates?group=remote")));
                admin.wait.until(d -> previewPanels(admin).equals(List.of("script", "contact", "custom", "history")));
                admin.screenshot("templates-04-reverted");
            } catch (RuntimeException | Error e) {
                admin.evidence("templates-editor");
                throw e;
            }
        }
    }

    /** Read in one script: an ajax update may replace the preview between two element look-ups. */
    @SuppressWarnings("unchecked")
    private static List<String> previewPanels(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver).executeScript("""
                return Array.from(document.querySelectorAll('[id="editor:preview"] [data-panel]'))
                    .map(e => e.getAttribute('data-panel'));""");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static void saveRemoteTemplate() {
        int current = ADMIN.getObject("/api/templates?group=remote").getInt("current");
        saved("admin1", "/api/templates?group=remote&basedOn=" + current, REMOTE_TEMPLATE);
        assertEquals("GROUP", ADMIN.getObject("/api/templates?group=remote").getString("origin"));
    }

    /** The agent signs in and goes ready through the API, a known caller rings, their pop as JSON. */
    private JsonObject popOf(String agent, String extension) {
        Api api = Api.as(agent);
        api.postObject("/api/agents/me/sign-in", "extension=" + extension);
        assertEquals("READY", api.postObject("/api/agents/me/ready", "").getString("state"));
        call = TestPbx.get().inboundCall("support", MAX, "Max Mustermann");
        call.awaitOffered(WAIT);
        HttpResponse<String> pop = Api.await(() -> api.get("/api/pop"), r -> r.statusCode() == 200
                && read(r.body()).getJsonArray("contacts").size() > 0, WAIT);
        return read(pop.body());
    }

    private void hangUp() {
        call.awaitConnected(WAIT);
        call.customerHangsUp();
        call.awaitEnded(WAIT);
        call = null;
    }

    private static List<String> kinds(JsonObject view) {
        return view.getJsonArray("panels").stream().map(p -> p.asJsonObject().getString("kind")).toList();
    }

    private static List<String> values(JsonObject panel, int field) {
        return panel.getJsonArray("fields").getJsonObject(field).getJsonArray("values")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String firstTitle(JsonObject templates) {
        return templates.getJsonObject("template").getJsonArray("panels").getJsonObject(0).getJsonObject("title")
                .getJsonObject("texts").getString("en");
    }

    private static int saved(String user, String path, String json) {
        HttpResponse<String> response = put(user, path, json);
        assertEquals(200, response.statusCode(), response.body());
        return read(response.body()).getInt("number");
    }

    private static JsonObject read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** Api sends forms; a template is a JSON document. */
    private static HttpResponse<String> put(String user, String path, String json) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestEnvironment.baseUrl() + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
