package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contacts, accounts, search and history through the REST API: numbers in any format, paging, optimistic
 * locking, hostile strings as data, and tenant isolation (agent4 works for tenant 2, Acme Travel; its contact 101
 * shares the number +4930123456789 with tenant 1's contact 1).
 */
@ExtendWith(ArquillianExtension.class)
class RecordsIT {

    private static final Api AGENT = Api.as("agent1");
    private static final Api OTHER_AGENT = Api.as("agent2");
    private static final Api ACME = Api.as("agent4");

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    private static JsonObject search(Api as, String q, int page, int size) {
        return as.getObject("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=" + page
                + "&size=" + size);
    }

    private static List<Long> contactIds(JsonObject page) {
        return page.getJsonArray("hits").stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("kind").equals("CONTACT"))
                .map(h -> h.getJsonNumber("id").longValue()).toList();
    }

    private static List<String> caseNumbers(JsonObject page) {
        return page.getJsonArray("hits").stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("kind").equals("CASE")).map(h -> h.getString("caseNumber")).toList();
    }

    @Test
    void aContactIsReadWithPhonesEmailsLanguageAndAccount() {
        JsonObject max = AGENT.getObject("/api/contacts/1");
        assertEquals("Max Mustermann", max.getString("name"));
        assertEquals("max.mustermann@example.com", max.getJsonArray("emails").getString(0));
        assertTrue(max.getJsonArray("phones").stream()
                .anyMatch(p -> p.asJsonObject().getString("number").equals("+4930123456789")));
        assertEquals(1, max.getJsonNumber("accountId").longValue());
        assertEquals("Nordwind Logistik GmbH", max.getString("accountName"));
        assertTrue(max.containsKey("version"));

        JsonObject account = AGENT.getObject("/api/accounts/1");
        assertEquals("Nordwind Logistik GmbH", account.getString("name"));
        assertTrue(account.getJsonArray("contacts").stream()
                .anyMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == 1));
        // the lookup by number keeps working, in any format
        assertEquals(1, AGENT.getArray("/api/contacts?number=" + URLEncoder.encode("030 123456789",
                StandardCharsets.UTF_8)).getJsonObject(0).getJsonNumber("contactId").longValue());
    }

    @Test
    void searchFindsByNameNumberInAnyFormatEmailAndCaseNumber() {
        assertTrue(contactIds(search(AGENT, "Mustermann", 0, 25)).contains(1L));
        assertTrue(contactIds(search(AGENT, "max must", 0, 25)).contains(1L));
        assertTrue(contactIds(search(AGENT, "Mustermann, Max", 0, 25)).contains(1L));
        for (String typed : List.of("+49 30 1234-5678", "0049 30 123456789", "030 123456789", "6789")) {
            List<Long> found = contactIds(search(AGENT, typed, 0, 50));
            assertTrue(found.contains(1L), typed + " finds contact 1: " + found);
            assertFalse(found.contains(101L), typed + " never finds tenant 2's contact 101");
        }
        assertEquals(List.of(1L), contactIds(search(AGENT, "MAX.MUSTERMANN@example", 0, 25)));

        String number = AGENT.postObject("/api/cases", "subject=Invoice%20twice%20charged&contactId=1")
                .getString("number");
        assertEquals(List.of(number), caseNumbers(search(AGENT, number, 0, 25)));
        assertEquals(List.of(number), caseNumbers(search(AGENT, number.toLowerCase(), 0, 25)));
        String digits = String.valueOf(Long.parseLong(number.substring(3)));
        assertEquals(number, caseNumbers(search(AGENT, digits, 0, 25)).get(0), "digits alone: the case first");
        assertTrue(caseNumbers(search(AGENT, "twice charged", 0, 25)).contains(number), "by subject");
    }

    @Test
    void searchIsPaged() {
        // all of tenant 1's demo contacts have numbers +49 30 123456xxx
        JsonObject first = search(AGENT, "030 123456", 0, 10);
        assertTrue(first.getJsonNumber("total").longValue() >= 25, first.toString());
        assertTrue(first.getBoolean("hasMore"));
        Set<Long> seen = new HashSet<>(contactIds(first));
        assertEquals(10, seen.size());
        JsonObject second = search(AGENT, "030 123456", 1, 10);
        for (long id : contactIds(second)) {
            assertTrue(seen.add(id), "page 2 repeats " + id);
        }
        assertEquals(400, AGENT.get("/api/search?q=x&size=1000").statusCode());
        assertEquals(0, search(AGENT, "   ", 0, 10).getJsonNumber("total").longValue());
    }

    @Test
    void anotherTenantsRecordsAreNotFound() {
        assertEquals(404, ACME.get("/api/contacts/1").statusCode());
        assertEquals(404, ACME.get("/api/contacts/1/history").statusCode());
        assertEquals(404, ACME.get("/api/accounts/1").statusCode());
        assertEquals(404, ACME.get("/api/accounts/1/history").statusCode());
        assertEquals(404, ACME.putJson("/api/contacts/1", "{\"lastName\":\"Taken\",\"version\":0}").statusCode());
        assertEquals(404, AGENT.get("/api/contacts/101").statusCode());
        assertEquals(404, AGENT.get("/api/accounts/101").statusCode());
        assertEquals(404, AGENT.get("/api/contacts/999999").statusCode(), "missing looks the same");

        assertEquals(List.of(101L), contactIds(search(ACME, "030 123456789", 0, 25)));
        assertEquals(List.of(), contactIds(search(ACME, "Mustermann", 0, 25)));
        assertEquals(List.of(), contactIds(search(ACME, "max.mustermann@", 0, 25)));
        assertEquals(List.of("CS-900001"), caseNumbers(search(ACME, "CS-900001", 0, 25)));
        assertEquals(List.of(), caseNumbers(search(AGENT, "CS-900001", 0, 25)));
        assertEquals(List.of(), contactIds(search(AGENT, "Reisender", 0, 25)));
        // an account of another tenant cannot be given to one's contact
        HttpResponse<String> foreign = AGENT.postJson("/api/contacts", "{\"lastName\":\"X\",\"accountId\":101}");
        assertEquals(400, foreign.statusCode(), foreign.body());
    }

    @Test
    void createThenChangeWithTheVersionReadAndAStaleOneIsRefused() {
        JsonObject created = Api.object(AGENT.postJson("/api/contacts", Json.createObjectBuilder()
                .add("firstName", "Ida").add("lastName", "Neuland")
                .add("emails", Json.createArrayBuilder().add("ida@example.com").add("ida.private@example.org"))
                .add("phones", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("number", "030 7777 1234").add("label", "work"))
                        .add(Json.createObjectBuilder().add("number", "+49 151 2345 6789")))
                .add("preferredLanguage", "EN-gb").add("accountId", 2).build().toString()));
        long id = created.getJsonNumber("id").longValue();
        assertEquals(List.of("ida@example.com", "ida.private@example.org"),
                created.getJsonArray("emails").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("+493077771234", created.getJsonArray("phones").getJsonObject(0).getString("number"));
        assertEquals("work", created.getJsonArray("phones").getJsonObject(0).getString("label"));
        assertEquals("en-GB", created.getString("preferredLanguage"));
        assertEquals(2, created.getJsonNumber("accountId").longValue());
        assertTrue(contactIds(search(AGENT, "neuland ida", 0, 25)).contains(id));
        assertTrue(contactIds(search(AGENT, "ida.private@", 0, 25)).contains(id));
        assertTrue(contactIds(search(AGENT, "030 7777", 0, 25)).contains(id));

        long version = created.getJsonNumber("version").longValue();
        JsonObject changed = Api.object(OTHER_AGENT.putJson("/api/contacts/" + id, "{\"version\":" + version
                + ",\"phones\":[{\"number\":\"030 7777 1234\"},{\"number\":\"0049 40 1234567\",\"label\":\"home\"}]}"));
        assertTrue(changed.getJsonNumber("version").longValue() > version, "numbers changed: a new version");
        assertEquals("work", changed.getJsonArray("phones").getJsonObject(0).getString("label"), "label kept");
        assertEquals("+49401234567", changed.getJsonArray("phones").getJsonObject(1).getString("number"));
        assertEquals(2, changed.getJsonArray("phones").size());

        HttpResponse<String> stale = AGENT.putJson("/api/contacts/" + id,
                "{\"version\":" + version + ",\"lastName\":\"Overwritten\"}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("changed by someone else"), stale.body());
        assertEquals("Neuland", AGENT.getObject("/api/contacts/" + id).getString("lastName"));

        HttpResponse<String> noVersion = AGENT.putJson("/api/contacts/" + id, "{\"lastName\":\"X\"}");
        assertEquals(400, noVersion.statusCode());
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        HttpResponse<String> badNumber = AGENT.postJson("/api/contacts",
                "{\"lastName\":\"Nummer\",\"phones\":[{\"number\":\"12ab\"}]}");
        assertEquals(400, badNumber.statusCode());
        assertTrue(badNumber.body().contains("Not a valid phone number: 12ab"), badNumber.body());
        HttpResponse<String> badEmail = AGENT.postJson("/api/contacts", "{\"lastName\":\"Post\",\"emails\":[\"no-at\"]}");
        assertEquals(400, badEmail.statusCode());
        assertTrue(badEmail.body().contains("Not a valid e-mail address"), badEmail.body());
        assertEquals(400, AGENT.postJson("/api/contacts", "{\"firstName\":\"Only\"}").statusCode());
        assertEquals(400, AGENT.postJson("/api/contacts", "{\"lastName\":\"L\",\"preferredLanguage\":\"german\"}")
                .statusCode());
        assertEquals(401, Api.as("nobody").get("/api/contacts/1").statusCode());
    }

    @Test
    void hostileStringsAreStoredAndReturnedAsData() {
        String email = "\"" + SCRIPT + "\"@example.com";
        JsonObject created = Api.object(AGENT.postJson("/api/contacts", Json.createObjectBuilder()
                .add("firstName", SCRIPT).add("lastName", IMG)
                .add("emails", Json.createArrayBuilder().add(email)).build().toString()));
        long id = created.getJsonNumber("id").longValue();
        JsonObject read = AGENT.getObject("/api/contacts/" + id);
        assertEquals(SCRIPT, read.getString("firstName"));
        assertEquals(IMG, read.getString("lastName"));
        assertEquals(email, read.getJsonArray("emails").getString(0));
        JsonObject found = search(AGENT, SCRIPT, 0, 25);
        assertTrue(contactIds(found).contains(id), found.toString());
        assertEquals(SCRIPT + " " + IMG, found.getJsonArray("hits").stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getJsonNumber("id").longValue() == id).findFirst().orElseThrow().getString("name"));
    }

    @Test
    void aCallWithItsWrapUpIsInTheHistoryOfTheContactAndTheAccount() {
        Api agent = Api.as("agent3");
        java.time.Duration wait = java.time.Duration.ofSeconds(20);
        TestPbx.awaitConnector(1, java.time.Duration.ofSeconds(90));
        agent.post("/api/agents/me/sign-out", "");
        agent.postObject("/api/agents/me/sign-in", "phone=1103");
        agent.postObject("/api/agents/me/ready", "");
        try {
            // Felix Richter, contact 7 of account 7
            org.switchboard.pbxsim.InboundCall call = TestPbx.get().inboundCall("sales", "+4930123456006", "F R");
            call.awaitConnected(wait);
            call.customerHangsUp();
            call.awaitEnded(wait);
            long callId = Api.await(() -> agent.getArray("/api/calls/mine").stream().map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("linkedId").equals(call.linkedid()) && !Api.isNull(c, "endedAt"))
                    .findFirst(), java.util.Optional::isPresent, wait).orElseThrow().getJsonNumber("id").longValue();
            JsonObject wrapUp = agent.getObject("/api/calls/" + callId + "/wrap-up");
            Api.object(agent.post("/api/calls/" + callId + "/wrap-up/finish", "version="
                    + wrapUp.getJsonNumber("version") + "&notes=Wants%20%3Cb%3Ea%20quote%3C%2Fb%3E&disposition=resolved"));

            JsonObject entry = agent.getArray("/api/contacts/7/history").stream().map(JsonValue::asJsonObject)
                    .filter(e -> e.getString("kind").equals("CALL") && e.getJsonNumber("id").longValue() == callId)
                    .findFirst().orElseThrow(() -> new AssertionError("call " + callId + " not in the history"));
            assertEquals("INBOUND", entry.getString("direction"));
            assertEquals("agent3", entry.getString("who"));
            assertEquals("ANSWERED", entry.getString("outcome"));
            assertEquals("resolved", entry.getString("disposition"));
            assertEquals("Wants <b>a quote</b>", entry.getString("text"));
            assertEquals("+4930123456006", entry.getString("number"));
            assertTrue(entry.containsKey("talkSeconds") && entry.containsKey("at"), entry.toString());
            assertTrue(agent.getArray("/api/accounts/7/history").stream().map(JsonValue::asJsonObject)
                    .anyMatch(e -> e.getString("kind").equals("CALL") && e.getJsonNumber("id").longValue() == callId));
            assertEquals(404, ACME.get("/api/contacts/7/history").statusCode());
        } finally {
            agent.post("/api/agents/me/sign-out", "");
        }
    }

    @Test
    void historyHasCasesNewestFirstForTheContactAndItsAccount() {
        String older = AGENT.postObject("/api/cases", "subject=First%20issue&contactId=2&accountId=2")
                .getString("number");
        JsonObject newer = AGENT.postObject("/api/cases", "subject=Second%20issue&contactId=2");
        AGENT.put("/api/cases/" + newer.getString("number"), "version=" + newer.getJsonNumber("version") + "&status=closed");

        JsonArray history = AGENT.getArray("/api/contacts/2/history");
        List<String> events = history.stream().map(JsonValue::asJsonObject)
                .filter(e -> e.containsKey("caseNumber") && !e.isNull("caseNumber"))
                .map(e -> e.getString("kind") + " " + e.getString("caseNumber")).toList();
        int closed = events.indexOf("CASE_CLOSED " + newer.getString("number"));
        int opened = events.indexOf("CASE_OPENED " + newer.getString("number"));
        int olderOpened = events.indexOf("CASE_OPENED " + older);
        assertTrue(closed >= 0 && closed < opened && opened < olderOpened, events.toString());
        assertTrue(AGENT.getArray("/api/accounts/2/history").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> older.equals(e.getString("caseNumber", null))), "the account's history has it");
    }
}
