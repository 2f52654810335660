package org.switchboard.operations;

import java.time.Duration;
import java.time.Instant;

/**
 * When to tell operators about dead letters: at once when the count changes, again every {@link #REPEAT} while
 * it stays above zero (a log that repeats every minute is soon ignored), and once when it is back to zero.
 * Not thread-safe: one timer calls it.
 */
public final class DeadLetterAlarm {

    public static final Duration REPEAT = Duration.ofMinutes(15);

    public enum Say {
        NOTHING, WARN, CLEARED
    }

    private long lastCount;
    private Instant lastWarned;

    public Say check(long count, Instant now) {
        long before = lastCount;
        lastCount = count;
        if (count == 0) {
            lastWarned = null;
            return before > 0 ? Say.CLEARED : Say.NOTHING;
        }
        if (count != before || lastWarned == null || !now.isBefore(lastWarned.plus(REPEAT))) {
            lastWarned = now;
            return Say.WARN;
        }
        return Say.NOTHING;
    }
}
