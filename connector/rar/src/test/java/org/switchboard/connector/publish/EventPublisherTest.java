package org.switchboard.connector.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventType;

class EventPublisherTest {

    static CallEvent event(int n) {
        return new CallEvent("id-" + n, "pbx1", CallEventType.CHANNEL_CREATED, Instant.EPOCH, "L" + (n % 3),
                "U" + n, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Fails the first {@code failures} sends, records the rest. */
    static final class FlakySink implements EventSink {
        final List<String> sent = new ArrayList<>();
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicInteger closes = new AtomicInteger();
        volatile int failures;
        volatile CountDownLatch gate = new CountDownLatch(0);

        FlakySink(int failures) {
            this.failures = failures;
        }

        @Override
        public synchronized void send(CallEvent event) throws Exception {
            gate.await();
            if (attempts.incrementAndGet() <= failures) {
                throw new IllegalStateException("broker down");
            }
            sent.add(event.eventId());
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }

        synchronized List<String> sent() {
            return List.copyOf(sent);
        }
    }

    private static Thread start(EventPublisher publisher) {
        Thread t = new Thread(publisher, "test-publisher");
        t.start();
        return t;
    }

    @Test
    void failedSendsAreRetriedAndEveryEventIsDeliveredOnceInOrder() throws Exception {
        EventBuffer buffer = new EventBuffer("pbx1", 1_000_000);
        FlakySink sink = new FlakySink(5);
        EventPublisher publisher = new EventPublisher("pbx1", buffer, sink, 5, 20, 2000);
        start(publisher);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            assertTrue(buffer.offer(event(i)));
            expected.add("id-" + i);
        }
        long deadline = System.currentTimeMillis() + 5000;
        while (buffer.publishedCount() < 100 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        publisher.release();
        assertTrue(publisher.awaitFinished(3, TimeUnit.SECONDS));
        assertEquals(expected, sink.sent());
        assertEquals(100, buffer.accepted());
        assertEquals(100, buffer.publishedCount());
        assertEquals(0, buffer.buffered());
        assertEquals(0, buffer.refused());
        assertTrue(sink.closes.get() >= 5, "the sink is closed (and reopened) after each failure");
    }

    @Test
    void fullBufferRefusesWithoutBlockingAndCounts() throws Exception {
        EventBuffer buffer = new EventBuffer("pbx1", 10 * EventSize.of(event(999)));
        FlakySink sink = new FlakySink(0);
        sink.gate = new CountDownLatch(1); // the broker hangs
        EventPublisher publisher = new EventPublisher("pbx1", buffer, sink, 5, 20, 2000);
        start(publisher);
        long start = System.nanoTime();
        int accepted = 0;
        for (int i = 0; i < 1000; i++) {
            if (buffer.offer(event(i))) {
                accepted++;
            }
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis < 500, "offer must never block, took " + millis + " ms");
        // ten events' bytes (the first ids are shorter), held until the hung broker returns
        assertTrue(accepted >= 10 && accepted <= 11, "accepted " + accepted);
        assertEquals(1000 - accepted, buffer.refused());
        assertEquals(accepted, buffer.buffered());

        sink.gate.countDown(); // broker back
        long deadline = System.currentTimeMillis() + 5000;
        while (buffer.buffered() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(accepted, sink.sent().size());
        assertEquals(0, buffer.buffered());
        publisher.release();
        assertTrue(publisher.awaitFinished(3, TimeUnit.SECONDS));
    }

    @Test
    void stopDrainsWhatIsBuffered() throws Exception {
        EventBuffer buffer = new EventBuffer("pbx1", 1_000_000);
        FlakySink sink = new FlakySink(0);
        sink.gate = new CountDownLatch(1);
        EventPublisher publisher = new EventPublisher("pbx1", buffer, sink, 5, 20, 2000);
        start(publisher);
        for (int i = 0; i < 50; i++) {
            buffer.offer(event(i));
        }
        publisher.release();
        sink.gate.countDown();
        assertTrue(publisher.awaitFinished(3, TimeUnit.SECONDS));
        assertEquals(50, sink.sent().size());
    }

    @Test
    void stopGivesUpAfterTheDrainTimeWhenTheSinkStaysDown() throws Exception {
        EventBuffer buffer = new EventBuffer("pbx1", 1_000_000);
        FlakySink sink = new FlakySink(Integer.MAX_VALUE);
        EventPublisher publisher = new EventPublisher("pbx1", buffer, sink, 5, 20, 300);
        start(publisher);
        for (int i = 0; i < 5; i++) {
            buffer.offer(event(i));
        }
        Thread.sleep(100);
        publisher.release();
        assertTrue(publisher.awaitFinished(3, TimeUnit.SECONDS));
        assertEquals(5, buffer.buffered());
        assertFalse(sink.attempts.get() == 0);
    }

    @Test
    void eventsDroppedWhileJmsWasDownAskForOneResyncOnceEventsGoOutAgain() throws Exception {
        EventBuffer buffer = new EventBuffer("pbx1", 20 * EventSize.of(event(999)));
        FlakySink sink = new FlakySink(Integer.MAX_VALUE); // the broker is down
        AtomicInteger resyncs = new AtomicInteger();
        EventPublisher publisher = new EventPublisher("pbx1", buffer, sink, 5, 20, 2000, resyncs::incrementAndGet);
        start(publisher);
        int accepted = 0;
        for (int i = 0; i < 200; i++) {
            accepted += buffer.offer(event(i)) ? 1 : 0;
        }
        assertTrue(buffer.refused() > 0);
        Thread.sleep(200);
        assertEquals(0, resyncs.get(), "no resync while publishing still fails: its snapshot would be dropped too");

        sink.failures = 0; // the broker is back
        long deadline = System.currentTimeMillis() + 5000;
        while ((buffer.buffered() > 0 || resyncs.get() == 0) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(accepted, sink.sent().size());
        assertEquals(1, resyncs.get());
        assertEquals(1, publisher.resyncsRequested());
        assertFalse(buffer.resyncOwed());

        // later traffic without drops asks for nothing more
        for (int i = 200; i < 210; i++) {
            assertTrue(buffer.offer(event(i)));
        }
        Thread.sleep(300);
        assertEquals(1, resyncs.get());
        publisher.release();
        assertTrue(publisher.awaitFinished(3, TimeUnit.SECONDS));
    }

    @Test
    void noDropNoResync() throws Exception {
        EventBuffer buffer = new EventBuffer("pbx1", 1_000_000);
        FlakySink sink = new FlakySink(3);
        AtomicInteger resyncs = new AtomicInteger();
        EventPublisher publisher = new EventPublisher("pbx1", buffer, sink, 5, 20, 2000, resyncs::incrementAndGet);
        start(publisher);
        for (int i = 0; i < 50; i++) {
            assertTrue(buffer.offer(event(i)));
        }
        long deadline = System.currentTimeMillis() + 5000;
        while (buffer.publishedCount() < 50 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(300);
        assertEquals(0, resyncs.get(), "a JMS outage the buffer rode out loses nothing and needs no resync");
        publisher.release();
        assertTrue(publisher.awaitFinished(3, TimeUnit.SECONDS));
    }
}
