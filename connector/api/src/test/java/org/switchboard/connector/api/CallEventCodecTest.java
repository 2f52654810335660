package org.switchboard.connector.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallEventCodecTest {

    private static CallEvent event(String id, String linkedId) {
        return new CallEvent(id, "pbx1", CallEventType.CALLER_QUEUED, Instant.parse("2026-11-22T21:31:25Z"),
                linkedId, linkedId, null, "support", null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void batchRoundTripsInOrder() {
        List<CallEvent> batch = List.of(event("e1", "1.1"), event("e2", "1.2"), event("e3", "1.1"));

        assertEquals(batch, CallEventCodec.fromJsonBatch(CallEventCodec.toJson(batch)));
    }

    @Test
    void batchReaderAcceptsASingleEventAsWrittenBeforeBatches() {
        CallEvent one = event("e1", "1.1");

        assertEquals(List.of(one), CallEventCodec.fromJsonBatch(CallEventCodec.toJson(one)));
    }

    @Test
    void batchReaderRejectsNullsAndGarbage() {
        assertThrows(IllegalArgumentException.class, () -> CallEventCodec.fromJsonBatch("[null]"));
        assertThrows(IllegalArgumentException.class, () -> CallEventCodec.fromJsonBatch("[{\"pbxId\":\"x\"}]"));
        assertThrows(IllegalArgumentException.class, () -> CallEventCodec.fromJsonBatch("[1,"));
        assertThrows(IllegalArgumentException.class, () -> CallEventCodec.fromJsonBatch(" "));
    }

    @Test
    void aCallsEventsShareOnePartition() {
        assertEquals(event("a", "1.1").partition(8), event("b", "1.1").partition(8));
        for (int i = 0; i < 100; i++) {
            int p = event("x", "17953830." + i).partition(8);
            assertEquals(true, p >= 0 && p < 8, "partition in range");
        }
    }

    @Test
    void roundTripsEveryField() {
        CallEvent event = new CallEvent("e1", "pbx1", CallEventType.AGENT_OFFERED,
                Instant.parse("2026-11-22T21:31:25.728245Z"), "1795383085.218", "1795383085.218",
                "Local/+4930@customers-0001;1", "support", "+4930123456789", "<script>alert(1)</script>",
                "Local/1001@agents/n", "Anna Schmidt", "Local/1001@agents-0002;1", "1795383085.220", null, 3, null,
                Boolean.FALSE, Map.of("BridgeUniqueid", "abc"));

        CallEvent back = CallEventCodec.fromJson(CallEventCodec.toJson(event));

        assertEquals(event, back);
        assertEquals("pbx1:1795383085.218", back.callGroup());
    }

    @Test
    void rejectsTextThatIsNoEvent() {
        assertThrows(IllegalArgumentException.class, () -> CallEventCodec.fromJson("{\"pbxId\":\"x\"}"));
        assertThrows(IllegalArgumentException.class, () -> CallEventCodec.fromJson("not json"));
    }
}
