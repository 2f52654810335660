package org.switchboard.security;

import java.time.Instant;

/**
 * The answer to a console resume secret: the login result, and when it is {@code OK} the instant of the original
 * form login (the session's absolute lifetime counts from it) and when the secret ends.
 */
public record Resumed(LoginResult result, Instant loginAt, Instant expiresAt) {

    static Resumed refused(LoginResult result) {
        return new Resumed(result, null, null);
    }
}
