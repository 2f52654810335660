package org.switchboard.security;

import java.time.Instant;

/** A user with failed logins counted, and whether that has locked them (for administrators). */
public record LockSummary(String username, int failedLogins, Instant lastFailedLogin, Instant lockedUntil,
        boolean locked) {
}
