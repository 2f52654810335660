package org.switchboard.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * WildFly's HTTP management API (JSON over POST), for the JMS backlog. It uses HTTP Digest, which
 * java.net.http.HttpClient does not support; HttpURLConnection does, with a per-connection Authenticator.
 */
final class ManagementClient {

    private final URI endpoint;
    private final Authenticator authenticator;

    ManagementClient(int port, String user, String password) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/management");
        this.authenticator = new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password.toCharArray());
            }
        };
    }

    /**
     * The call-event topic's counters: {@code backlog} = messages stored for its subscriptions and not yet
     * acknowledged (published by the connector, not yet committed by the consumer MDB); {@code added} = messages
     * published since the server started.
     */
    record TopicCounters(long backlog, long added) {
    }

    TopicCounters callEvents() {
        String request = """
                {"operation":"read-resource","include-runtime":true,"address":[
                 {"subsystem":"messaging-activemq"},{"server":"default"},{"jms-topic":"SwitchboardCallEvents"}]}""";
        JsonObject result = post(request).getJsonObject("result");
        return new TopicCounters(result.getJsonNumber("message-count").longValue(),
                result.getJsonNumber("messages-added").longValue());
    }

    private JsonObject post(String body) {
        try {
            HttpURLConnection c = (HttpURLConnection) endpoint.toURL().openConnection();
            c.setAuthenticator(authenticator);
            c.setConnectTimeout(5000);
            c.setReadTimeout(30000);
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
            int status = c.getResponseCode();
            try (InputStream in = status == 200 ? c.getInputStream() : c.getErrorStream()) {
                String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (status != 200) {
                    throw new IllegalStateException("management API -> HTTP " + status + ": " + text);
                }
                try (JsonReader reader = Json.createReader(new java.io.StringReader(text))) {
                    return reader.readObject();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
