package org.switchboard.connector.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallEventCodecTest {

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
