package org.switchboard.connector.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventType;

class EventBufferTest {

    private static CallEvent small(int n) {
        return new CallEvent("id-" + n, "pbx1", CallEventType.CHANNEL_CREATED, Instant.EPOCH, "L1", "U" + n, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** What a hostile PBX can send: a caller number of 80, a name of 300, a channel name of 1,000 characters. */
    private static CallEvent big(int n) {
        return new CallEvent("id-" + n, "pbx1", CallEventType.CHANNEL_CREATED, Instant.EPOCH, "L1", "U" + n,
                "PJSIP/" + "c".repeat(994), "support", "4".repeat(80), "N".repeat(300), null, null, null, null,
                null, null, null, null, Map.of("note", "x".repeat(200)));
    }

    @Test
    void sizeGrowsWithWhatThePbxSent() {
        long small = EventSize.of(small(1));
        long big = EventSize.of(big(1));
        assertTrue(small >= EventSize.FIXED && small < 600, "small " + small);
        // 2 bytes a character for 1,000 + 300 + 80 + 200 characters, and more
        assertTrue(big > 2 * (1000 + 300 + 80 + 200), "big " + big);
    }

    @Test
    void theBoundIsBytesNotEvents() {
        long capacity = 100_000;
        EventBuffer forSmall = new EventBuffer("pbx1", capacity);
        EventBuffer forBig = new EventBuffer("pbx1", capacity);
        int small = 0;
        int big = 0;
        for (int i = 0; i < 10_000; i++) {
            small += forSmall.offer(small(i)) ? 1 : 0;
            big += forBig.offer(big(i)) ? 1 : 0;
        }
        assertTrue(big * 5 < small, "big events fill the same bytes far sooner: " + big + " vs " + small);
        for (EventBuffer buffer : List.of(forSmall, forBig)) {
            assertTrue(buffer.bufferedBytes() <= capacity, "never above the bound: " + buffer.bufferedBytes());
            assertTrue(buffer.bufferedBytes() > capacity - EventSize.of(big(9999)), "filled up to the bound");
            assertEquals(buffer.bufferedBytes(), buffer.peakBytes());
        }
        assertEquals(small, forSmall.buffered());
        assertEquals(10_000 - small, forSmall.refused());
    }

    @Test
    void refusalsAreCountedInEventsAndBytesAndOweAResync() {
        long one = EventSize.of(small(5));
        EventBuffer buffer = new EventBuffer("pbx1", 3 * one);
        for (int i = 0; i < 3; i++) {
            assertTrue(buffer.offer(small(i)));
        }
        assertFalse(buffer.resyncOwed());
        assertFalse(buffer.offer(small(3)));
        assertFalse(buffer.offer(small(4)));
        assertEquals(3, buffer.accepted());
        assertEquals(2, buffer.refused());
        assertEquals(2 * one, buffer.refusedBytes());
        assertTrue(buffer.resyncOwed());
    }

    @Test
    void publishedEventsFreeTheirBytesAndTheResyncIsDueOnlyWithRoomForTheSnapshot() throws Exception {
        long one = EventSize.of(small(5));
        EventBuffer buffer = new EventBuffer("pbx1", 4 * one);
        for (int i = 0; i < 6; i++) {
            buffer.offer(small(i));
        }
        assertEquals(2, buffer.refused());
        assertEquals(4 * one, buffer.bufferedBytes());

        List<CallEvent> first = buffer.takeBatch(1, 0, TimeUnit.MILLISECONDS);
        assertEquals(List.of(small(0)), first);
        assertEquals(4 * one, buffer.bufferedBytes(), "in flight still counts");
        buffer.published(1);
        assertEquals(3 * one, buffer.bufferedBytes());
        assertFalse(buffer.takeResyncDue(), "three quarters full: the snapshot would not fit");

        buffer.published(buffer.takeBatch(1, 0, TimeUnit.MILLISECONDS).size());
        assertEquals(2 * one, buffer.bufferedBytes());
        assertTrue(buffer.takeResyncDue(), "half full: ask now");
        assertFalse(buffer.takeResyncDue(), "once per drop");
        assertTrue(buffer.offer(small(9)), "room again");

        buffer.published(buffer.takeBatch(10, 0, TimeUnit.MILLISECONDS).size());
        assertEquals(0, buffer.bufferedBytes());
        assertEquals(0, buffer.buffered());
        assertEquals(5, buffer.publishedCount());
        assertEquals(4 * one, buffer.peakBytes());
    }

    @Test
    void aBoundOfNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EventBuffer("pbx1", 0));
    }
}
