package org.switchboard.pbxsim.load;

import java.time.Duration;

/**
 * A load run: {@code callsPerSecond} inbound calls into {@code queue} for {@code duration}, answered by
 * {@code agents} members the generator logs in itself (extensions from {@code firstExtension}).
 *
 * @param abandonRatio share of callers (0..1) who hang up after {@code abandonAfter} if still waiting
 * @param noise        dialplan noise during the run (about 115 events per answered call instead of about 50)
 */
public record LoadSpec(String queue, double callsPerSecond, int agents, Duration duration, Duration ringTime,
        Duration talkTime, double abandonRatio, Duration abandonAfter, boolean noise, int firstExtension) {

    public static LoadSpec of(double callsPerSecond, int agents, Duration duration) {
        return new LoadSpec("support", callsPerSecond, agents, duration, Duration.ofMillis(5), Duration.ofMillis(20),
                0.0, Duration.ofMillis(50), true, 5001);
    }

    public LoadSpec queue(String q) {
        return new LoadSpec(q, callsPerSecond, agents, duration, ringTime, talkTime, abandonRatio, abandonAfter,
                noise, firstExtension);
    }

    public LoadSpec timing(Duration ring, Duration talk) {
        return new LoadSpec(queue, callsPerSecond, agents, duration, ring, talk, abandonRatio, abandonAfter, noise,
                firstExtension);
    }

    public LoadSpec abandon(double ratio, Duration after) {
        return new LoadSpec(queue, callsPerSecond, agents, duration, ringTime, talkTime, ratio, after, noise,
                firstExtension);
    }

    public LoadSpec noise(boolean on) {
        return new LoadSpec(queue, callsPerSecond, agents, duration, ringTime, talkTime, abandonRatio, abandonAfter,
                on, firstExtension);
    }
}
