package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.pbxsim.CallOptions;
import org.switchboard.pbxsim.InboundCall;
import org.switchboard.pbxsim.PbxSimulator;

/**
 * The agent's state follows what the PBX sends: a caller who hangs up while the agent's phone rings leaves the agent
 * READY (Asterisk sends DialEnd CANCEL and QueueMemberStatus, never AgentRingNoAnswer or AgentComplete), and a
 * sign-in starts from the state of the phone signed in with, not from an earlier phone's call.
 */
@ExtendWith(ArquillianExtension.class)
class PresenceIT {

    private static final Api AGENT = Api.as("agent1");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    @Test
    void aCallerWhoAbandonsWhileTheAgentRingsLeavesTheAgentReady() {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
        AGENT.post("/api/agents/me/sign-out", "");
        AGENT.postObject("/api/agents/me/sign-in", "phone=1101");
        assertEquals("READY", AGENT.postObject("/api/agents/me/ready", "").getString("state"));
        try {
            // the phone rings far longer than the caller waits, and than the queue's 15 s per member
            InboundCall call = TestPbx.get().inboundCall("support", "+4930123456011", "Lena Vogel",
                    CallOptions.defaults().withRingTime(Duration.ofMinutes(2)));
            assertEquals("Local/1101@agents/n", call.awaitOffered(WAIT));
            awaitState("RINGING");

            call.customerHangsUp();
            assertEquals("abandoned", call.awaitEnded(WAIT));

            JsonObject me = awaitState("READY");
            assertEquals("READY", me.getString("state"), "no longer ringing: " + me);
        } finally {
            AGENT.post("/api/agents/me/sign-out", "");
        }
    }

    @Test
    void aSignInStartsFromThePhoneSignedInWith() {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90));
        PbxSimulator pbx = TestPbx.get();
        AGENT.post("/api/agents/me/sign-out", "");
        try {
            pbx.setDeviceState("Custom:agent1101", "INUSE"); // a call on the phone before the sign-in
            AGENT.postObject("/api/agents/me/sign-in", "phone=1101");
            // known from the sign-in's own QueueMemberAdded (Status 2): no later status change happens
            JsonObject busy = awaitState("ON_CALL");
            assertEquals("Phone in use", busy.getString("reason"));
            AGENT.post("/api/agents/me/sign-out", "");

            JsonObject signedIn = AGENT.postObject("/api/agents/me/sign-in", "phone=1103");
            assertNotEquals("ON_CALL", signedIn.getString("state"), "fresh sign-in on an idle phone: " + signedIn);
            // and the sign-in's QueueMemberAdded (Status 1) does not bring the old call back either
            sleep(2000);
            JsonObject later = AGENT.getObject("/api/agents/me");
            assertEquals("NOT_READY", later.getString("state"), later.toString());
            assertEquals("Signed in", later.getString("reason"), later.toString());
        } finally {
            AGENT.post("/api/agents/me/sign-out", "");
            pbx.setDeviceState("Custom:agent1101", "NOT_INUSE");
        }
    }

    private static JsonObject awaitState(String state) {
        return Api.await(() -> AGENT.getObject("/api/agents/me"), me -> state.equals(me.getString("state")), WAIT);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
