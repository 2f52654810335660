package org.switchboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
    private final LoginSettings settings = LoginSettings.defaults(); // 10 failures, 60 s doubling to 1 h, 15 min

    @ParameterizedTest(name = "{0} failures -> wait {1} s")
    @CsvSource({ "1, 0", "9, 0", "10, 60", "11, 120", "12, 240", "16, 3600", "40, 3600" })
    void anAddressWaitsAfterTheLimitAndEveryFurtherFailureDoublesTheWait(int failures, long waitSeconds) {
        AddressThrottle throttle = new AddressThrottle(settings);
        Instant now = T0;
        for (int i = 0; i < failures; i++) {
            // each failure made as soon as the address may try again
            now = now.plus(throttle.retryAfter("192.0.2.1", now).orElse(Duration.ofSeconds(1)));
            throttle.failed("192.0.2.1", now);
        }
        assertEquals(Duration.ofSeconds(waitSeconds),
                throttle.retryAfter("192.0.2.1", now).orElse(Duration.ZERO));
    }

    @Test
    void otherAddressesAreNotAffected() {
        AddressThrottle throttle = new AddressThrottle(settings);
        for (int i = 0; i < 12; i++) {
            throttle.failed("192.0.2.1", T0);
        }
        assertTrue(throttle.retryAfter("192.0.2.1", T0).isPresent());
        assertEquals(Optional.empty(), throttle.retryAfter("192.0.2.2", T0));
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        AddressThrottle throttle = new AddressThrottle(settings);
        for (int i = 0; i < 9; i++) {
            throttle.failed("192.0.2.1", T0);
        }
        Instant later = T0.plus(Duration.ofMinutes(16));
        throttle.failed("192.0.2.1", later);
        assertEquals(Optional.empty(), throttle.retryAfter("192.0.2.1", later), "a fresh window, one failure");
    }

    @Test
    void memoryIsBoundedByTheNumberOfAddressesTracked() {
        LoginSettings small = new LoginSettings(10, Duration.ofMinutes(15), Duration.ofSeconds(60),
                Duration.ofHours(1), 100, 25, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ZERO,
                Duration.ZERO);
        AddressThrottle throttle = new AddressThrottle(small);
        for (int i = 0; i < 10_000; i++) {
            throttle.failed("10.0." + (i / 256) + "." + (i % 256), T0);
        }
        assertEquals(100, throttle.tracked());
    }
}
