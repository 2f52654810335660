package org.switchboard.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionLifetimeTest {

    private static final Instant NOW = Instant.parse("2026-12-07T20:00:00Z");

    @ParameterizedTest(name = "created {0} s ago, lifetime {1} s -> ended: {2}")
    @CsvSource({
        "0,     43200, false",
        "43199, 43200, false",
        "43200, 43200, true",   // exactly its lifetime: over
        "90000, 43200, true",
        "6,     5,     true",
    })
    void aSessionEndsAtItsLifetimeWhateverItsActivity(long secondsAgo, long maxSeconds, boolean expected) {
        assertEquals(expected, SessionLifetime.expired(NOW.minusSeconds(secondsAgo), NOW,
                Duration.ofSeconds(maxSeconds)));
    }

    @ParameterizedTest(name = "configured [{0}] -> {1} s")
    @CsvSource(nullValues = "none", value = {
        "none,  43200",
        "3600,  3600",
        "' 60 ', 60",
        "0,     43200",  // no lifetime at all is not offered
        "-5,    43200",
        "12h,   43200",  // unreadable: the default, not "never"
    })
    void theLifetimeComesFromTheSystemPropertyOrTheDefault(String configured, long expectedSeconds) {
        assertEquals(Duration.ofSeconds(expectedSeconds), SessionLifetime.maxAge(configured));
    }

    @org.junit.jupiter.api.Test
    void aResumedSessionCountsFromTheOriginalLoginNotFromItsCreation() {
        Instant login = NOW.minus(Duration.ofHours(12));
        long resumedMillis = NOW.minusSeconds(60).toEpochMilli(); // re-established a minute ago after a restart
        assertEquals(login, SessionLifetime.start(login, resumedMillis));
        assertEquals(true, SessionLifetime.expired(SessionLifetime.start(login, resumedMillis), NOW,
                Duration.ofHours(12)));
        // without a login instant (no login yet): its creation
        assertEquals(Instant.ofEpochMilli(resumedMillis), SessionLifetime.start(null, resumedMillis));
    }
}
