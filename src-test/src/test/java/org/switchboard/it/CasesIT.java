package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cases through the REST API: numbering, listing by account, optimistic locking, the status rules. */
@ExtendWith(ArquillianExtension.class)
class CasesIT {

    private static final Api AGENT = Api.as("agent1");
    private static final Api OTHER = Api.as("agent2");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    @Test
    void aCaseIsNumberedListedChangedOnceAndClosed() {
        JsonObject opened = AGENT.postObject("/api/cases",
                "subject=Parcel%20lost&description=%3Cscript%3Ealert(1)%3C%2Fscript%3E&priority=high&accountId=1");
        String number = opened.getString("number");
        assertTrue(number.matches("CS-[0-9]{6}"), number);
        assertEquals("OPEN", opened.getString("status"));
        assertEquals("HIGH", opened.getString("priority"));
        assertEquals("agent1", opened.getString("owner"));
        assertEquals("<script>alert(1)</script>", opened.getString("description"), "stored as typed, escaped on output");
        assertTrue(AGENT.getArray("/api/cases?accountId=1").stream()
                .anyMatch(c -> c.asJsonObject().getString("number").equals(number)));

        long version = opened.getJsonNumber("version").longValue();
        JsonObject pending = read(OTHER.put("/api/cases/" + number, "version=" + version + "&status=pending"));
        assertEquals("PENDING", pending.getString("status"));
        // agent1 still edits the version it read: told, not overwritten
        HttpResponse<String> stale = AGENT.put("/api/cases/" + number, "version=" + version + "&subject=Other");
        assertEquals(409, stale.statusCode());
        assertTrue(stale.body().contains("changed by someone else"), stale.body());
        assertEquals("Parcel lost", read(AGENT.get("/api/cases/" + number)).getString("subject"));

        long current = pending.getJsonNumber("version").longValue();
        JsonObject closed = read(AGENT.put("/api/cases/" + number, "version=" + current + "&status=closed"));
        assertEquals("CLOSED", closed.getString("status"));
        assertFalse(closed.isNull("closedAt"));
        assertFalse(AGENT.getArray("/api/cases?accountId=1").stream()
                .anyMatch(c -> c.asJsonObject().getString("number").equals(number)), "closed cases not listed");
        assertTrue(AGENT.getArray("/api/cases?accountId=1&closed=true").stream()
                .anyMatch(c -> c.asJsonObject().getString("number").equals(number)));
    }

    @Test
    void badRequestsAreRefusedWithAMessage() {
        HttpResponse<String> blank = AGENT.post("/api/cases", "subject=%20&accountId=1");
        assertEquals(400, blank.statusCode());
        assertTrue(blank.body().contains("needs a subject"), blank.body());
        assertEquals(400, AGENT.post("/api/cases", "subject=x&priority=whenever").statusCode());
        assertEquals(404, AGENT.get("/api/cases/CS-999999").statusCode());
        assertEquals(404, AGENT.get("/api/cases/DROP%20TABLE").statusCode());
        assertEquals(400, AGENT.get("/api/cases").statusCode());
        assertEquals(401, Api.as("nobody").get("/api/cases?accountId=1").statusCode());
    }

    private static JsonObject read(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + ": " + response.body());
        }
        try (var reader = jakarta.json.Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
