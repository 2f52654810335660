package org.switchboard.connector;

/**
 * Capped exponential backoff: {@code min}, {@code 2*min}, {@code 4*min} ... up to {@code max}, then {@code max}
 * for as long as the failures go on. {@link #reset()} after a success. Not thread-safe: one per loop.
 */
public final class Backoff {

    private final long minMillis;
    private final long maxMillis;
    private long next;

    public Backoff(long minMillis, long maxMillis) {
        if (minMillis <= 0 || maxMillis < minMillis) {
            throw new IllegalArgumentException("need 0 < min <= max, got " + minMillis + ", " + maxMillis);
        }
        this.minMillis = minMillis;
        this.maxMillis = maxMillis;
        this.next = minMillis;
    }

    /** The delay before the next attempt; doubles the one after it, up to the cap. */
    public long nextDelay() {
        long delay = next;
        next = Math.min(maxMillis, next * 2);
        return delay;
    }

    public void reset() {
        next = minMillis;
    }
}
