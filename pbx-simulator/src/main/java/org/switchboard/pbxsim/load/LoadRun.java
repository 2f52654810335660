package org.switchboard.pbxsim.load;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Counters and completion of one load run. Thread-safe. */
public final class LoadRun {
    final AtomicLong generated = new AtomicLong();
    final AtomicLong completed = new AtomicLong();
    final AtomicLong abandoned = new AtomicLong();
    final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final LongSupplier eventsWrittenTotal;
    private final LongSupplier eventsPublishedTotal;
    private final long writtenAtStart;
    private final long publishedAtStart;
    private volatile long writtenAtEnd = -1;
    private volatile long publishedAtEnd = -1;
    private final long startNanos = System.nanoTime();
    private volatile long endNanos;

    LoadRun(LongSupplier eventsWrittenTotal, LongSupplier eventsPublishedTotal) {
        this.eventsWrittenTotal = eventsWrittenTotal;
        this.eventsPublishedTotal = eventsPublishedTotal;
        this.writtenAtStart = eventsWrittenTotal.getAsLong();
        this.publishedAtStart = eventsPublishedTotal.getAsLong();
    }

    void markFinished() {
        endNanos = System.nanoTime();
        publishedAtEnd = eventsPublishedTotal.getAsLong();
        finished.complete(null);
    }

    /** Waits until generation is over and every generated call has ended. */
    public boolean awaitFinished(Duration timeout) {
        try {
            finished.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public boolean isFinished() {
        return finished.isDone();
    }

    public long callsGenerated() {
        return generated.get();
    }

    public long callsCompleted() {
        return completed.get();
    }

    public long callsAbandoned() {
        return abandoned.get();
    }

    /** Events of this run the PBX produced (one count per event, whatever the number of clients). */
    public long eventsGenerated() {
        long end = publishedAtEnd >= 0 ? publishedAtEnd : eventsPublishedTotal.getAsLong();
        return end - publishedAtStart;
    }

    /** Events written to client sockets since the run started (sum over clients; includes other traffic). */
    public long eventsWritten() {
        long end = writtenAtEnd >= 0 ? writtenAtEnd : eventsWrittenTotal.getAsLong();
        return end - writtenAtStart;
    }

    /** Freezes {@link #eventsWritten()} once clients have drained (call after reading what you expect). */
    public void snapshotWritten() {
        writtenAtEnd = eventsWrittenTotal.getAsLong();
    }

    public Duration elapsed() {
        long end = endNanos == 0 ? System.nanoTime() : endNanos;
        return Duration.ofNanos(end - startNanos);
    }

    @Override
    public String toString() {
        return "LoadRun[generated=" + callsGenerated() + ", completed=" + callsCompleted() + ", abandoned="
                + callsAbandoned() + ", events=" + eventsGenerated() + ", written=" + eventsWritten() + ", elapsed="
                + elapsed().toMillis() + "ms]";
    }
}
