package org.switchboard.security;

import java.time.Instant;

/**
 * A user's failed logins as stored on {@code app_user}, and the rule that locks the user: only when
 * {@code userMaxFailures} failures for that name arrive, from whatever addresses, with no pause as long as the
 * window between two of them. Since every
 * address is throttled first, that takes many addresses: a lock is the last resort, lifted by time or by an
 * administrator.
 *
 * @param count       failures since the last pause of a window or more
 * @param lastFailure when the last one was, null when none
 * @param lockedUntil null when not locked
 */
public record UserFailures(int count, Instant lastFailure, Instant lockedUntil) {

    public static final UserFailures NONE = new UserFailures(0, null, null);

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** After one more failure: counted in the window, and a lock once there are too many (the count starts anew). */
    public UserFailures afterFailure(Instant now, LoginSettings settings) {
        boolean inWindow = lastFailure != null && !lastFailure.plus(settings.userWindow()).isBefore(now);
        int next = inWindow ? count + 1 : 1;
        if (next >= settings.userMaxFailures()) {
            return new UserFailures(0, now, now.plus(settings.userLock()));
        }
        return new UserFailures(next, now, lockedUntil);
    }
}
