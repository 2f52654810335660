package org.switchboard.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The console's resume secret: {@code sbr_} and 32 random bytes (256 bits, base64url) in an HttpOnly cookie, made
 * at a form login so the login session can be re-established after a server restart (sessions live in memory).
 * Stored like an API token, as its SHA-256 only. It ends with the login's absolute lifetime, counted from the form
 * login (a resumed session does not start a new lifetime), or when revoked by the logout.
 */
public final class ConsoleResume {

    public static final String COOKIE = "SWB_RESUME";
    static final String PREFIX = "sbr_";

    /** Whether a stored secret may re-establish a session. */
    public enum Verdict {
        USABLE, EXPIRED, REVOKED
    }

    private ConsoleResume() {
    }

    static String newSecret() {
        return PREFIX + ApiTokens.newToken().substring(ApiTokens.PREFIX.length());
    }

    /** Whether the text has a secret's shape: anything else is refused before the database is asked. */
    static boolean wellFormed(String secret) {
        return secret != null && secret.startsWith(PREFIX)
                && ApiTokens.wellFormed(ApiTokens.PREFIX + secret.substring(PREFIX.length()));
    }

    /** The stored form: SHA-256, 64 lower-case hex digits. */
    static String hash(String secret) {
        return ApiTokens.hash(secret);
    }

    /** When a secret made at a login at {@code loginAt} ends: with the session's absolute lifetime. */
    public static Instant expiry(Instant loginAt, Duration lifetime) {
        return loginAt.plus(lifetime);
    }

    /** Revocation first: a logged-out secret says so whether or not it would also have run out. */
    static Verdict verdict(Instant expiresAt, Instant revokedAt, Instant now) {
        if (revokedAt != null) {
            return Verdict.REVOKED;
        }
        return expiresAt.isAfter(now) ? Verdict.USABLE : Verdict.EXPIRED;
    }

    /** The cookie's Max-Age: whole seconds left, rounded down, never negative (0 deletes it). */
    public static int maxAgeSeconds(Instant expiresAt, Instant now) {
        long seconds = Duration.between(now, expiresAt).toSeconds();
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, seconds));
    }
}
