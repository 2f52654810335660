package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logins as an attacker and as an operator see them. The attacker's requests come from other loopback addresses
 * (127.0.0.x, a real source address the server sees: it trusts no X-Forwarded-For), so the throttle they earn
 * never touches the other tests, which log in from 127.0.0.1, and shows what matters: the address is throttled,
 * the agent it aimed at is not locked out.
 */
@ExtendWith(ArquillianExtension.class)
class LoginsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestEnvironment.ear();
    }

    @Test
    void aDozenWrongPasswordsFromOneAddressAreThrottledAndTheAgentCanStillLogIn() {
        String attacker = "127.0.0.21";
        for (int i = 1; i <= 10; i++) {
            assertEquals(401, raw(attacker, "GET", "/api/agents/me", basic("agent1", "guess" + i), null).status,
                    "attempt " + i + " is checked");
        }
        for (int i = 11; i <= 12; i++) {
            Raw refused = raw(attacker, "GET", "/api/agents/me", basic("agent1", "guess" + i), null);
            assertEquals(429, refused.status, "attempt " + i + " must wait");
            long retryAfter = Long.parseLong(refused.header("retry-after"));
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
            assertTrue(refused.body.contains("try again in"), refused.body);
        }
        // even the right password is not checked while the address waits
        assertEquals(429, raw(attacker, "GET", "/api/agents/me", basic("agent1", "agent1-demo"), null).status);
        // the login form from that address: 429, and the page says how long to wait
        Raw form = raw(attacker, "POST", "/j_security_check", Map.of("Accept-Language", "en"),
                "j_username=agent1&j_password=guess13");
        assertEquals(429, form.status, form.body);
        assertNotNull(form.header("retry-after"));
        assertTrue(form.body.contains("Too many attempts from your address: try again in "), form.body);

        // the real agent, elsewhere, is not locked out
        assertEquals(200, Api.as("agent1").get("/api/agents/me").statusCode());
        JsonObject locks = Api.as("admin1").getObject("/api/security/locks");
        assertTrue(locks.getJsonArray("users").stream().map(JsonObject.class::cast)
                .noneMatch(u -> u.getString("user").equals("agent1") && u.getBoolean("locked")), locks.toString());
    }

    @Test
    void aUserIsLockedOnlyAsALastResortAndAnAdministratorLiftsTheLock() {
        try {
            // 25 failures for one name, from addresses that are each throttled after 10
            int failures = 0;
            for (String address : new String[] {"127.0.0.31", "127.0.0.32", "127.0.0.33"}) {
                for (int i = 0; i < 10 && failures < 25; i++, failures++) {
                    assertEquals(401, raw(address, "GET", "/api/calls/mine", basic("agent3", "nope" + failures),
                            null).status);
                }
            }
            Raw locked = raw("127.0.0.34", "GET", "/api/calls/mine", basic("agent3", "agent3-demo"), null);
            assertEquals(401, locked.status);
            assertTrue(locked.body.contains("locked"), locked.body);
            Raw lockedForm = raw("127.0.0.34", "POST", "/j_security_check", Map.of(),
                    "j_username=agent3&j_password=agent3-demo");
            assertEquals(302, lockedForm.status);
            assertTrue(lockedForm.header("location").contains("error=locked"), lockedForm.header("location"));

            JsonObject agent3 = Api.as("admin1").getObject("/api/security/locks").getJsonArray("users").stream()
                    .map(JsonObject.class::cast).filter(u -> u.getString("user").equals("agent3")).findFirst()
                    .orElseThrow();
            assertTrue(agent3.getBoolean("locked"), agent3.toString());
            assertNotNull(agent3.getString("lockedUntil"));
            // another tenant's administrator neither sees nor lifts it; an agent may not
            assertTrue(Api.as("admin2").getObject("/api/security/locks").getJsonArray("users").stream()
                    .map(JsonObject.class::cast).noneMatch(u -> u.getString("user").equals("agent3")));
            assertEquals(404, delete("admin2", "/api/security/locks/agent3").statusCode());
            assertEquals(403, Api.as("agent1").get("/api/security/locks").statusCode());

            assertEquals(200, delete("admin1", "/api/security/locks/agent3").statusCode());
            assertEquals(200, Api.as("agent3").get("/api/calls/mine").statusCode());
        } finally {
            delete("admin1", "/api/security/locks/agent3");
        }
    }

    @Test
    void aTokenActsAsItsUserWithinTheirRolesAndTenantUntilRevoked() {
        JsonObject made = Api.as("agent1").postObject("/api/tokens", "name=CRM%20sync");
        String token = made.getString("token");
        long id = made.getJsonNumber("id").longValue();
        assertTrue(token.startsWith("sbt_"), token);

        HttpResponse<String> me = bearer(token, "GET", "/api/agents/me");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("agent1", object(me.body()).getString("username"));
        assertEquals(403, bearer(token, "GET", "/api/agents").statusCode(), "an agent's token is an agent's");
        assertEquals(404, bearer(token, "GET", "/api/cases/CS-900001").statusCode(), "tenant 2's case");

        JsonObject listed = Api.as("agent1").getObject("/api/tokens").getJsonArray("tokens").stream()
                .map(JsonObject.class::cast).filter(t -> t.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow();
        assertFalse(listed.containsKey("token"), "shown once only");
        assertTrue(listed.getBoolean("active"));
        assertFalse(listed.isNull("lastUsedAt"), listed.toString());

        // another tenant's administrator cannot revoke it, nor list agent1's tokens
        assertEquals(404, delete("admin2", "/api/tokens/" + id).statusCode());
        assertEquals(404, Api.as("admin2").get("/api/tokens?user=agent1").statusCode());
        assertEquals(200, bearer(token, "GET", "/api/agents/me").statusCode());

        assertEquals(200, delete("agent1", "/api/tokens/" + id).statusCode());
        HttpResponse<String> revoked = bearer(token, "GET", "/api/agents/me");
        assertEquals(401, revoked.statusCode(), revoked.body());
        assertEquals(401, bearer("sbt_not-a-token", "GET", "/api/agents/me").statusCode());
    }

    @Test
    void anAdministratorMakesAndRevokesATokenForAUserOfTheirTenant() {
        JsonObject made = Api.as("admin1").postObject("/api/tokens", "name=Wallboard&user=supervisor1");
        assertEquals("supervisor1", made.getString("user"));
        assertEquals("admin1", made.getString("createdBy"));
        assertEquals(200, bearer(made.getString("token"), "GET", "/api/agents").statusCode(), "a supervisor's");
        assertEquals(404, Api.as("admin2").post("/api/tokens", "name=x&user=supervisor1").statusCode());
        assertEquals(400, Api.as("agent1").post("/api/tokens", "name=").statusCode());
        assertEquals(200, delete("admin1", "/api/tokens/" + made.getJsonNumber("id").longValue())
                .statusCode());
        assertEquals(401, bearer(made.getString("token"), "GET", "/api/agents").statusCode());
    }

    @Test
    void theLoginPageSaysWhyInEnglishAndGerman() {
        Raw de = raw("127.0.0.1", "GET", "/login.xhtml?error=throttled&retry=42", Map.of("Accept-Language", "de"),
                null);
        assertTrue(de.body.contains("Zu viele Versuche von Ihrer Adresse: Bitte in 42 s erneut versuchen."),
                de.body);
        assertTrue(de.body.contains("Benutzername"));
        Raw en = raw("127.0.0.1", "GET", "/login.xhtml?error=locked&retry=600", Map.of("Accept-Language", "en"),
                null);
        assertTrue(en.body.contains("This account is locked after too many failed log-ins. Try again in 10 min"),
                en.body);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    static Map<String, String> basic(String user, String password) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static HttpResponse<String> bearer(String token, String method, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(TestEnvironment.baseUrl() + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject object(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** One HTTP/1.1 exchange from the given local (source) address. */
    record Raw(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    static Raw raw(String from, String method, String path, Map<String, String> headers, String form) {
        URI base = URI.create(TestEnvironment.baseUrl());
        try (Socket socket = new Socket(InetAddress.getByName(base.getHost()), base.getPort(),
                InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(method + " " + base.getPath() + path + " HTTP/1.1\r\n")
                    .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
            byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            if (form != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\n");
            }
            request.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, end).split("\r\n");
            Map<String, String> answer = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                answer.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        head[i].substring(colon + 1).trim());
            }
            return new Raw(Integer.parseInt(head[0].split(" ")[1]), answer, text.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> delete(String user, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(TestEnvironment.baseUrl() + path))
                    .header("Authorization", basic(user, user + "-demo").get("Authorization"))
                    .header("Accept", "application/json").DELETE().timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
