package org.switchboard.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbxsim.ami.AmiMessage;
import org.switchboard.pbxsim.replay.CaptureFile;

/**
 * Capture 11 (abandon while ringing, as a burst): two agents whose phones ring longer than five callers wait. Each
 * caller hangs up while an agent's phone rings; the simulator must send what Asterisk 22 sent: per call, the
 * caller's ;2 hangup, MusicOnHoldStop, DialEnd CANCEL twice, the agent's ;1 hangup (Cause 0), QueueCallerAbandon,
 * QueueCallerLeave, and QueueMemberStatus back to 1; never AgentRingNoAnswer, AgentConnect or AgentComplete.
 * And the Cdr events as Asterisk wrote them: the trunk leg NO ANSWER naming the agent's ;1 although it was answered,
 * the agent's ;2 FAILED at its ringing Wait.
 */
class AbandonWhileRingingTest {
    private static final Duration T = Duration.ofSeconds(10);
    /** Per call: the call-model events that carry its Linkedid (Cdr and member events are mixed in freely). */
    private static final Set<String> PER_CALL = Set.of("Newchannel", "QueueCallerJoin", "AgentCalled",
            "AgentConnect", "AgentComplete", "AgentRingNoAnswer", "QueueCallerAbandon", "QueueCallerLeave",
            "DialBegin", "DialState", "DialEnd", "BridgeEnter", "BridgeLeave", "Hangup", "Newstate",
            "MusicOnHoldStart", "MusicOnHoldStop");

    private PbxSimulator sim;
    private AmiTestClient client;

    @BeforeEach
    void start() throws Exception {
        sim = PbxSimulator.start(SimulatorConfig.builder().port(0).credentials("switchboard", "secret").build());
        client = AmiTestClient.loggedIn(sim.port());
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        sim.close();
    }

    @Test
    void aBurstOfCallersAbandoningWhileAgentsRingAsCapture11() throws Exception {
        List<AmiMessage> recorded = new ArrayList<>();
        for (CaptureFile.Frame f : CaptureFile.read(Captures.file("11-"))) {
            if (f.event()) {
                recorded.add(parse(f.bytes()));
            }
        }
        Set<List<String>> realSequences = new LinkedHashSet<>(perCall(recorded).values());
        assertEquals(5, perCall(recorded).size(), "capture 11 has five calls");

        sim.addMember("support", "Local/1001@agents/n", "Anna Schmidt", "Custom:agent1001");
        sim.addMember("support", "Local/1002@agents/n", "Ben Keller", "Custom:agent1002");
        AmiTestClient.sleep(200);
        client.clear();
        // As recorded, scaled down: phones ring 8 s (here: never answered in time), callers wait 4 s (here 500 ms)
        // and come every 2 s (here 200 ms), so callers 3-5 wait until an abandon frees a phone.
        CallOptions options = CallOptions.defaults().withRingTime(Duration.ofSeconds(30))
                .withPatience(Duration.ofMillis(500));
        List<InboundCall> calls = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            calls.add(sim.inboundCall("support", "+496912345110" + i, "", options));
            AmiTestClient.sleep(200);
        }
        for (InboundCall call : calls) {
            assertEquals("abandoned", call.awaitEnded(T), call.linkedid());
        }
        AmiTestClient.sleep(300);

        List<AmiMessage> sent = client.frames().stream().filter(m -> m.get("Event") != null).toList();
        Map<String, List<String>> simulated = perCall(sent);
        assertEquals(5, simulated.size(), simulated.toString());
        for (Map.Entry<String, List<String>> call : simulated.entrySet()) {
            assertTrue(realSequences.contains(call.getValue()), "call " + call.getKey() + " sent " + call.getValue()
                    + ";\nAsterisk sent one of " + realSequences);
        }
        assertEquals(count(recorded, "QueueCallerAbandon"), count(sent, "QueueCallerAbandon"));
        assertEquals(count(recorded, "AgentCalled"), count(sent, "AgentCalled"));
        assertEquals(0, count(sent, "AgentRingNoAnswer") + count(sent, "AgentConnect") + count(sent, "AgentComplete"));
        assertEquals(memberStatusEnds(recorded), memberStatusEnds(sent), "each member's last QueueMemberStatus");
        assertEquals(0, sim.channelCount());
        assertEquals(cdrs(recorded), cdrs(sent), "Cdr events (fields per leg, and how many)");
    }

    /**
     * Each Cdr's fields the simulator sends, with numbers, extensions and channel sequence numbers replaced by
     * their role, the ring time (scaled down here) by "n", and the seconds by how they relate: how many of each.
     */
    private static Map<String, Long> cdrs(List<AmiMessage> events) {
        Map<String, Long> shapes = new java.util.TreeMap<>();
        for (AmiMessage e : events) {
            if (!"Cdr".equals(e.get("Event"))) {
                continue;
            }
            boolean answered = !e.get("AnswerTime").isEmpty();
            long billable = Long.parseLong(e.get("BillableSeconds"));
            long duration = Long.parseLong(e.get("Duration"));
            String seconds = !answered ? (billable == 0 ? "unanswered, 0 s billable" : "unanswered, billable")
                    : billable <= duration ? "answered, billable <= duration" : "billable > duration";
            String shape = String.join(" | ", "Channel=" + anonymous(e.get("Channel")),
                    "DestinationChannel=" + anonymous(e.get("DestinationChannel")),
                    "Source=" + anonymous(e.get("Source")), "Destination=" + anonymous(e.get("Destination")),
                    "DestinationContext=" + e.get("DestinationContext"), "CallerID=" + anonymous(e.get("CallerID")),
                    "LastApplication=" + e.get("LastApplication"),
                    "LastData=" + ("Wait".equals(e.get("LastApplication")) ? "n" : e.get("LastData")),
                    "Disposition=" + e.get("Disposition"), "AMAFlags=" + e.get("AMAFlags"),
                    "AccountCode=" + e.get("AccountCode"), "UserField=" + e.get("UserField"), seconds);
            shapes.merge(shape, 1L, Long::sum);
        }
        return shapes;
    }

    private static String anonymous(String value) {
        return value.replaceAll("\\+49\\d+", "NUMBER").replaceAll("\\b100[12]\\b", "EXT")
                .replaceAll("-[0-9a-f]{8};", "-SEQ;").replaceAll("\"[^\"<]*\" <NUMBER>", "\"NAME\" <NUMBER>");
    }

    /** Each call's events (by Linkedid) as "Type", "DialEnd/STATUS", "Hangup/customer;2" ... */
    private static Map<String, List<String>> perCall(List<AmiMessage> events) {
        Map<String, List<String>> calls = new LinkedHashMap<>();
        for (AmiMessage e : events) {
            String type = e.get("Event");
            String linkedId = e.get("Linkedid") != null ? e.get("Linkedid") : e.get("DestLinkedid");
            if (!PER_CALL.contains(type) || linkedId == null || e.get("ActionID") != null) {
                continue;
            }
            String tag = switch (type) {
                case "DialEnd" -> type + "/" + e.get("DialStatus");
                case "Hangup" -> type + "/" + role(e.get("Channel")) + "/" + e.get("Cause");
                default -> type;
            };
            calls.computeIfAbsent(linkedId, k -> new ArrayList<>()).add(tag);
        }
        return calls;
    }

    private static String role(String channel) {
        String who = channel.contains("@customers") ? "customer" : channel.contains("@agents") ? "agent" : channel;
        return who + channel.substring(channel.length() - 2);
    }

    private static Map<String, String> memberStatusEnds(List<AmiMessage> events) {
        Map<String, String> last = new LinkedHashMap<>();
        for (AmiMessage e : events) {
            if ("QueueMemberStatus".equals(e.get("Event"))) {
                last.put(e.get("Interface"), e.get("Status"));
            }
        }
        return last;
    }

    private static long count(List<AmiMessage> events, String type) {
        return events.stream().filter(e -> type.equals(e.get("Event")) && e.get("ActionID") == null).count();
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
