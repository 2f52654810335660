package org.switchboard.connector.publish;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.switchboard.connector.ConnectorLog;
import org.switchboard.connector.LongRunningWork;
import org.switchboard.connector.api.CallEvent;

/**
 * The screen pop's fast lane: every call offered to an agent ({@code AGENT_OFFERED}) also goes, at once and
 * without waiting for the durable batch, to a non-persistent topic that the console's push consumer listens to.
 * A hint, not a record (the call topic stays the truth): when it cannot be sent it is dropped and counted, never
 * retried, and the durable path still brings the pop a little later. Bounded, so it never holds up the AMI thread.
 */
public final class OfferPublisher extends LongRunningWork {

    private static final int CAPACITY = 1_000;
    private static final long POLL_MILLIS = 200;

    private final String pbxId;
    private final EventSink sink;
    private final BlockingQueue<CallEvent> offers = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    public OfferPublisher(String pbxId, EventSink sink) {
        super("switchboard-offers-" + pbxId);
        this.pbxId = pbxId;
        this.sink = sink;
    }

    /** From the AMI event path: never blocks; a full lane drops the hint. */
    public void offer(CallEvent event) {
        if (!offers.offer(event)) {
            dropped.incrementAndGet();
        }
    }

    @Override
    public void run() {
        try {
            while (stopRequested.getCount() > 0) {
                CallEvent event = offers.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (event != null) {
                    send(event);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sink.close();
            finished.countDown();
        }
    }

    private void send(CallEvent event) {
        try {
            sink.send(event);
        } catch (Exception e) {
            sink.close(); // reopened with the next offer
            if (dropped.incrementAndGet() == 1 || dropped.get() % 1_000 == 0) {
                ConnectorLog.offerDropped(pbxId, dropped.get(), e);
            }
        }
    }

    public long dropped() {
        return dropped.get();
    }

    @Override
    public void release() {
        stopRequested.countDown();
    }

    public boolean awaitFinished(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }
}
