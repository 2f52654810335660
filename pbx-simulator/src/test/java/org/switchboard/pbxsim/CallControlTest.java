package org.switchboard.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbxsim.ami.AmiMessage;

/** Hangup/Redirect actions, ring-no-answer, round robin, talk time and caller-ID escaping. */
class CallControlTest {
    private static final Duration T = Duration.ofSeconds(10);
    private PbxSimulator sim;
    private AmiTestClient client;

    @BeforeEach
    void start() throws Exception {
        sim = PbxSimulator.start(SimulatorConfig.builder().port(0).queueTimeout(Duration.ofMillis(400))
                .retry(Duration.ofMillis(100)).build());
        client = AmiTestClient.loggedIn(sim.port());
        sim.addMember("support", "Local/1001@agents/n", "Anna Schmidt", "Custom:agent1001");
        sim.addMember("support", "Local/1002@agents/n", "Ben Keller", "Custom:agent1002");
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        sim.close();
    }

    @Test
    void hangupActionOnAgentLegEndsBothSides() throws Exception {
        InboundCall call = sim.inboundCall("support", "+4930111", "Kunde");
        call.awaitConnected(T);
        assertEquals(4, sim.channelCount());
        assertEquals("Channel Hungup", client.action("Hangup", "Channel", call.agentChannel()).get("Message"));
        assertEquals("completed", call.awaitEnded(T));
        AmiTestClient.sleep(200);
        assertEquals("agent", client.events("AgentComplete").get(0).get("Reason"));
        assertEquals(2, client.events("BridgeLeave").size());
        assertEquals(4, client.events("Hangup").size());
        assertEquals(0, sim.channelCount());
        assertTrue(sim.callsInProgress().isEmpty());
        assertEquals(1, sim.members("support").stream().mapToInt(Member::callsTaken).sum());
        assertEquals("No such channel", client.action("Hangup", "Channel", "Local/nope-1;1").get("Message"));
    }

    @Test
    void hangupActionOnCustomerLegEndsBothSides() throws Exception {
        InboundCall call = sim.inboundCall("support", "+4930222", "Kunde");
        call.awaitConnected(T);
        client.action("Hangup", "Channel", call.customerChannel());
        call.awaitEnded(T);
        AmiTestClient.sleep(200);
        assertEquals("caller", client.events("AgentComplete").get(0).get("Reason"));
        assertEquals(2, client.events("BridgeLeave").size());
        assertEquals(0, sim.channelCount());
        assertTrue(sim.members("support").stream().allMatch(m -> m.status() == 1 && !m.inCall()));
    }

    @Test
    void roundRobinAndTalkTime() {
        InboundCall first = sim.inboundCall("support", "+491", "A", CallOptions.defaults()
                .withTalkTime(Duration.ofMillis(200)));
        String a1 = first.awaitConnected(T);
        first.awaitEnded(T);
        InboundCall second = sim.inboundCall("support", "+492", "B", CallOptions.defaults()
                .withTalkTime(Duration.ofMillis(200)));
        String a2 = second.awaitConnected(T);
        second.awaitEnded(T);
        assertEquals(Set.of("Local/1001@agents/n", "Local/1002@agents/n"), Set.of(a1, a2));
    }

    @Test
    void ringNoAnswerMovesOnToTheNextMember() {
        sim.setAutoAnswer("1001", false);
        InboundCall call = sim.inboundCall("support", "+4930333", "Kunde");
        assertEquals("Local/1001@agents/n", call.awaitOffered(T));
        assertEquals("Local/1002@agents/n", call.awaitConnected(T));
        AmiTestClient.sleep(100);
        AmiMessage rna = client.events("AgentRingNoAnswer").get(0);
        assertEquals("Local/1001@agents/n", rna.get("Interface"));
        List<String> dialEnds = client.events("DialEnd").stream()
                .filter(e -> rna.get("DestChannel").equals(e.get("DestChannel"))).map(e -> e.get("DialStatus"))
                .toList();
        assertEquals(List.of("NOANSWER", "CANCEL"), dialEnds, "duplicate DialEnd, connector/README.md AMI-1");
        call.customerHangsUp();
        call.awaitEnded(T);
    }

    @Test
    void abandonWhileRingingGivesTwoCancels() {
        sim.setAutoAnswer("1001", false);
        sim.setAutoAnswer("1002", false);
        InboundCall call = sim.inboundCall("support", "+4930444", "Kunde");
        call.awaitOffered(T);
        call.abandon();
        assertEquals("abandoned", call.awaitEnded(T));
        AmiTestClient.sleep(100);
        assertEquals(List.of("CANCEL", "CANCEL"), client.events("DialEnd").stream()
                .filter(e -> e.get("Channel") != null).map(e -> e.get("DialStatus")).toList());
        assertEquals(1, client.events("QueueCallerAbandon").size());
        assertEquals(0, sim.channelCount());
    }

    @Test
    void redirectMovesTheCallerToAnotherQueue() throws Exception {
        sim.addMember("sales", "Local/1003@agents/n", "Carla Wolf", "Custom:agent1003");
        InboundCall call = sim.inboundCall("support", "+4930555", "Kunde");
        call.awaitConnected(T);
        AmiMessage r = client.action("Redirect", "Channel", call.customerChannel(), "Context", "inbound", "Exten",
                "sales", "Priority", "1");
        assertEquals("Redirect successful", r.get("Message"));
        client.awaitEvent(e -> "AgentConnect".equals(e.get("Event")) && "sales".equals(e.get("Queue")), T);
        call.customerHangsUp();
        call.awaitEnded(T);
        AmiTestClient.sleep(100);
        List<AmiMessage> completes = client.events("AgentComplete");
        assertEquals(2, completes.size());
        assertTrue(completes.stream().anyMatch(e -> "support".equals(e.get("Queue")) && e.get("DestChannel") == null),
                "support agent's AgentComplete comes at the end without DestChannel (connector/README.md AMI-2)");
        assertEquals(0, sim.channelCount());
    }

    @Test
    void callerIdNamesAreBackslashEscaped() {
        InboundCall call = sim.inboundCall("support", "+4930666", "O'Brien \"Bob\" ?\\ <script>alert(1)</script>");
        call.awaitConnected(T);
        AmiMessage join = client.awaitEvent(e -> "QueueCallerJoin".equals(e.get("Event")), T);
        assertEquals("O\\'Brien \\\"Bob\\\" \\?\\\\ <script>alert(1)</script>", join.get("CallerIDName"));
        call.customerHangsUp();
        call.awaitEnded(T);
    }

    @Test
    void originateIntoQueueLikeTheRecordingClient() throws Exception {
        client.send("Originate", "01-orig-1", "Channel", "Local/+4930123456789@customers", "Context", "inbound",
                "Exten", "support", "Priority", "1", "Async", "true", "Variable", "CUSTNUM=+4930123456789",
                "Variable", "CUSTNAME=Max Mustermann");
        AmiMessage resp = client.await(m -> "01-orig-1".equals(m.get("ActionID")) && m.get("Response") != null
                && m.get("Event") == null, T);
        assertEquals("Originate successfully queued", resp.get("Message"));
        AmiMessage or = client.awaitEvent(e -> "OriginateResponse".equals(e.get("Event")), T);
        assertEquals("01-orig-1", or.get("ActionID"));
        AmiMessage connect = client.awaitEvent(e -> "AgentConnect".equals(e.get("Event")), T);
        assertEquals("Max Mustermann", connect.get("CallerIDName"));
        assertEquals(or.get("Uniqueid"), connect.get("Linkedid"));
        client.action("Hangup", "Channel", connect.get("Channel"));
        client.awaitEvent(e -> "AgentComplete".equals(e.get("Event")), T);
    }
}
