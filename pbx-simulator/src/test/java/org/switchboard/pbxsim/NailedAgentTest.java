package org.switchboard.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbxsim.ami.AmiMessage;

/**
 * Nailed-up agents: sign-in by Originate to ConfBridge agent-<user>, queue calls through
 * Local/<user>@switchboard-nailed/n, the nailed leg outliving the calls, dropping, sign-out and restart.
 */
class NailedAgentTest {
    private static final Duration T = Duration.ofSeconds(10);
    private static final String PHONE = "+4915102000001";
    private static final String CONFERENCE = "agent-agent1";
    private static final String NAILED_MEMBER = "Local/agent1@switchboard-nailed/n";
    /** The events that tell the story of a sign-in, a call or a drop (no dialplan noise, no CDRs). */
    private static final Set<String> STORY = Set.of("Newchannel", "Newstate", "DialBegin", "DialState", "DialEnd",
            "OriginateResponse", "BridgeCreate", "BridgeEnter", "BridgeLeave", "BridgeDestroy", "ConfbridgeStart",
            "ConfbridgeJoin", "ConfbridgeLeave", "ConfbridgeEnd", "Hangup", "AgentCalled", "AgentConnect",
            "AgentComplete");
    private PbxSimulator sim;
    private AmiTestClient client;
    private int originates;

    @BeforeEach
    void start() throws Exception {
        sim = PbxSimulator.start(SimulatorConfig.builder().port(0).ringTime(Duration.ofMillis(100)).build());
        client = AmiTestClient.loggedIn(sim.port());
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        sim.close();
    }

    /** Switchboard's sign-in: returns the OriginateResponse. */
    private AmiMessage signIn(String phone, String timeoutMillis) throws Exception {
        String id = "nailed-" + (++originates);
        client.send("Originate", id, "Channel", "Local/" + phone + "@switchboard-remote", "Application", "ConfBridge",
                "Data", CONFERENCE, "Async", "true", "Timeout", timeoutMillis, "CallerID", "\"Switchboard\" <+4930999>",
                "Variable", "SWITCHBOARD_AGENT=agent1");
        AmiMessage queued = client.await(m -> id.equals(m.get("ActionID")) && m.get("Event") == null, T);
        assertEquals("Originate successfully queued", queued.get("Message"));
        return client.awaitEvent(e -> "OriginateResponse".equals(e.get("Event")) && id.equals(e.get("ActionID")), T);
    }

    private String signIn() throws Exception {
        AmiMessage response = signIn(PHONE, "30000");
        assertEquals("Success", response.get("Response"));
        String nailed = response.get("Channel");
        client.awaitEvent(e -> "ConfbridgeJoin".equals(e.get("Event")) && nailed.equals(e.get("Channel")), T);
        return nailed;
    }

    private void addNailedMember() throws Exception {
        client.action("QueueAdd", "Queue", "support", "Interface", NAILED_MEMBER, "MemberName", "agent1",
                "StateInterface", "Custom:agent-agent1");
    }

    /** The story events as "Event Channel" lines. */
    private List<String> story() {
        return client.frames().stream().filter(m -> m.get("Event") != null && STORY.contains(m.get("Event"))
                && (m.get("ActionID") == null || "OriginateResponse".equals(m.get("Event"))))
                .map(m -> m.get("Event") + " " + (m.get("Channel") != null ? m.get("Channel") : m.get("DestChannel")))
                .map(s -> s.replaceAll("-[0-9a-f]{8};", "-X;")).toList();
    }

    @Test
    void signInRingsThePhoneAndParksItInTheConference() throws Exception {
        String nailed = signIn();
        assertTrue(nailed.matches("Local/\\+4915102000001@switchboard-remote-[0-9a-f]{8};1"), nailed);
        AmiTestClient.sleep(100);
        String one = "Local/+4915102000001@switchboard-remote-X;1";
        String two = "Local/+4915102000001@switchboard-remote-X;2";
        String announcer = "CBAnn/agent-agent1-X;";
        assertEquals(List.of("Newchannel " + one, "Newchannel " + two, "DialBegin " + one, "Newstate " + one,
                "DialState " + one, "Newstate " + two, "Newstate " + one, "OriginateResponse " + one,
                "DialEnd " + one, "BridgeCreate null", "Newchannel " + announcer + "1", "Newchannel " + announcer + "2",
                "BridgeEnter " + announcer + "2", "ConfbridgeStart null", "BridgeEnter " + one,
                "ConfbridgeJoin " + one), story());

        AmiMessage join = client.events("ConfbridgeJoin").get(0);
        assertEquals(CONFERENCE, join.get("Conference"));
        assertEquals("ConfBridge", join.get("BridgeCreator"));
        assertEquals(CONFERENCE, join.get("BridgeName"));
        assertEquals("softmix", join.get("BridgeTechnology"));
        assertEquals("2", join.get("BridgeNumChannels"));
        assertEquals("No", join.get("Admin"));
        assertEquals("+4930999", join.get("CallerIDNum"));
        AmiMessage response = client.events("OriginateResponse").get(0);
        assertEquals("4", response.get("Reason"));
        assertEquals(join.get("Uniqueid"), response.get("Uniqueid"));
        assertEquals(join.get("BridgeUniqueid"), client.events("ConfbridgeStart").get(0).get("BridgeUniqueid"));
        assertEquals(List.of(nailed), sim.conferenceUsers(CONFERENCE));

        client.clear();
        client.action("CoreShowChannels");
        AmiMessage listed = client.awaitEvent(e -> "CoreShowChannel".equals(e.get("Event"))
                && nailed.equals(e.get("Channel")), T);
        assertEquals("ConfBridge", listed.get("Application"));
        assertEquals(CONFERENCE, listed.get("ApplicationData"));
        assertEquals(join.get("BridgeUniqueid"), listed.get("BridgeId"));
    }

    @Test
    void phoneThatDoesNotAnswerFailsTheSignInAndLeavesNoChannel() throws Exception {
        sim.setAutoAnswer(PHONE, false);
        AmiMessage response = signIn(PHONE, "300");
        assertEquals("Failure", response.get("Response"));
        assertEquals("3", response.get("Reason"));
        AmiTestClient.sleep(100);
        assertEquals(2, client.events("Hangup").size());
        assertTrue(client.events("ConfbridgeJoin").isEmpty());
        assertEquals(List.of(), sim.channels());
        assertTrue(sim.callsInProgress().isEmpty());
    }

    @Test
    void queueCallsGoThroughTheConferenceAndLeaveTheNailedLegUp() throws Exception {
        String nailed = signIn();
        addNailedMember();
        int nailedChannels = sim.channelCount();
        client.clear();

        InboundCall first = sim.inboundCall("support", "+4930123", "Kunde Eins");
        assertEquals(NAILED_MEMBER, first.awaitConnected(T));
        String one = first.agentChannel();
        assertTrue(one.matches("Local/agent1@switchboard-nailed-[0-9a-f]{8};1"), one);
        String two = one.replace(";1", ";2");
        assertEquals(List.of(nailed, two), sim.conferenceUsers(CONFERENCE));
        AmiTestClient.sleep(100);
        List<String> story = story();
        assertTrue(story.indexOf("AgentCalled " + first.customerChannel().replaceAll("-[0-9a-f]{8};", "-X;"))
                < story.indexOf("ConfbridgeJoin Local/agent1@switchboard-nailed-X;2"), story.toString());
        assertTrue(story.indexOf("ConfbridgeJoin Local/agent1@switchboard-nailed-X;2")
                < story.indexOf("AgentConnect " + first.customerChannel().replaceAll("-[0-9a-f]{8};", "-X;")),
                story.toString());
        assertTrue(client.events("DialState").isEmpty(), "nothing rings for a nailed agent");
        assertTrue(client.events("ConfbridgeStart").isEmpty(), "the conference exists already");
        assertEquals(NAILED_MEMBER, client.events("AgentConnect").get(0).get("Interface"));
        assertEquals(one, client.events("AgentConnect").get(0).get("DestChannel"));

        first.customerHangsUp();
        assertEquals("completed", first.awaitEnded(T));
        AmiTestClient.sleep(200);
        assertEquals("caller", client.events("AgentComplete").get(0).get("Reason"));
        assertEquals(List.of(two), client.events("ConfbridgeLeave").stream().map(e -> e.get("Channel")).toList());
        List<String> hungUp = client.events("Hangup").stream().map(e -> e.get("Channel")).toList();
        assertTrue(hungUp.containsAll(List.of(one, two)), hungUp.toString());
        assertTrue(!hungUp.contains(nailed) && client.events("ConfbridgeEnd").isEmpty(), hungUp.toString());
        assertEquals(List.of(nailed), sim.conferenceUsers(CONFERENCE));
        assertEquals(nailedChannels, sim.channelCount());

        client.clear();
        InboundCall second = sim.inboundCall("support", "+4930456", "Kunde Zwei");
        second.awaitConnected(T);
        assertNotEquals(one, second.agentChannel());
        assertEquals(nailed, sim.conferenceUsers(CONFERENCE).get(0));
        second.agentHangsUp();
        assertEquals("completed", second.awaitEnded(T));
        AmiTestClient.sleep(200);
        assertEquals("agent", client.events("AgentComplete").get(0).get("Reason"));
        assertEquals(List.of(nailed), sim.conferenceUsers(CONFERENCE));
        assertEquals(nailedChannels, sim.channelCount());
        assertEquals(2, sim.members("support").get(0).callsTaken());
    }

    @Test
    void droppedPhoneLeavesTheConferenceWhichEnds() throws Exception {
        String nailed = signIn();
        client.clear();
        String dropped = sim.hangupChannel("Local/" + PHONE + "@switchboard-remote");
        assertEquals(nailed.replace(";1", ";2"), dropped, "the far end of the pair is the phone");
        AmiTestClient.sleep(200);
        String one = "Local/+4915102000001@switchboard-remote-X;1";
        String two = "Local/+4915102000001@switchboard-remote-X;2";
        String announcer = "CBAnn/agent-agent1-X;";
        assertEquals(List.of("Hangup " + two, "ConfbridgeLeave " + one, "BridgeLeave " + one, "ConfbridgeEnd null",
                "Hangup " + announcer + "1", "BridgeLeave " + announcer + "2", "Hangup " + announcer + "2",
                "BridgeDestroy null", "Hangup " + one), story());
        assertTrue(client.events("Hangup").stream().filter(e -> e.get("Channel").startsWith("Local/"))
                .allMatch(e -> "16".equals(e.get("Cause"))));
        assertEquals(CONFERENCE, client.events("ConfbridgeEnd").get(0).get("Conference"));
        assertEquals(List.of(), sim.channels());
        assertEquals(List.of(), sim.conferenceUsers(CONFERENCE));
    }

    @Test
    void amiHangupOfTheNailedLegSignsOut() throws Exception {
        String nailed = signIn();
        client.clear();
        assertEquals("Channel Hungup", client.action("Hangup", "Channel", nailed).get("Message"));
        client.awaitEvent(e -> "Hangup".equals(e.get("Event")) && nailed.replace(";1", ";2").equals(e.get("Channel")),
                T);
        AmiTestClient.sleep(100);
        List<String> story = story();
        String one = "Local/+4915102000001@switchboard-remote-X;1";
        assertTrue(story.indexOf("ConfbridgeLeave " + one) < story.indexOf("BridgeLeave " + one), story.toString());
        assertTrue(story.indexOf("ConfbridgeEnd null") < story.indexOf("Hangup " + one), story.toString());
        assertEquals(List.of(), sim.channels());
        assertTrue(sim.callsInProgress().isEmpty());
    }

    @Test
    void callWithoutANailedLegIsConnectedToAnEmptyConference() throws Exception {
        addNailedMember();
        client.clear();
        InboundCall call = sim.inboundCall("support", "+4930789", "Kunde");
        assertEquals(NAILED_MEMBER, call.awaitConnected(T));
        // the events reach the AMI client over TCP a moment after the simulator's own state says connected
        client.awaitEvent(e -> "ConfbridgeStart".equals(e.get("Event")), T);
        assertEquals(1, client.events("ConfbridgeStart").size());
        call.customerHangsUp();
        call.awaitEnded(T);
        AmiTestClient.sleep(200);
        assertEquals(1, client.events("ConfbridgeEnd").size());
        assertEquals(List.of(), sim.channels());
    }

    @Test
    void restartDropsNailedLegsAndConferences() throws Exception {
        signIn();
        addNailedMember();
        sim.restart();
        assertEquals(List.of(), sim.channels());
        assertEquals(List.of(), sim.conferenceUsers(CONFERENCE));
        assertTrue(sim.members("support").isEmpty());
        assertTrue(sim.callsInProgress().isEmpty());

        client.close();
        client = AmiTestClient.loggedIn(sim.port());
        String nailed = signIn();
        assertEquals(1, client.events("ConfbridgeStart").size(), "a new conference after the restart");
        assertEquals(List.of(nailed), sim.conferenceUsers(CONFERENCE));
    }
}
