package org.switchboard.presence;

import java.time.Instant;

/**
 * A call that recently stopped ringing or occupying the agent, remembered so that late or repeated events
 * of it change nothing.
 *
 * @param linkedId the call
 * @param endedAt  when it ended (event time)
 * @param answered whether the agent talked on it (as far as we know)
 */
public record EndedCall(String linkedId, Instant endedAt, boolean answered) {
}
