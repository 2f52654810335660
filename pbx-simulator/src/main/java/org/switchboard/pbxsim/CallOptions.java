package org.switchboard.pbxsim;

import java.time.Duration;

/**
 * Per-call overrides of the simulator's timing. Null fields fall back to {@link SimulatorConfig}.
 *
 * @param ringTime agent handset ring time
 * @param talkTime agent hangs up after this talk time (ZERO = never on its own)
 * @param patience customer hangs up this long after the call started (ZERO = only when told to)
 */
public record CallOptions(Duration ringTime, Duration talkTime, Duration patience) {
    public static CallOptions defaults() {
        return new CallOptions(null, null, null);
    }

    public CallOptions withRingTime(Duration d) {
        return new CallOptions(d, talkTime, patience);
    }

    public CallOptions withTalkTime(Duration d) {
        return new CallOptions(ringTime, d, patience);
    }

    public CallOptions withPatience(Duration d) {
        return new CallOptions(ringTime, talkTime, d);
    }
}
