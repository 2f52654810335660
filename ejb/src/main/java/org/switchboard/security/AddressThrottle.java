package org.switchboard.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed logins per source address, the first line against guessing: after {@code addressMaxFailures} failures
 * within the window an address must wait (HTTP 429 with Retry-After) before its next attempt is even checked; every
 * further failure doubles the wait, up to the longest. A wait is never imposed on a user name, so an attacker who
 * is throttled does not lock out the agent whose name they try. Kept in memory per node (a cluster of n nodes lets
 * an address try n times as often), bounded by {@code addressesTracked}: under a flood of addresses the oldest are
 * forgotten, and the user lock is what is left.
 */
public final class AddressThrottle {

    private record Failures(int count, Instant windowStart, Instant blockedUntil) {
    }

    private final LoginSettings settings;
    private final Lru<String, Failures> addresses;

    public AddressThrottle(LoginSettings settings) {
        this.settings = settings;
        this.addresses = new Lru<>(settings.addressesTracked());
    }

    /** How long the address must still wait; empty when it may try now. */
    public Optional<Duration> retryAfter(String address, Instant now) {
        Failures f = addresses.get(address);
        if (f == null || f.blockedUntil() == null || !f.blockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, f.blockedUntil()));
    }

    /** Counts a failed login from the address; may start (or lengthen) its wait. */
    public void failed(String address, Instant now) {
        Failures before = addresses.get(address);
        boolean fresh = before == null || (before.windowStart().plus(settings.addressWindow()).isBefore(now)
                && (before.blockedUntil() == null || before.blockedUntil().isBefore(now)));
        int count = fresh ? 1 : before.count() + 1;
        Instant windowStart = fresh ? now : before.windowStart();
        Instant blockedUntil = fresh ? null : before.blockedUntil();
        if (count >= settings.addressMaxFailures()) {
            int doublings = Math.min(count - settings.addressMaxFailures(), 30);
            Duration wait = settings.addressBlock().multipliedBy(1L << doublings);
            if (wait.compareTo(settings.addressMaxBlock()) > 0) {
                wait = settings.addressMaxBlock();
            }
            blockedUntil = now.plus(wait);
        }
        addresses.put(address, new Failures(count, windowStart, blockedUntil));
    }

    /** Addresses remembered now (for tests and the log). */
    public int tracked() {
        return addresses.size();
    }
}
