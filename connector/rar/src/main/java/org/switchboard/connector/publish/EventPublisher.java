package org.switchboard.connector.publish;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.switchboard.connector.Backoff;
import org.switchboard.connector.ConnectorLog;
import org.switchboard.connector.LongRunningWork;
import org.switchboard.connector.api.CallEvent;

/**
 * The one consumer of an {@link EventBuffer}: sends the events, in order, to the {@link EventSink}. When a send
 * fails the same event is retried after a capped backoff (closing and reopening the sink) until it goes
 * through, so no accepted event is lost and the order is kept. {@link #release()} asks it to stop: it then
 * drains what it can within the drain time and closes the sink.
 *
 * <p>Events the buffer had to refuse are lost for good; once publishing works again (and the backlog leaves room)
 * it asks for a resync of the PBX state through the {@link ResyncRequest} hook, so no call stays open because
 * its hang-up was among them.
 */
public final class EventPublisher extends LongRunningWork {

    private static final long POLL_MILLIS = 200;
    /** Events per send: a burst goes out in few durable writes, a lone event (a screen pop) at once. */
    private static final int BATCH = 500;

    private final String pbxId;
    private final EventBuffer buffer;
    private final EventSink sink;
    private final Backoff backoff;
    private final long drainMillis;
    private final ResyncRequest resync;
    private final AtomicLong resyncsRequested = new AtomicLong();
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile long drainDeadline = Long.MAX_VALUE;
    private boolean failing;

    public EventPublisher(String pbxId, EventBuffer buffer, EventSink sink, long retryMinMillis,
            long retryMaxMillis, long drainMillis) {
        this(pbxId, buffer, sink, retryMinMillis, retryMaxMillis, drainMillis, ResyncRequest.NONE);
    }

    public EventPublisher(String pbxId, EventBuffer buffer, EventSink sink, long retryMinMillis,
            long retryMaxMillis, long drainMillis, ResyncRequest resync) {
        super("switchboard-publisher-" + pbxId);
        this.resync = resync;
        this.pbxId = pbxId;
        this.buffer = buffer;
        this.sink = sink;
        this.backoff = new Backoff(retryMinMillis, retryMaxMillis);
        this.drainMillis = drainMillis;
    }

    @Override
    public void run() {
        try {
            while (stopRequested.getCount() > 0) {
                List<CallEvent> batch = buffer.takeBatch(BATCH, POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (!batch.isEmpty()) {
                    deliver(batch);
                }
                requestResyncIfDue();
            }
            // stopping: drain what the sink takes before the deadline
            List<CallEvent> batch;
            while (System.currentTimeMillis() < drainDeadline
                    && !(batch = buffer.takeBatch(BATCH, 0, TimeUnit.MILLISECONDS)).isEmpty()) {
                if (!deliver(batch)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            ConnectorLog.workFailed(name(), e);
            throw e;
        } finally {
            sink.close();
            long left = buffer.buffered();
            if (left > 0) {
                ConnectorLog.undelivered(pbxId, left);
            }
            finished.countDown();
        }
    }

    /** After a drop, once events go out again and the backlog leaves room: ask the session to resync. */
    private void requestResyncIfDue() {
        if (!failing && buffer.takeResyncDue()) {
            long n = resyncsRequested.incrementAndGet();
            ConnectorLog.resyncRequested(pbxId, buffer.refused(), n);
            try {
                resync.request();
            } catch (RuntimeException e) {
                ConnectorLog.resyncRequestFailed(pbxId, e);
            }
        }
    }

    /** Resyncs asked for because events were dropped. */
    public long resyncsRequested() {
        return resyncsRequested.get();
    }

    /** Sends a batch, retrying until it is stored; false only when stopping and the drain time is over. */
    private boolean deliver(List<CallEvent> batch) throws InterruptedException {
        while (true) {
            try {
                sink.sendAll(batch);
                buffer.published(batch.size());
                if (failing) {
                    failing = false;
                    backoff.reset();
                    ConnectorLog.publishRecovered(pbxId, buffer.buffered());
                }
                return true;
            } catch (Exception e) {
                failing = true;
                sink.close();
                long delay = backoff.nextDelay();
                ConnectorLog.publishFailed(pbxId, buffer.buffered(), delay, e);
                if (!pause(delay)) {
                    return false;
                }
            }
        }
    }

    /** Waits before a retry; false if the drain time is over. */
    private boolean pause(long millis) throws InterruptedException {
        if (stopRequested.getCount() > 0) {
            if (!stopRequested.await(millis, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        long left = drainDeadline - System.currentTimeMillis();
        if (left <= 0) {
            return false;
        }
        Thread.sleep(Math.min(millis, left));
        return System.currentTimeMillis() < drainDeadline;
    }

    /** Asks the publisher to drain (for at most the drain time) and stop. Returns at once. */
    @Override
    public void release() {
        if (stopRequested.getCount() > 0) {
            drainDeadline = System.currentTimeMillis() + drainMillis;
            stopRequested.countDown();
        }
    }

    /** Waits until {@link #run()} has returned. */
    public boolean awaitFinished(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }
}
