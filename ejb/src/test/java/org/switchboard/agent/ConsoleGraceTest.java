package org.switchboard.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsoleGraceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @ParameterizedTest(name = "last check {0} s ago -> grace starts again: {1}")
    @CsvSource(nullValues = "never", value = {
        "never, true",   // the server (or this deployment) has just started
        "2,     false",  // the timer's ordinary rhythm
        "10,    false",  // a few slow ticks: heartbeats still got through
        "11,    true",   // the timer (or the database) was away longer than the shortest grace period
        "600,   true",   // a database outage of ten minutes
    })
    void graceStartsAgainAfterAStartOrABlindSpot(Long secondsAgo, boolean expected) {
        Instant last = secondsAgo == null ? null : NOW.minusSeconds(secondsAgo);
        assertEquals(expected, ConsoleGrace.startsAgain(last, NOW));
    }
}
