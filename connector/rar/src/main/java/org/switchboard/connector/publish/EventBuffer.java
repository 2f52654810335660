package org.switchboard.connector.publish;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.switchboard.connector.ConnectorLog;
import org.switchboard.connector.api.CallEvent;

/**
 * The bounded FIFO between asterisk-java's event thread (producer, never blocked) and the one publisher work
 * (consumer). An event the publisher has taken but not yet sent stays counted as buffered until
 * {@link #published(int)}.
 */
public final class EventBuffer {

    private static final long FULL_LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final String pbxId;
    private final int capacity;
    private final LinkedBlockingQueue<CallEvent> queue;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong lastFullLog = new AtomicLong(System.nanoTime() - FULL_LOG_INTERVAL_NANOS);
    private volatile int inFlight;

    public EventBuffer(String pbxId, int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.pbxId = pbxId;
        this.capacity = capacity;
        this.queue = new LinkedBlockingQueue<>(capacity);
    }

    /**
     * Appends an event without ever blocking. When the buffer is full the event is refused, counted and an
     * error is logged (at most every 10 s).
     *
     * @return false if the event was refused
     */
    public boolean offer(CallEvent event) {
        if (event == null) {
            return true;
        }
        if (queue.offer(event)) {
            accepted.incrementAndGet();
            return true;
        }
        long refusedNow = refused.incrementAndGet();
        long now = System.nanoTime();
        long last = lastFullLog.get();
        if (now - last >= FULL_LOG_INTERVAL_NANOS && lastFullLog.compareAndSet(last, now)) {
            ConnectorLog.bufferFull(pbxId, capacity, refusedNow);
        }
        return false;
    }

    /**
     * Takes the head and, without waiting, up to {@code max - 1} more events behind it, in order; the caller
     * must publish them all next. Empty when nothing arrived within the timeout.
     */
    List<CallEvent> takeBatch(int max, long timeout, TimeUnit unit) throws InterruptedException {
        CallEvent head = timeout <= 0 ? queue.poll() : queue.poll(timeout, unit);
        if (head == null) {
            return List.of();
        }
        List<CallEvent> batch = new ArrayList<>(Math.min(max, queue.size() + 1));
        batch.add(head);
        queue.drainTo(batch, max - 1);
        inFlight = batch.size();
        return batch;
    }

    /** The events last taken were stored by the sink. */
    void published(int count) {
        inFlight = 0;
        published.addAndGet(count);
    }

    public long accepted() {
        return accepted.get();
    }

    public long publishedCount() {
        return published.get();
    }

    public long refused() {
        return refused.get();
    }

    /** Events accepted and not yet published, including one being sent right now. */
    public long buffered() {
        return queue.size() + inFlight;
    }

    public int capacity() {
        return capacity;
    }
}
