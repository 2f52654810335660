package org.switchboard.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.action.QueueAddAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.ConfbridgeJoinEvent;
import org.asteriskjava.manager.event.ConfbridgeStartEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** asterisk-java, the client the platform uses, talks to the simulator as to a real Asterisk. */
class AsteriskJavaTest {
    private PbxSimulator sim;
    private ManagerConnection connection;

    @BeforeEach
    void start() {
        sim = PbxSimulator.start(SimulatorConfig.builder().port(0).credentials("switchboard", "secret").build());
    }

    @AfterEach
    void stop() {
        if (connection != null && connection.getState() == ManagerConnectionState.CONNECTED) {
            connection.logoff();
        }
        sim.close();
    }

    private ManagerConnection connect(String secret) {
        return new ManagerConnectionFactory("127.0.0.1", sim.port(), "switchboard", secret).createManagerConnection();
    }

    /** Logs in with a listener that keeps every event. */
    private List<ManagerEvent> loginRecordingEvents() throws Exception {
        connection = connect("secret");
        List<ManagerEvent> events = new CopyOnWriteArrayList<>();
        connection.addEventListener(events::add);
        connection.login();
        return events;
    }

    @Test
    void logsInWithChallengeMd5() throws Exception {
        connection = connect("secret");
        connection.login();
        assertEquals(ManagerConnectionState.CONNECTED, connection.getState());
        assertTrue(sim.actions().stream().anyMatch(a -> a.name().equalsIgnoreCase("Challenge")),
                "asterisk-java uses Challenge/MD5 by default");
        RecordedAction login = sim.awaitAction("Login", Duration.ofSeconds(2));
        assertEquals("MD5", login.get("AuthType").toUpperCase());
        ManagerResponse pong = connection.sendAction(new PingAction(), 5000);
        assertEquals("Success", pong.getResponse());
    }

    @Test
    void wrongSecretFails() {
        connection = connect("wrong");
        assertThrows(AuthenticationFailedException.class, () -> connection.login());
    }

    @Test
    void eventsOfAQueueCallAreParsed() throws Exception {
        List<ManagerEvent> events = loginRecordingEvents();
        QueueAddAction add = new QueueAddAction("support", "Local/1001@agents/n", 0);
        add.setMemberName("Anna Schmidt");
        ManagerResponse added = connection.sendAction(add, 5000);
        assertEquals("Added interface to queue", added.getMessage());
        ResponseEvents status = connection.sendEventGeneratingAction(new QueueStatusAction(), 5000);
        assertTrue(status.getEvents().stream().anyMatch(e -> e instanceof QueueMemberEvent m
                && "Local/1001@agents/n".equals(m.getLocation())));

        InboundCall call = sim.inboundCall("support", "+4930123456789", "O'Brien \"Max\"?");
        call.awaitConnected(Duration.ofSeconds(5));
        call.customerHangsUp();
        call.awaitEnded(Duration.ofSeconds(5));
        await(events, AgentCompleteEvent.class);
        QueueCallerJoinEvent join = first(events, QueueCallerJoinEvent.class);
        assertEquals("support", join.getQueue());
        assertEquals("+4930123456789", join.getCallerIdNum());
        // Asterisk escapes the name in AMI (connector/README.md, AMI-8); asterisk-java hands it over as received
        assertEquals("O\\'Brien \\\"Max\\\"\\?", join.getCallerIdName());
        AgentCalledEvent called = first(events, AgentCalledEvent.class);
        assertEquals("Local/1001@agents/n", called.getInterface());
        AgentConnectEvent connect = first(events, AgentConnectEvent.class);
        assertEquals(call.linkedid(), connect.getLinkedId());
        AgentCompleteEvent complete = first(events, AgentCompleteEvent.class);
        assertEquals("caller", complete.getReason());
        assertTrue(join.getTimestamp() != null && join.getTimestamp() > 1e9, "Timestamp as with timestampevents=yes");
    }

    @Test
    void nailedUpSignInIsParsedAsConfbridgeEvents() throws Exception {
        List<ManagerEvent> events = loginRecordingEvents();
        OriginateAction originate = new OriginateAction();
        originate.setChannel("Local/+4915102000001@switchboard-remote");
        originate.setApplication("ConfBridge");
        originate.setData("agent-agent1");
        originate.setCallerId("\"Switchboard\" <+4930999>");
        originate.setAsync(true);
        assertEquals("Success", connection.sendAction(originate, 5000).getResponse());

        ConfbridgeJoinEvent join = await(events, ConfbridgeJoinEvent.class);
        ConfbridgeStartEvent start = first(events, ConfbridgeStartEvent.class);
        assertEquals("agent-agent1", start.getConference());
        assertEquals("agent-agent1", join.getConference());
        assertEquals("ConfBridge", join.getBridgeCreator());
        assertEquals(start.getBridgeUniqueId(), join.getBridgeUniqueId());
        assertTrue(join.getChannel().startsWith("Local/+4915102000001@switchboard-remote-"), join.getChannel());
        assertEquals("+4930999", join.getCallerIdNum());
        assertEquals("No", join.getMuted());
    }

    /** Waits up to 5 s for the first event of that type. */
    private static <T> T await(List<ManagerEvent> events, Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (events.stream().noneMatch(type::isInstance) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return first(events, type);
    }

    private static <T> T first(List<ManagerEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + events));
    }
}
