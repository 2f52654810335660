package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.pbxsim.InboundCall;
import org.switchboard.pbxsim.Member;
import org.switchboard.pbxsim.PbxSimulator;
import org.switchboard.pbxsim.RecordedAction;

/**
 * Issue 4 through the real connector and the PBX simulator: agent3 (group "remote": 3 s wrap-up; skills support
 * 4, sales 4) signs in with a mobile number, is rung and bridged through it, goes through the states, has their
 * memberships moved by skill changes and restored after a PBX restart, and works nailed up.
 */
@ExtendWith(ArquillianExtension.class)
class AgentsAnywhereIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Api AGENT = Api.as("agent3");
    private static final Api OTHER_AGENT = Api.as("agent1");
    private static final Api SUPERVISOR = Api.as("supervisor1");
    private static final Api ADMIN = Api.as("admin1");
    private static final String MOBILE = "+4915102000003";
    private static final String REMOTE_IFACE = "Local/" + MOBILE + "@switchboard-remote/n";
    private static final String NAILED_IFACE = "Local/agent3@switchboard-nailed/n";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    @BeforeAll
    static void connectorIsUp() {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
    }

    @AfterEach
    void signOut() {
        AGENT.post("/api/agents/me/sign-out", "");
        OTHER_AGENT.post("/api/agents/me/sign-out", "");
        pbx().setAutoAnswer(MOBILE, true);
    }

    private static PbxSimulator pbx() {
        return TestPbx.get();
    }

    @Test
    void aRemoteAgentIsRungOnTheirMobileAndNoAgentLegOutlivesTheCall() {
        pbx().clearActions();
        // typed the national way: stored and dialled as E.164
        JsonObject me = AGENT.postObject("/api/agents/me/sign-in", "phone=0151%200200%200003");
        assertEquals(MOBILE, me.getString("phone"));
        assertEquals("EXTERNAL", me.getString("phoneKind"));
        assertEquals("NOT_READY", me.getString("state"));
        for (String queue : List.of("sales", "support")) {
            RecordedAction add = pbx().awaitAction(a -> is(a, "QueueAdd") && queue.equals(a.get("Queue"))
                    && REMOTE_IFACE.equals(a.get("Interface")), WAIT);
            assertEquals("Carla Wolf", add.get("MemberName"));
            assertEquals("Local/" + MOBILE + "@switchboard-remote", add.get("StateInterface"));
            assertEquals("1", add.get("Penalty")); // proficiency 4 of 5
            assertEquals("true", add.get("Paused").toLowerCase());
        }

        assertEquals("READY", AGENT.postObject("/api/agents/me/ready", "").getString("state"));
        InboundCall call = pbx().inboundCall("support", "+4930123456007", "Jonas Becker");
        assertEquals(REMOTE_IFACE, call.awaitOffered(WAIT));
        call.awaitConnected(WAIT);
        awaitState("ON_CALL");
        assertTrue(pbx().channels().stream().anyMatch(c -> c.contains(MOBILE)), pbx().channels().toString());

        call.customerHangsUp();
        call.awaitEnded(WAIT);
        Api.await(() -> pbx().channels(), channels -> channels.stream().noneMatch(c -> c.contains(MOBILE)), WAIT);
        // after the call: wrap-up (paused with that reason), then ready again by itself after the group's 3 s
        awaitState("WRAP_UP");
        pbx().awaitAction(a -> is(a, "QueuePause") && REMOTE_IFACE.equals(a.get("Interface"))
                && "Wrap-up".equals(a.get("Reason")), WAIT);
        awaitState("READY");
    }

    @Test
    void notReadyPausesWithTheReasonAndOnlyListedReasonsAreAccepted() {
        AGENT.postObject("/api/agents/me/sign-in", "phone=" + MOBILE.replace("+", "%2B"));
        AGENT.postObject("/api/agents/me/ready", "");
        pbx().clearActions();

        JsonObject me = AGENT.postObject("/api/agents/me/not-ready", "reason=lunch");
        assertEquals("NOT_READY", me.getString("state"));
        assertEquals("Lunch", me.getString("reason"));
        RecordedAction pause = pbx().awaitAction(a -> is(a, "QueuePause"), WAIT);
        assertEquals(REMOTE_IFACE, pause.get("Interface"));
        assertEquals("true", pause.get("Paused").toLowerCase());
        assertEquals("Lunch", pause.get("Reason"));

        HttpResponse<String> unknown = AGENT.post("/api/agents/me/not-ready", "reason=%3Cscript%3E");
        assertEquals(409, unknown.statusCode());
        assertTrue(unknown.body().contains("Choose a not-ready reason"), unknown.body());

        // UC presence "do not disturb" keeps a ready agent from being offered work
        AGENT.postObject("/api/agents/me/ready", "");
        JsonObject dnd = readJson(AGENT.put("/api/agents/me/presence", "presence=do-not-disturb"));
        assertEquals("NOT_READY", dnd.getString("state"));
        assertEquals("Do not disturb", dnd.getString("reason"));
        assertEquals("READY", readJson(AGENT.put("/api/agents/me/presence", "presence=available")).getString("state"));
    }

    @Test
    void onePhoneOneAgent() {
        AGENT.postObject("/api/agents/me/sign-in", "phone=" + MOBILE.replace("+", "%2B"));
        HttpResponse<String> taken = OTHER_AGENT.post("/api/agents/me/sign-in", "phone=0049%20151%2002000003");
        assertEquals(409, taken.statusCode());
        assertTrue(taken.body().contains("already in use"), taken.body());
        HttpResponse<String> hostile = OTHER_AGENT.post("/api/agents/me/sign-in", "phone=1101%26PJSIP%2Fevil");
        assertEquals(409, hostile.statusCode());
    }

    @Test
    void supervisorsActOnTheirAgentsAndAgentsCannot() {
        AGENT.postObject("/api/agents/me/sign-in", "phone=" + MOBILE.replace("+", "%2B"));
        AGENT.postObject("/api/agents/me/ready", "");

        assertEquals(403, OTHER_AGENT.post("/api/agents/agent3/not-ready", "reason=break").statusCode());
        assertEquals(403, OTHER_AGENT.post("/api/agents/agent3/sign-out", "").statusCode());
        assertEquals(403, OTHER_AGENT.get("/api/agents").statusCode());
        assertEquals("READY", AGENT.getObject("/api/agents/me").getString("state"));

        boolean listed = SUPERVISOR.getArray("/api/agents").stream().map(v -> v.asJsonObject())
                .anyMatch(a -> a.getString("username").equals("agent3") && a.getString("state").equals("READY"));
        assertTrue(listed);
        JsonObject set = SUPERVISOR.postObject("/api/agents/agent3/not-ready", "reason=training");
        assertEquals("NOT_READY", set.getString("state"));
        assertEquals("Training", set.getString("reason"));
        assertEquals(404, SUPERVISOR.post("/api/agents/nobody/sign-out", "").statusCode());
        assertEquals("OFFLINE", SUPERVISOR.postObject("/api/agents/agent3/sign-out", "").getString("state"));
        pbx().awaitAction(a -> is(a, "QueueRemove") && REMOTE_IFACE.equals(a.get("Interface")), WAIT);
        assertTrue(members(REMOTE_IFACE).isEmpty());
    }

    @Test
    void skillChangesMoveLiveMemberships() {
        AGENT.postObject("/api/agents/me/sign-in", "phone=" + MOBILE.replace("+", "%2B"));
        pbx().clearActions();
        try {
            assertEquals(403, AGENT.put("/api/skills/agents/agent3/sales", "proficiency=5").statusCode());

            readJson(ADMIN.put("/api/skills/agents/agent3/sales", "proficiency=0"));
            pbx().awaitAction(a -> is(a, "QueueRemove") && "sales".equals(a.get("Queue")), WAIT);
            readJson(ADMIN.put("/api/skills/agents/agent3/support", "proficiency=2"));
            RecordedAction penalty = pbx().awaitAction(a -> is(a, "QueuePenalty"), WAIT);
            assertEquals("support", penalty.get("Queue"));
            assertEquals("3", penalty.get("Penalty"));
            readJson(ADMIN.put("/api/skills/agents/agent3/sales", "proficiency=5"));
            pbx().awaitAction(a -> is(a, "QueueAdd") && "sales".equals(a.get("Queue"))
                    && "0".equals(a.get("Penalty")), WAIT);
            assertEquals(2, members(REMOTE_IFACE).size());

            assertEquals(400, ADMIN.put("/api/skills/agents/agent3/sales", "proficiency=9").statusCode());
        } finally {
            ADMIN.put("/api/skills/agents/agent3/sales", "proficiency=4");
            ADMIN.put("/api/skills/agents/agent3/support", "proficiency=4");
        }
    }

    @Test
    void membershipsComeBackAfterThePbxRestarts() {
        AGENT.postObject("/api/agents/me/sign-in", "phone=" + MOBILE.replace("+", "%2B"));
        AGENT.postObject("/api/agents/me/ready", "");
        assertEquals(2, members(REMOTE_IFACE).size());
        long resyncs = TestPbx.resyncCount();

        pbx().restart(); // persistentmembers=no: the members are gone
        TestPbx.awaitConnector((int) resyncs + 1, Duration.ofSeconds(60));
        Api.await(() -> members(REMOTE_IFACE), m -> m.size() == 2, Duration.ofSeconds(30));
        // and not paused: the agent was ready
        Api.await(() -> members(REMOTE_IFACE), m -> m.stream().noneMatch(Member::paused), WAIT);
        assertEquals("READY", AGENT.getObject("/api/agents/me").getString("state"));
    }

    @Test
    void aNailedUpAgentKeepsOneLineAcrossCallsAndIsToldWhenItDrops() {
        pbx().clearActions();
        JsonObject me = AGENT.postObject("/api/agents/me/sign-in",
                "phone=" + MOBILE.replace("+", "%2B") + "&nailedUp=true");
        assertTrue(me.getBoolean("nailedUp"));
        RecordedAction originate = pbx().awaitAction(a -> is(a, "Originate"), WAIT);
        assertEquals("Local/" + MOBILE + "@switchboard-remote", originate.get("Channel"));
        assertEquals("ConfBridge", originate.get("Application"));
        assertEquals("agent-agent3", originate.get("Data"));
        pbx().awaitAction(a -> is(a, "QueueAdd") && NAILED_IFACE.equals(a.get("Interface")), WAIT);
        Api.await(() -> AGENT.getObject("/api/agents/me"), m -> m.getBoolean("lineConnected"), WAIT);
        AGENT.postObject("/api/agents/me/ready", "");
        String line = pbx().channels().stream().filter(c -> c.startsWith("Local/" + MOBILE)).findFirst()
                .orElseThrow();

        for (int i = 0; i < 2; i++) {
            InboundCall call = pbx().inboundCall("sales", "+4930123456008", "Lena Hoffmann");
            assertEquals(NAILED_IFACE, call.awaitOffered(WAIT));
            call.awaitConnected(WAIT);
            call.customerHangsUp();
            call.awaitEnded(WAIT);
            assertTrue(pbx().channels().contains(line), "the held line survives call " + (i + 1));
            awaitState("READY"); // after the 3 s wrap-up
        }

        pbx().hangupChannel("Local/" + MOBILE + "@switchboard-remote");
        JsonObject lost = Api.await(() -> AGENT.getObject("/api/agents/me"),
                m -> "NOT_READY".equals(m.getString("state")), WAIT);
        assertEquals("Phone connection lost", lost.getString("reason"));
        assertFalse(lost.getBoolean("lineConnected"));
        assertEquals(409, AGENT.post("/api/agents/me/ready", "").statusCode());
    }

    @Test
    void aNailedUpPhoneThatDoesNotAnswerLeavesTheAgentNotReady() {
        pbx().setAutoAnswer(MOBILE, false);
        AGENT.postObject("/api/agents/me/sign-in", "phone=" + MOBILE.replace("+", "%2B") + "&nailedUp=true");
        HttpResponse<String> ready = AGENT.post("/api/agents/me/ready", "");
        assertEquals(409, ready.statusCode());
        assertTrue(ready.body().contains("line is not connected"), ready.body());
        Api.await(() -> AGENT.getObject("/api/agents/me"),
                m -> "Phone connection lost".equals(m.getString("reason", "")), Duration.ofSeconds(60));
    }

    private static boolean is(RecordedAction action, String name) {
        return name.equalsIgnoreCase(action.name());
    }

    private static List<Member> members(String iface) {
        Predicate<Member> mine = m -> iface.equals(m.iface());
        return java.util.stream.Stream.of("support", "sales").flatMap(q -> pbx().members(q).stream()).filter(mine)
                .toList();
    }

    private static JsonObject awaitState(String state) {
        return Api.await(() -> AGENT.getObject("/api/agents/me"), m -> state.equals(m.getString("state")), WAIT);
    }

    private static JsonObject readJson(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + ": " + response.body());
        }
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
