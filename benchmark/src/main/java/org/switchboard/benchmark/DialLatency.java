package org.switchboard.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.pbxsim.PbxSimulator;
import org.switchboard.pbxsim.RecordedAction;

/**
 * Click-to-dial latency as the PBX sees it: from sending {@code POST /api/agents/me/dial} to the simulator
 * having read the Originate action off its AMI socket (matched by the action id the API returns). The simulator
 * runs in this JVM, so both instants come from one clock.
 */
final class DialLatency {

    static final String USER = "agent3";
    static final String EXTENSION = "1103";
    private static final String NUMBER = "+4930123456002"; // a demo contact: the outbound call is linked too

    private DialLatency() {
    }

    /** Signs {@link #USER} in, dials {@code count} times (plus two for warm-up), signs out; milliseconds each. */
    static List<Long> measure(PbxSimulator sim, SwitchboardClient agent, int count) throws InterruptedException {
        agent.post("/api/agents/me/sign-out", "");
        agent.post("/api/agents/me/sign-in", "extension=" + EXTENSION);
        List<Long> millis = new ArrayList<>();
        try {
            for (int i = 0; i < count + 2; i++) {
                Instant sent = Instant.now();
                String body = agent.post("/api/agents/me/dial", "number=" + NUMBER);
                String actionId = actionId(body);
                RecordedAction originate = sim.awaitAction(a -> "Originate".equalsIgnoreCase(a.name())
                        && a.get("ActionID") != null && a.get("ActionID").endsWith(actionId), Duration.ofSeconds(10));
                if (i >= 2) {
                    millis.add(Duration.between(sent, originate.receivedAt()).toMillis());
                }
                Thread.sleep(250); // one agent does not dial ten times a second; let the call start
            }
        } finally {
            agent.post("/api/agents/me/sign-out", "");
        }
        return millis;
    }

    private static String actionId(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonObject o = reader.readObject();
            return o.getString("actionId");
        }
    }
}
