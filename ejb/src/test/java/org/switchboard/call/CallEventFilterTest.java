package org.switchboard.call;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventType;

class CallEventFilterTest {

    @Test
    void onlyEventsThatCanChangeARecordCostDatabaseWork() {
        assertTrue(CallEventService.changesCallRecords(event(CallEventType.AGENT_OFFERED, "1.1")));
        assertTrue(CallEventService.changesCallRecords(event(CallEventType.CHANNEL_HUNGUP, "1.1")));
        assertTrue(CallEventService.changesCallRecords(event(CallEventType.SNAPSHOT_COMPLETE, null)));
        assertFalse(CallEventService.changesCallRecords(event(CallEventType.CHANNEL_HUNGUP, "1.2")),
                "another leg hanging up does not end the call");
        assertFalse(CallEventService.changesCallRecords(event(CallEventType.MEMBER_STATUS, null)));
        assertFalse(CallEventService.changesCallRecords(event(CallEventType.BRIDGE_ENTERED, "1.2")));
    }

    @Test
    void onlyEventsOfACustomerCallStartARecord() {
        assertTrue(CallEventService.startsACall(event(CallEventType.CHANNEL_CREATED, "1.1")));
        assertTrue(CallEventService.startsACall(event(CallEventType.CALLER_QUEUED, "1.1")));
        assertFalse(CallEventService.startsACall(event(CallEventType.CHANNEL_HUNGUP, "1.1")),
                "the hangup of an agent's own line must not bring its record back");
        assertFalse(CallEventService.startsACall(event(CallEventType.BRIDGE_LEFT, "1.1")));
        assertFalse(CallEventService.startsACall(event(CallEventType.ORIGINATE_RESULT, "1.1")));
        assertTrue(CallEventService.startsACall(snapshot("1.1", "Queue", "support,t,,,300")));
        assertFalse(CallEventService.startsACall(snapshot("1.1", "ConfBridge", "agent-agent1")),
                "a nailed-up agent's line found by the resync");
        assertFalse(CallEventService.startsACall(snapshot("1.2", "AppQueue", "(Outgoing Line)")),
                "another leg only updates its call");
        CallEvent announcer = new CallEvent("id", "pbx1", CallEventType.CHANNEL_CREATED, Instant.EPOCH, "1.1", "1.1",
                "CBAnn/agent-agent3-00000061;1", null, null, null, null, null, null, null, null, null, null, null,
                Map.of());
        assertFalse(CallEventService.startsACall(announcer), "ConfBridge's announcer is no customer call");
        assertTrue(CallEventService.changesCallRecords(snapshot("1.2", "AppQueue", "(Outgoing Line)")),
                "an agent's leg at the resync tells who answered");
    }

    private static CallEvent snapshot(String uniqueId, String application, String data) {
        return new CallEvent("id", "pbx1", CallEventType.SNAPSHOT_CHANNEL, Instant.EPOCH, "1.1", uniqueId, null, null,
                null, null, null, null, null, null, null, null, null, null,
                Map.of("application", application, "applicationData", data));
    }

    private static CallEvent event(CallEventType type, String uniqueId) {
        return new CallEvent("id", "pbx1", type, Instant.EPOCH, "1.1", uniqueId, null, null, null, null, null, null,
                null, null, null, null, null, null, Map.of());
    }
}
