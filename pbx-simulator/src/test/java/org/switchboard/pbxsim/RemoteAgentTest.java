package org.switchboard.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbxsim.ami.AmiMessage;

/** Agents signed in with any phone (not nailed): the queue rings Local/<E164>@switchboard-remote/n. */
class RemoteAgentTest {
    private static final Duration T = Duration.ofSeconds(10);
    private static final String PHONE = "+4915102000001";
    private static final String REMOTE = "Local/" + PHONE + "@switchboard-remote/n";
    private PbxSimulator sim;
    private AmiTestClient client;

    @BeforeEach
    void start() throws Exception {
        sim = PbxSimulator.start(SimulatorConfig.builder().port(0).queueTimeout(Duration.ofMillis(400))
                .retry(Duration.ofMillis(100)).build());
        client = AmiTestClient.loggedIn(sim.port());
        queueAdd(REMOTE, "agent1");
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        sim.close();
    }

    private void queueAdd(String iface, String user) throws Exception {
        AmiMessage r = client.action("QueueAdd", "Queue", "support", "Interface", iface, "MemberName", user,
                "StateInterface", "Custom:agent-" + user);
        assertEquals("Added interface to queue", r.get("Message"));
    }

    @Test
    void customerHangupClearsEveryChannelOfTheRemoteAgentLeg() {
        int before = sim.channelCount();
        InboundCall call = sim.inboundCall("support", "+4930111", "Kunde");
        assertEquals(REMOTE, call.awaitConnected(T));
        String one = call.agentChannel();
        assertTrue(one.matches("Local/\\+4915102000001@switchboard-remote-[0-9a-f]{8};1"), one);
        String two = one.replace(";1", ";2");
        assertTrue(sim.channels().containsAll(List.of(one, two)), sim.channels().toString());

        call.customerHangsUp();
        assertEquals("completed", call.awaitEnded(T));
        AmiTestClient.sleep(200);
        List<String> hungUp = client.events("Hangup").stream().map(e -> e.get("Channel")).toList();
        assertTrue(hungUp.containsAll(List.of(one, two)), hungUp.toString());
        assertTrue(client.events("Hangup").stream().allMatch(e -> "16".equals(e.get("Cause"))));
        assertEquals("caller", client.events("AgentComplete").get(0).get("Reason"));
        assertEquals(REMOTE, client.events("AgentComplete").get(0).get("Interface"));
        assertEquals(before, sim.channelCount());
        assertTrue(sim.channels().stream().noneMatch(c -> c.contains("switchboard-remote")), sim.channels().toString());
        assertTrue(sim.members("support").stream().noneMatch(Member::inCall));
    }

    @Test
    void autoAnswerTakesTheNumberOrTheInterface() throws Exception {
        String second = "Local/+4915102000002@switchboard-remote/n";
        queueAdd(second, "agent2");
        queueAdd("Local/1001@agents/n", "anna");
        sim.setAutoAnswer(PHONE, false);
        sim.setAutoAnswer(second, false);
        InboundCall call = sim.inboundCall("support", "+4930222", "Kunde");
        assertEquals("Local/1001@agents/n", call.awaitConnected(T));
        AmiTestClient.sleep(100);
        List<String> unanswered = client.events("AgentRingNoAnswer").stream().map(e -> e.get("Interface")).toList();
        assertEquals(List.of(REMOTE, second), unanswered);
        call.customerHangsUp();
        call.awaitEnded(T);
        AmiTestClient.sleep(100);
        assertEquals(0, sim.channelCount(), sim.channels().toString());
    }
}
