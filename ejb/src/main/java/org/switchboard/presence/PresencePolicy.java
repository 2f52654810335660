package org.switchboard.presence;

import java.time.Duration;
import java.util.Objects;

/**
 * The agent group's settings that the state machine needs.
 *
 * @param wrapUp               after-call work time after each answered queue call; zero for none
 * @param notReadyOnMissedCall whether a ring-no-answer sets the agent not ready ("Missed call"), so the
 *                             queue stops ringing a phone nobody is at
 */
public record PresencePolicy(Duration wrapUp, boolean notReadyOnMissedCall) {

    public PresencePolicy {
        Objects.requireNonNull(wrapUp, "wrapUp");
        if (wrapUp.isNegative()) {
            throw new IllegalArgumentException("wrapUp must not be negative");
        }
    }

    public boolean hasWrapUp() {
        return !wrapUp.isZero();
    }
}
