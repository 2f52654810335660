package org.switchboard.connector.ami;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Map;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.QueueAddAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.junit.jupiter.api.Test;

class AmiActionValuesTest {

    private static OriginateAction originate() {
        OriginateAction action = new OriginateAction();
        action.setChannel("Local/1001@agents");
        action.setContext("outbound");
        action.setExten("+4930123456789");
        action.setCallerId("Switchboard <agent>");
        action.setVariables(new java.util.HashMap<>(Map.of("SWB_AGENT", "agent1")));
        return action;
    }

    @Test
    void anOrdinaryActionPasses() {
        assertDoesNotThrow(() -> AmiActionValues.requireSingleLines(originate()));
    }

    @Test
    void aLineBreakInAnyValueIsRefusedNamingTheField() {
        OriginateAction exten = originate();
        exten.setExten("+4930123\r\nAction: Originate\r\nChannel: Local/0900666@pstn");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AmiActionValues.requireSingleLines(exten));
        assertTrue(e.getMessage().contains("Originate Exten"), e.getMessage());

        OriginateAction variable = originate();
        variable.setVariables(new java.util.HashMap<>(Map.of("SWB_AGENT", "agent1\nAction: Hangup")));
        assertThrows(IllegalArgumentException.class, () -> AmiActionValues.requireSingleLines(variable));

        OriginateAction variableName = originate();
        variableName.setVariables(new java.util.HashMap<>(Map.of("X\r", "1")));
        assertThrows(IllegalArgumentException.class, () -> AmiActionValues.requireSingleLines(variableName));

        QueueAddAction add = new QueueAddAction("support", "Local/1001@agents/n");
        add.setMemberName("Anna\rSchmidt");
        assertThrows(IllegalArgumentException.class, () -> AmiActionValues.requireSingleLines(add));

        QueuePauseAction pause = new QueuePauseAction("Local/1001@agents/n", true);
        pause.setReason("Lunch\n");
        assertThrows(IllegalArgumentException.class, () -> AmiActionValues.requireSingleLines(pause));
    }

    @Test
    void theSessionRefusesItBeforeItIsWritten() {
        // not connected: the check comes first, so the caller learns what is wrong with the value
        SessionConfig config = new SessionConfig("pbx1", "127.0.0.1", 1, "cti", "secret", 50, 200, 2000, 0, "");
        AmiSession session = new AmiSession(config, new AmiEventTranslator("pbx1", Clock.systemUTC()), e -> { });
        OriginateAction action = originate();
        action.setChannel("Local/1001@agents\r\n");
        assertThrows(IllegalArgumentException.class, () -> session.send(action));
    }

    @Test
    void singleValues() {
        assertDoesNotThrow(() -> AmiActionValues.singleLine(null, "reason"));
        assertDoesNotThrow(() -> AmiActionValues.singleLine("Lunch break", "reason"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AmiActionValues.singleLine("a\rb", "reason"));
        assertTrue(e.getMessage().startsWith("reason must not contain a line break"), e.getMessage());
    }
}
