package org.switchboard.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.operations.DeadLetterAlarm.Say;

class DeadLetterAlarmTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    private record Step(long minute, long count, Say expected) {
    }

    @Test
    void warnsOnEveryChangeRepeatsEveryQuarterHourAndSaysWhenItIsClear() {
        List<Step> steps = List.of(
                new Step(0, 0, Say.NOTHING), // empty: silence
                new Step(1, 0, Say.NOTHING),
                new Step(2, 3, Say.WARN), // dead letters appear
                new Step(3, 3, Say.NOTHING), // unchanged: not every minute
                new Step(16, 3, Say.NOTHING),
                new Step(17, 3, Say.WARN), // a quarter of an hour later, again
                new Step(18, 5, Say.WARN), // more arrived
                new Step(19, 2, Say.WARN), // a partial re-drive
                new Step(20, 0, Say.CLEARED), // all put back
                new Step(21, 0, Say.NOTHING),
                new Step(22, 1, Say.WARN)); // a new one: at once
        DeadLetterAlarm alarm = new DeadLetterAlarm();
        for (Step step : steps) {
            assertEquals(step.expected(), alarm.check(step.count(), T0.plusSeconds(60 * step.minute())),
                    "minute " + step.minute() + ", count " + step.count());
        }
    }
}
