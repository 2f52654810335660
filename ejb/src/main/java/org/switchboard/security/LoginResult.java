package org.switchboard.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The answer to a login attempt (a form, HTTP Basic or a bearer token).
 *
 * @param outcome    what happened
 * @param username   the user when {@code OK}
 * @param roles      their roles when {@code OK}
 * @param retryAfter how long the address must wait when {@code THROTTLED}
 * @param lockedUntil until when the user is locked when {@code LOCKED}
 */
public record LoginResult(Outcome outcome, String username, Set<String> roles, Duration retryAfter,
        Instant lockedUntil) {

    public enum Outcome {
        OK, WRONG, THROTTLED, LOCKED
    }

    static LoginResult ok(String username, Set<String> roles) {
        return new LoginResult(Outcome.OK, username, Set.copyOf(roles), null, null);
    }

    static LoginResult wrong() {
        return new LoginResult(Outcome.WRONG, null, Set.of(), null, null);
    }

    static LoginResult throttled(Duration retryAfter) {
        return new LoginResult(Outcome.THROTTLED, null, Set.of(), retryAfter, null);
    }

    static LoginResult locked(Instant until) {
        return new LoginResult(Outcome.LOCKED, null, Set.of(), null, until);
    }

    /** Whole seconds to wait, at least 1 (for Retry-After). */
    public long retryAfterSeconds() {
        if (retryAfter == null) {
            return 0;
        }
        long s = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, s);
    }
}
