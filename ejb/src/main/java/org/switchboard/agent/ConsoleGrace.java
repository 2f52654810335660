package org.switchboard.agent;

import java.time.Duration;
import java.time.Instant;

/**
 * When the vanished-console grace period must start again for everyone. Consoles' heartbeats are recorded only
 * while this server and its database work; a heartbeat time older than the grace period then means "the console
 * is gone" only if the server could have heard it. After a start (nothing checked yet on this node) or a time in
 * which the timer could not check (the database was unreachable, the server stalled), every signed-in agent's
 * console gets a fresh heartbeat time instead of being judged by the stale one: agents who were alive are not
 * signed out en masse, and a console that is really gone is still signed out, one grace period later.
 */
final class ConsoleGrace {

    /** Longer than a few missed timer ticks (every 2 s), and no longer than the shortest grace period (10 s). */
    static final Duration BLIND_SPOT = Duration.ofSeconds(10);

    private ConsoleGrace() {
    }

    /**
     * @param lastCheck when this node last checked consoles with a working database; null before the first check
     * @param now       this check
     */
    static boolean startsAgain(Instant lastCheck, Instant now) {
        return lastCheck == null || Duration.between(lastCheck, now).compareTo(BLIND_SPOT) > 0;
    }
}
