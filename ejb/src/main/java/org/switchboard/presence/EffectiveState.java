package org.switchboard.presence;

import java.util.Objects;

/**
 * A state with its reason and, for call states, the call.
 *
 * @param status   the state
 * @param reason   why (see {@link StateChange#reason()})
 * @param linkedId the call, for states caused by a queue call
 */
public record EffectiveState(AgentStatus status, String reason, String linkedId) {

    static final String SIGNED_IN = "Signed in";
    static final String WRAP_UP = "Wrap-up";
    static final String PHONE_IN_USE = "Phone in use";
    static final String PHONE_RINGING = "Phone ringing";
    static final String PHONE_UNAVAILABLE = "Phone unavailable";
    static final String MISSED_CALL = "Missed call";
    static final String PHONE_CONNECTION_LOST = "Phone connection lost";
    static final String NOT_READY_DEFAULT = "Not ready";

    public static final EffectiveState OFFLINE = new EffectiveState(AgentStatus.OFFLINE, null, null);
    public static final EffectiveState READY = new EffectiveState(AgentStatus.READY, null, null);

    public EffectiveState {
        Objects.requireNonNull(status, "status");
    }

    static EffectiveState notReady(String reason) {
        return new EffectiveState(AgentStatus.NOT_READY, reason, null);
    }

    public boolean isReady() {
        return status == AgentStatus.READY;
    }

    /**
     * Whether moving from this to {@code other} is not worth a history entry. For a ringing or busy phone only
     * a different call counts: the device status and the queue's event for the same ring arrive in either
     * order, and one ring is one entry.
     */
    boolean sameAs(EffectiveState other) {
        if (status != other.status) {
            return false;
        }
        if (status == AgentStatus.RINGING || status == AgentStatus.ON_CALL) {
            return linkedId == null || other.linkedId == null || linkedId.equals(other.linkedId);
        }
        return Objects.equals(reason, other.reason) && Objects.equals(linkedId, other.linkedId);
    }
}
