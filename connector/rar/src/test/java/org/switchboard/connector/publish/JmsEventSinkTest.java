package org.switchboard.connector.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventType;

class JmsEventSinkTest {

    private static CallEvent event(int n, String linkedId) {
        return new CallEvent("e" + n, "pbx1", CallEventType.CALLER_QUEUED, Instant.EPOCH.plusSeconds(n), linkedId,
                linkedId, null, "support", null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void partitionsKeepEveryEventOnceAndEachCallInOrder() {
        List<CallEvent> events = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            events.add(event(n, "call." + (n % 37)));
        }

        List<List<CallEvent>> parts = JmsEventSink.byPartition(events, 8);

        assertEquals(8, parts.size());
        assertEquals(300, parts.stream().mapToInt(List::size).sum());
        for (List<CallEvent> part : parts) {
            for (int i = 1; i < part.size(); i++) {
                // publishing order kept inside a partition, so every call's events stay in order
                assertEquals(true, part.get(i - 1).time().isBefore(part.get(i).time()));
            }
            assertEquals(part.stream().map(e -> e.partition(8)).distinct().count() <= 1, true);
        }
        long callsSplitAcrossPartitions = events.stream().map(CallEvent::linkedId).distinct()
                .filter(call -> parts.stream().filter(p -> p.stream().anyMatch(e -> e.linkedId().equals(call)))
                        .count() > 1).count();
        assertEquals(0, callsSplitAcrossPartitions);
    }
}
