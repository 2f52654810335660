package org.switchboard.connector.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.switchboard.connector.ConnectorLog;
import org.switchboard.connector.api.CallEvent;

/**
 * The FIFO between asterisk-java's event thread (producer, never blocked) and the one publisher work (consumer),
 * bounded by the heap its events take ({@link EventSize}), not by their number. An event the publisher has taken
 * but not yet sent stays counted until {@link #published(int)}.
 *
 * <p>A refused event is a hole in what the consumers know (a hang-up they never see leaves a call open), so a
 * refusal also marks the buffer as owing a resync of the PBX state; the publisher asks for it once publishing
 * works again and there is room for the snapshot ({@link #takeResyncDue()}).
 */
public final class EventBuffer {

    private static final long FULL_LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final String pbxId;
    private final long capacityBytes;
    private final LinkedBlockingQueue<Entry> queue = new LinkedBlockingQueue<>();
    private final AtomicLong usedBytes = new AtomicLong();
    private final AtomicLong peakBytes = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong refusedBytes = new AtomicLong();
    private final AtomicBoolean resyncOwed = new AtomicBoolean();
    private final AtomicLong lastFullLog = new AtomicLong(System.nanoTime() - FULL_LOG_INTERVAL_NANOS);
    private volatile int inFlight;
    private long inFlightBytes; // publisher thread only

    private record Entry(CallEvent event, long bytes) {
    }

    public EventBuffer(String pbxId, long capacityBytes) {
        if (capacityBytes <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacityBytes + " bytes");
        }
        this.pbxId = pbxId;
        this.capacityBytes = capacityBytes;
    }

    /**
     * Appends an event without ever blocking. When it does not fit, it is refused, counted, a resync is owed and
     * an error is logged (at most every 10 s).
     *
     * @return false if the event was refused
     */
    public boolean offer(CallEvent event) {
        if (event == null) {
            return true;
        }
        long bytes = EventSize.of(event);
        long used;
        do {
            used = usedBytes.get();
            if (used + bytes > capacityBytes) {
                refuse(bytes);
                return false;
            }
        } while (!usedBytes.compareAndSet(used, used + bytes));
        peakBytes.accumulateAndGet(used + bytes, Math::max);
        queue.add(new Entry(event, bytes));
        accepted.incrementAndGet();
        return true;
    }

    private void refuse(long bytes) {
        long refusedNow = refused.incrementAndGet();
        refusedBytes.addAndGet(bytes);
        resyncOwed.set(true);
        long now = System.nanoTime();
        long last = lastFullLog.get();
        if (now - last >= FULL_LOG_INTERVAL_NANOS && lastFullLog.compareAndSet(last, now)) {
            ConnectorLog.bufferFull(pbxId, capacityBytes, usedBytes.get(), refusedNow);
        }
    }

    /**
     * Takes the head and, without waiting, up to {@code max - 1} more events behind it, in order; the caller
     * must publish them all next. Empty when nothing arrived within the timeout.
     */
    List<CallEvent> takeBatch(int max, long timeout, TimeUnit unit) throws InterruptedException {
        Entry head = timeout <= 0 ? queue.poll() : queue.poll(timeout, unit);
        if (head == null) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>(Math.min(max, queue.size() + 1));
        entries.add(head);
        queue.drainTo(entries, max - 1);
        List<CallEvent> batch = new ArrayList<>(entries.size());
        long bytes = 0;
        for (Entry entry : entries) {
            batch.add(entry.event());
            bytes += entry.bytes();
        }
        inFlightBytes = bytes;
        inFlight = batch.size();
        return batch;
    }

    /** The events last taken were stored by the sink: their bytes are free again. */
    void published(int count) {
        usedBytes.addAndGet(-inFlightBytes);
        inFlightBytes = 0;
        inFlight = 0;
        published.addAndGet(count);
    }

    /**
     * Whether a resync is owed and may be asked for now: events were refused, and at most half the buffer is in
     * use, so the snapshot that follows has room. Clears the debt when it answers true; a refusal after that
     * owes the next one.
     */
    boolean takeResyncDue() {
        return resyncOwed.get() && usedBytes.get() <= capacityBytes / 2 && resyncOwed.compareAndSet(true, false);
    }

    public long accepted() {
        return accepted.get();
    }

    public long publishedCount() {
        return published.get();
    }

    /** Events dropped because they did not fit. */
    public long refused() {
        return refused.get();
    }

    public long refusedBytes() {
        return refusedBytes.get();
    }

    /** Events accepted and not yet published, including those being sent right now. */
    public long buffered() {
        return queue.size() + inFlight;
    }

    /** Estimated heap of the events accepted and not yet published. */
    public long bufferedBytes() {
        return usedBytes.get();
    }

    /** The most {@link #bufferedBytes()} has been since the start. */
    public long peakBytes() {
        return peakBytes.get();
    }

    public long capacityBytes() {
        return capacityBytes;
    }

    public boolean resyncOwed() {
        return resyncOwed.get();
    }
}
