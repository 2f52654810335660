package org.switchboard.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The Switchboard REST API (/switchboard/api) as one demo user. It logs in once with the console's login form
 * and then sends the session cookie: with HTTP Basic every request would cost the server a bcrypt check (tens of
 * milliseconds of CPU), and the benchmark polls every half second, so it would slow down what it measures.
 */
final class SwitchboardClient {

    /** Counts of the call records started since some instant (GET /api/stats/calls). */
    record CallCounts(long total, long distinctLinkedIds, long ended, long answered, long abandoned) {
        static final CallCounts NONE = new CallCounts(0, 0, 0, 0, 0);
    }

    private final String baseUrl;
    private final HttpClient http;

    /** Demo users have the password {@code <username>-demo}. */
    SwitchboardClient(String baseUrl, String user) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        logIn(user, user + "-demo");
    }

    /** The form login: a protected page starts the session, j_security_check authenticates it. */
    private void logIn(String user, String password) {
        exchange(HttpRequest.newBuilder(URI.create(baseUrl + "/index.xhtml")).GET());
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(baseUrl + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login of " + user + " failed: HTTP " + response.statusCode() + " "
                    + location);
        }
    }

    CallCounts calls(Instant since, String queue) {
        String path = "/api/stats/calls?since=" + since.truncatedTo(ChronoUnit.MILLIS)
                + (queue == null ? "" : "&queue=" + URLEncoder.encode(queue, StandardCharsets.UTF_8));
        JsonObject o = json(send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), path));
        return new CallCounts(o.getJsonNumber("total").longValue(), o.getJsonNumber("distinctLinkedIds").longValue(),
                o.getJsonNumber("ended").longValue(), o.getJsonNumber("answered").longValue(),
                o.getJsonNumber("abandoned").longValue());
    }

    /** POST with a form body; returns the response body (fails on anything but 200). */
    /** As the console's own scripts do: on a session cookie, a changing request carries X-Switchboard-Console. */
    String post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Switchboard-Console", "1")
                .POST(HttpRequest.BodyPublishers.ofString(form)), path);
    }

    private String send(HttpRequest.Builder request, String path) {
        HttpResponse<String> response = exchange(request.header("Accept", "application/json"));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " -> HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
