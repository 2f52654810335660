package org.switchboard.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An integration polling {@code GET /api/agents/me} as fast as it can, first with an API token
 * ({@code Authorization: Bearer}) and with HTTP Basic, the same user, threads and time, in alternating slices, no
 * session cookie: what an integration costs the server per request with each way of logging in (issue 10).
 */
final class ApiPolling {

    static final String USER = "agent2";
    private static final String PATH = "/api/agents/me";
    private static final int ROUNDS = 4;

    record Result(double tokenPerSecond, double basicPerSecond, long tokenRequests, long basicRequests, int threads,
            double secondsEach) {
    }

    private ApiPolling() {
    }

    static Result measure(String baseUrl, Duration each, int threads) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString((USER + ":" + USER + "-demo").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> made = send(http, HttpRequest.newBuilder(URI.create(baseUrl + "/api/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=benchmark")));
        if (made.statusCode() != 200) {
            throw new IllegalStateException("POST /api/tokens -> HTTP " + made.statusCode() + ": " + made.body());
        }
        JsonObject token;
        try (var reader = Json.createReader(new StringReader(made.body()))) {
            token = reader.readObject();
        }
        String bearer = "Bearer " + token.getString("token");
        try {
            // warm-up of both paths (JIT, the caches in front of bcrypt and the token table)
            poll(http, baseUrl, bearer, Duration.ofSeconds(1), threads);
            poll(http, baseUrl, basic, Duration.ofSeconds(1), threads);
            // Slices in the order token, Basic, Basic, token, ...: the server keeps getting faster for a while
            // (JIT) and the machine's load changes, and a fixed order would credit that to whichever comes second.
            Duration slice = each.dividedBy(ROUNDS);
            long tokens = 0;
            long basics = 0;
            for (int round = 0; round < ROUNDS; round++) {
                if (round % 2 == 0) {
                    tokens += poll(http, baseUrl, bearer, slice, threads);
                    basics += poll(http, baseUrl, basic, slice, threads);
                } else {
                    basics += poll(http, baseUrl, basic, slice, threads);
                    tokens += poll(http, baseUrl, bearer, slice, threads);
                }
            }
            double seconds = slice.multipliedBy(ROUNDS).toMillis() / 1000.0;
            return new Result(tokens / seconds, basics / seconds, tokens, basics, threads, seconds);
        } finally {
            send(http, HttpRequest.newBuilder(URI.create(baseUrl + "/api/tokens/" + token.getJsonNumber("id")))
                    .header("Authorization", basic).DELETE());
        }
    }

    /** Requests answered 200 by {@code threads} clients in a loop for {@code time}; any other answer fails. */
    private static long poll(HttpClient http, String baseUrl, String authorization, Duration time, int threads)
            throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long deadline = System.nanoTime() + time.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline && failure.get() == null) {
                    try {
                        HttpResponse<String> r = send(http, HttpRequest.newBuilder(URI.create(baseUrl + PATH))
                                .header("Authorization", authorization).header("Accept", "application/json").GET());
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("GET " + PATH + " with "
                                    + authorization.substring(0, authorization.indexOf(' ')) + " -> HTTP "
                                    + r.statusCode() + ": " + r.body());
                        }
                        if (System.nanoTime() < deadline) {
                            done.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }, "api-poll-" + i);
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            t.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return done.get();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
