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

    private static CallEvent event(CallEventType type, String uniqueId) {
        return new CallEvent("id", "pbx1", type, Instant.EPOCH, "1.1", uniqueId, null, null, null, null, null, null,
                null, null, null, null, null, null, Map.of());
    }
}
