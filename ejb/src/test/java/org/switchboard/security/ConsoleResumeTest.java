package org.switchboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsoleResumeTest {

    private static final Instant LOGIN = Instant.parse("2026-12-07T08:00:00Z");
    private static final Duration SHIFT = Duration.ofHours(12);

    @Test
    void secretsAreRandomWellFormedAndStoredAsSha256HexOnly() {
        String a = ConsoleResume.newSecret();
        String b = ConsoleResume.newSecret();
        assertTrue(ConsoleResume.wellFormed(a), a);
        assertNotEquals(a, b);
        assertTrue(a.startsWith("sbr_"), a);
        assertEquals(4 + 43, a.length()); // 32 random bytes
        assertTrue(ConsoleResume.hash(a).matches("[0-9a-f]{64}"));
        assertEquals(ConsoleResume.hash(a), ConsoleResume.hash(a));
        assertNotEquals(ConsoleResume.hash(a), ConsoleResume.hash(b));
        assertFalse(ConsoleResume.hash(a).contains(a.substring(4)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "sbr_", "sbr_short", "sbt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "sbr_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "sbr_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA;",
            "sbr_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" })
    void anythingElseIsRefusedBeforeTheDatabase(String text) {
        assertFalse(ConsoleResume.wellFormed(text), text);
        assertFalse(ConsoleResume.wellFormed(null));
    }

    @Test
    void anApiTokenIsNoResumeSecret() {
        assertFalse(ConsoleResume.wellFormed(ApiTokens.newToken()));
    }

    @ParameterizedTest(name = "{0} s after the login, revoked {1} -> {2}")
    @CsvSource({
        "0,     false, USABLE",
        "43199, false, USABLE",
        "43200, false, EXPIRED",   // exactly the session's lifetime: over, as SessionLifetime says
        "90000, false, EXPIRED",
        "10,    true,  REVOKED",   // logged out
        "90000, true,  REVOKED",
    })
    void aSecretResumesUntilTheLoginsLifetimeEndsUnlessRevoked(long secondsAfterLogin, boolean revoked,
            ConsoleResume.Verdict expected) {
        Instant expires = ConsoleResume.expiry(LOGIN, SHIFT);
        Instant now = LOGIN.plusSeconds(secondsAfterLogin);
        assertEquals(expected, ConsoleResume.verdict(expires, revoked ? LOGIN.plusSeconds(5) : null, now));
    }

    @ParameterizedTest(name = "{0} s after the login -> Max-Age {1}")
    @CsvSource({
        "0,     43200",
        "3600,  39600",   // a resumed session keeps the original end, it does not start a new shift
        "43199, 1",
        "43200, 0",
        "99999, 0",
    })
    void theCookieLivesAsLongAsTheLoginHasLeft(long secondsAfterLogin, int expectedMaxAge) {
        Instant expires = ConsoleResume.expiry(LOGIN, SHIFT);
        assertEquals(LOGIN.plus(SHIFT), expires);
        assertEquals(expectedMaxAge, ConsoleResume.maxAgeSeconds(expires, LOGIN.plusSeconds(secondsAfterLogin)));
    }
}
