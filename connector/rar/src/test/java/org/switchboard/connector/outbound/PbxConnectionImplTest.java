package org.switchboard.connector.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.switchboard.connector.ami.AmiActionSender;

/** Every value an application passes into an AMI action is refused with a clear message if it holds CR or LF. */
class PbxConnectionImplTest {

    private final List<ManagerAction> sent = new ArrayList<>();
    private final PbxConnectionImpl connection = new PbxConnectionImpl(new PbxManagedConnection(
            new PbxManagedConnectionFactory(new AmiActionSender() {
                @Override
                public String pbxId() {
                    return "pbx1";
                }

                @Override
                public ManagerResponse send(ManagerAction action) {
                    sent.add(action);
                    return new ManagerResponse();
                }
            })));

    @Test
    void lineBreaksInAnyArgumentAreRefusedAndNothingIsSent() throws Exception {
        String evil = "1001\r\nAction: Originate\r\nChannel: Local/0900666@pstn";
        refused("exten", () -> connection.originate("Local/1001@agents", "outbound", evil, null, Map.of()));
        refused("channel", () -> connection.originate(evil, "outbound", "1", null, Map.of()));
        refused("context", () -> connection.originate("Local/1001@agents", "out\nbound", "1", null, Map.of()));
        refused("callerId", () -> connection.originate("Local/1001@agents", "outbound", "1", "A\rB", Map.of()));
        refused("variable X", () -> connection.originate("Local/1001@agents", "outbound", "1", null,
                Map.of("X", "1\n")));
        refused("data", () -> connection.originateApplication("Local/1@switchboard-remote", "ConfBridge",
                "agent-a\r\n", null, Map.of()));
        refused("channel", () -> connection.hangup("Local/1@x\n"));
        refused("exten", () -> connection.redirect("Local/1@x", "ctx", "1\r"));
        refused("memberName", () -> connection.queueAdd("support", "Local/1@agents/n", "Anna\nSchmidt", null, 0,
                true));
        refused("queue", () -> connection.queueRemove("sup\rport", "Local/1@agents/n"));
        refused("memberInterface", () -> connection.queuePenalty("support", "Local/1@agents/n\n", 1));
        refused("reason", () -> connection.queuePause("support", "Local/1@agents/n", true, "Lunch\r\nAction: X"));
        assertEquals(List.of(), sent);

        connection.queuePause("support", "Local/1@agents/n", true, "Lunch");
        assertEquals(1, sent.size(), "ordinary values still go out");
    }

    @Test
    void aLineIntoAnApplicationSaysSoInItsActionId() throws Exception {
        String line = connection.originateApplication("Local/+4915102000077@switchboard-remote", "ConfBridge",
                "agent-agent3", null, Map.of());
        String call = connection.originate("Local/1001@agents", "outbound", "+4930123456789", null, Map.of());
        assertTrue(line.startsWith(org.switchboard.connector.api.PbxConnection.LINE_ACTION_ID_PREFIX), line);
        assertEquals(line, sent.get(0).getActionId());
        assertTrue(!call.startsWith(org.switchboard.connector.api.PbxConnection.LINE_ACTION_ID_PREFIX), call);
    }

    private static void refused(String field, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(field + " must not contain a line break"), e.getMessage());
    }
}
