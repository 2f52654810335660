package org.switchboard.presence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent state machine: one {@link AgentPresence} and one {@link PresenceInput} in, the next value, the
 * history entries and the PBX instruction out. Stateless and without a clock (time comes with each input),
 * so it gives the same answer on every cluster node and in tests.
 *
 * <p>The effective state is derived, not stored as transitions, in this order: offline; a queue call
 * connected (ON_CALL) or ringing (RINGING); the device in use or ringing with a call we do not track
 * (ON_CALL "Phone in use" / RINGING "Phone ringing"); wrap-up; the agent's own not-ready reason; a UC
 * presence other than available; the phone unavailable; otherwise READY. Deriving means a late or
 * repeated event can never leave an impossible combination behind.
 *
 * <p>The PBX is paused whenever the agent is not READY, with the state's reason. During a call the pause
 * follows the state the agent returns to afterwards, and while a queue call is connected in a group with
 * wrap-up it is already paused ("Wrap-up"): otherwise the PBX, which sees the phone free the moment the call
 * ends, could ring it before our QueuePause for the wrap-up arrives.
 */
public final class PresenceMachine {

    private final PresencePolicy policy;

    public PresenceMachine(PresencePolicy policy) {
        this.policy = policy;
    }

    public PresenceUpdate apply(AgentPresence current, PresenceInput input) {
        List<StateChange> changes = new ArrayList<>();
        AgentPresence presence = expireWrapUp(current, input.at(), changes);
        presence = input.applyTo(presence, policy);
        presence = settle(presence, input.at(), changes);
        PbxPause wanted = pbxPause(presence);
        if (wanted == null) {
            return new PresenceUpdate(presence, changes, null);
        }
        if (wanted.equals(presence.toldPbx())) {
            return new PresenceUpdate(presence, changes, null);
        }
        return new PresenceUpdate(presence.told(wanted), changes, wanted);
    }

    /** What the PBX should hold for this agent now; null when signed out (sign-out removes the membership). */
    PbxPause pbxPause(AgentPresence presence) {
        EffectiveState state = presence.state();
        switch (state.status()) {
            case OFFLINE:
                return null;
            case READY:
                return PbxPause.UNPAUSED;
            case NOT_READY:
            case WRAP_UP:
                return PbxPause.paused(state.reason());
            default:
                if (presence.calls().isConnected() && policy.hasWrapUp()) {
                    return PbxPause.paused(EffectiveState.WRAP_UP);
                }
                EffectiveState after = presence.availability();
                return after.isReady() ? PbxPause.UNPAUSED : PbxPause.paused(after.reason());
        }
    }

    /** A wrap-up whose time has come ends at its own deadline, before the input is applied. */
    private static AgentPresence expireWrapUp(AgentPresence presence, Instant now, List<StateChange> changes) {
        Instant until = presence.calls().wrapUpUntil();
        if (until == null || now.isBefore(until)) {
            return presence;
        }
        return settle(presence.withCalls(presence.calls().withoutWrapUp()), until, changes);
    }

    private static AgentPresence settle(AgentPresence presence, Instant at, List<StateChange> changes) {
        EffectiveState next = presence.derivedState();
        EffectiveState previous = presence.state();
        if (next.sameAs(previous)) {
            return presence.withState(next, presence.since());
        }
        // History stays in order even when an event's own time is older than the last change.
        Instant when = presence.since() != null && at.isBefore(presence.since()) ? presence.since() : at;
        changes.add(new StateChange(previous.status(), next.status(), next.reason(), next.linkedId(), when));
        return presence.withState(next, when);
    }
}
