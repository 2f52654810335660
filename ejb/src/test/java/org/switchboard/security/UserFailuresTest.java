package org.switchboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserFailuresTest {

    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
    private final LoginSettings settings = LoginSettings.defaults(); // 25 failures in 15 min lock for 15 min

    @ParameterizedTest(name = "{0} failures {1} s apart -> locked {2}")
    @CsvSource({ "24, 1, false", "25, 1, true", "25, 60, true", "25, 900, true", "25, 901, false", "100, 901, false" })
    void aUserIsLockedOnlyAfterManyFailuresWithinTheWindow(int failures, long secondsApart, boolean locked) {
        UserFailures f = UserFailures.NONE;
        Instant now = T0;
        for (int i = 0; i < failures; i++) {
            now = now.plusSeconds(secondsApart);
            f = f.afterFailure(now, settings);
        }
        assertEquals(locked, f.lockedAt(now));
    }

    @Test
    void aLockRunsOutAndTheCountStartsAnew() {
        UserFailures f = UserFailures.NONE;
        for (int i = 0; i < 25; i++) {
            f = f.afterFailure(T0, settings);
        }
        assertTrue(f.lockedAt(T0.plus(Duration.ofMinutes(14))));
        assertFalse(f.lockedAt(T0.plus(Duration.ofMinutes(15))));
        assertEquals(0, f.count());
    }
}
