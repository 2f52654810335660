package org.switchboard.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbxsim.ami.AmiMessage;

/** Each scenario's call-model event order equals the one in the corresponding real capture. */
class ScenarioOrderTest {
    private static final Duration T = Duration.ofSeconds(10);
    private PbxSimulator sim;
    private AmiTestClient client;

    @BeforeEach
    void start() throws Exception {
        sim = PbxSimulator.start(SimulatorConfig.builder().port(0).credentials("switchboard", "secret")
                .pstn(Duration.ofMillis(200), Duration.ofMillis(300)).build());
        client = AmiTestClient.loggedIn(sim.port());
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        sim.close();
    }

    private void settle() {
        AmiTestClient.sleep(300);
    }

    private List<String> expected(String capture) throws Exception {
        List<String> types = Captures.callModel(Captures.eventTypes(Captures.file(capture)));
        assertTrue(types.size() >= 10, "capture " + capture + " yields too few events: " + types);
        return types;
    }

    @Test
    void inboundAnsweredCustomerHangsUpAsCapture01() throws Exception {
        sim.addMember("support", "Local/1001@agents/n", "Anna Schmidt", "Custom:agent1001");
        client.action("QueueAdd", "Queue", "support", "Interface", "Local/1002@agents/n", "MemberName", "Ben Keller",
                "StateInterface", "Custom:agent1002", "Paused", "true", "Reason", "Training");
        settle();
        client.clear();
        InboundCall call = sim.inboundCall("support", "+4930123456789", "Max Mustermann");
        assertEquals("Local/1001@agents/n", call.awaitOffered(T));
        call.awaitConnected(T);
        settle();
        call.customerHangsUp();
        assertEquals("completed", call.awaitEnded(T));
        settle();
        assertEquals(expected("01-"), Captures.callModel(client.eventTypes()));
        AmiMessage complete = client.awaitEvent(e -> "AgentComplete".equals(e.get("Event")), T);
        assertEquals("caller", complete.get("Reason"));
        assertEquals(complete.get("Uniqueid"), complete.get("Linkedid"));
        assertEquals(call.linkedid(), complete.get("DestLinkedid"));
        assertEquals("Anna Schmidt", complete.get("MemberName"));
        assertEquals(0, sim.channelCount());
    }

    @Test
    void abandonedWhileWaitingAsCapture02() throws Exception {
        client.action("QueueAdd", "Queue", "support", "Interface", "Local/1001@agents/n", "MemberName",
                "Anna Schmidt", "StateInterface", "Custom:agent1001", "Paused", "true", "Reason", "Lunch");
        settle();
        client.clear();
        InboundCall call = sim.inboundCall("support", "+4940987654321", "Erika Musterfrau");
        client.awaitEvent(e -> "QueueCallerJoin".equals(e.get("Event")), T);
        call.abandon();
        assertEquals("abandoned", call.awaitEnded(T));
        settle();
        assertEquals(expected("02-"), Captures.callModel(client.eventTypes()));
    }

    /** Replays the actions the recording client sent in 03 and compares responses and events. */
    @Test
    void agentLoginPauseLogoutAsCapture03() throws Exception {
        client.clear();
        List<String> expectedResponses = new ArrayList<>();
        for (AmiMessage m : org.switchboard.pbxsim.replay.CaptureFile.read(Captures.file("03-")).stream()
                .filter(f -> !f.event()).map(f -> parse(f.bytes())).toList()) {
            expectedResponses.add(m.get("Response") + "|" + m.get("Message"));
        }
        expectedResponses.remove(0); // Login: our client logged in already
        List<String> actual = new ArrayList<>();
        String sent = Files.readString(Captures.dir().resolve("03-agent-login-pause-unpause-logout.sent.ami"));
        for (String frame : sent.split("\r?\n\r?\n")) {
            AmiMessage a = parse(frame.getBytes(StandardCharsets.UTF_8));
            String name = a.get("Action");
            if (name == null || name.equals("Login")) {
                continue;
            }
            List<String> kv = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                if (!a.key(i).equals("Action") && !a.key(i).equals("ActionID")) {
                    kv.add(a.key(i));
                    kv.add(a.value(i));
                }
            }
            AmiMessage r = client.action(name, kv.toArray(String[]::new));
            actual.add(r.get("Response") + "|" + r.get("Message"));
            AmiTestClient.sleep(20);
        }
        settle();
        assertEquals(expectedResponses, actual);
        assertEquals(expected("03-"), Captures.callModel(client.eventTypes()));
        assertTrue(sim.members("support").isEmpty());
    }

    @Test
    void clickToDialAsCapture04() throws Exception {
        sim.addMember("support", "Local/1001@agents/n", "Anna Schmidt", "Custom:agent1001");
        settle();
        client.clear();
        client.action("Originate", "Channel", "Local/1001@agents", "Context", "outbound", "Exten", "+498912345678",
                "Priority", "1", "Async", "true", "Timeout", "30000", "CallerID", "\"Mueller GmbH\" <+498912345678>",
                "Variable", "CTI_CAMPAIGN=callback-42");
        AmiMessage resp = client.awaitEvent(e -> "OriginateResponse".equals(e.get("Event")), T);
        assertEquals("Success", resp.get("Response"));
        assertEquals("4", resp.get("Reason"));
        client.awaitEvent(e -> "QueueMemberStatus".equals(e.get("Event")) && "1".equals(e.get("Status")), T);
        settle();
        assertEquals(expected("04-"), Captures.callModel(client.eventTypes()));
        assertEquals(0, sim.channelCount());
    }

    private static AmiMessage parse(byte[] bytes) {
        AmiMessage m = new AmiMessage();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r?\n")) {
            int c = line.indexOf(':');
            if (c > 0) {
                m.add(line.substring(0, c), line.substring(c + 1).stripLeading());
            }
        }
        return m;
    }
}
