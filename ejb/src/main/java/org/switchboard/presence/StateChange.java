package org.switchboard.presence;

import java.time.Instant;

/**
 * One entry of the agent's state history, for occupancy and reports.
 *
 * @param from     the state left
 * @param to       the state entered
 * @param reason   the reason of the new state (not-ready reason, "Wrap-up", "Phone in use"...); null for READY
 *                 and for a queue call
 * @param linkedId the call (Linkedid) for RINGING, ON_CALL and WRAP_UP caused by a queue call, else null
 * @param at       when; never earlier than the previous change, even when events came out of order
 */
public record StateChange(AgentStatus from, AgentStatus to, String reason, String linkedId, Instant at) {
}
