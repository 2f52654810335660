package org.switchboard.presence;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the state machine knows about one agent, as an immutable value: the facts from the console, the
 * PBX and the UC system, the effective state derived from them, and the pause state last sent to the PBX.
 * {@link PresenceMachine} turns one value and one input into the next value; the service layer stores it
 * (one row per agent, with an optimistic-lock version) between inputs.
 *
 * @param signedIn       signed in with a phone
 * @param nailedUp       the agent's phone is held in a permanent connection, so its device state says
 *                       nothing about calls
 * @param notReadyReason the agent's own choice: null for ready, else the not-ready reason
 * @param ucPresence     the latest UC presence
 * @param ucPresenceAt   its time, to drop older updates that arrive late; null if never set
 * @param device         the latest device status of the phone
 * @param deviceAt       its event time; null if never set
 * @param calls          the queue calls and the wrap-up
 * @param state          the effective state
 * @param since          when the effective state began; null before the first change
 * @param toldPbx        the pause state last sent to the PBX; null when unknown (sign-in, PBX restart)
 */
public record AgentPresence(boolean signedIn, boolean nailedUp, String notReadyReason, UcPresence ucPresence,
        Instant ucPresenceAt, DeviceStatus device, Instant deviceAt, CallTrack calls, EffectiveState state,
        Instant since, PbxPause toldPbx) {

    public AgentPresence {
        Objects.requireNonNull(ucPresence, "ucPresence");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(state, "state");
    }

    /** A new agent: offline, available in UC terms, phone unknown. */
    public static AgentPresence offline() {
        return new AgentPresence(false, false, null, UcPresence.AVAILABLE, null, DeviceStatus.UNKNOWN, null,
                CallTrack.NONE, EffectiveState.OFFLINE, null, null);
    }

    public AgentStatus status() {
        return state.status();
    }

    /** Whether the PBX may offer a queue call now; deferred work has its own rules (see the routing package). */
    public boolean offeredWork() {
        return state.isReady();
    }

    /** When the state changes by itself (wrap-up expiry): feed a {@link PresenceInput.Tick} then. */
    public Optional<Instant> nextDeadline() {
        return Optional.ofNullable(calls.wrapUpUntil());
    }

    /**
     * The state the agent is in apart from any call on their phone: OFFLINE, WRAP_UP, NOT_READY or READY.
     * It is what they return to when the call ends, and what the router checks for deferred work.
     */
    public EffectiveState availability() {
        if (!signedIn) {
            return EffectiveState.OFFLINE;
        }
        if (calls.inWrapUp()) {
            return new EffectiveState(AgentStatus.WRAP_UP, EffectiveState.WRAP_UP, calls.wrapUpLinkedId());
        }
        if (notReadyReason != null) {
            return EffectiveState.notReady(notReadyReason);
        }
        if (ucPresence.blocksWork()) {
            return EffectiveState.notReady(ucPresence.reason());
        }
        if (device == DeviceStatus.UNAVAILABLE) {
            return EffectiveState.notReady(EffectiveState.PHONE_UNAVAILABLE);
        }
        return EffectiveState.READY;
    }

    /** The effective state the facts add up to: a call on the phone first, then {@link #availability()}. */
    public EffectiveState derivedState() {
        if (!signedIn) {
            return EffectiveState.OFFLINE;
        }
        ActiveCall call = calls.active();
        if (call != null) {
            return new EffectiveState(call.connected() ? AgentStatus.ON_CALL : AgentStatus.RINGING, null,
                    call.linkedId());
        }
        if (deviceShowsCall()) {
            return device == DeviceStatus.IN_USE
                    ? new EffectiveState(AgentStatus.ON_CALL, EffectiveState.PHONE_IN_USE, null)
                    : new EffectiveState(AgentStatus.RINGING, EffectiveState.PHONE_RINGING, null);
        }
        return availability();
    }

    /** Whether a call rings or occupies the agent's phone: a queue call, or one the device status shows. */
    public boolean onVoiceCall() {
        return status() == AgentStatus.ON_CALL || status() == AgentStatus.RINGING;
    }

    /**
     * The device's in-use or ringing status counts only if it is newer than the end of the last queue call:
     * QueueMemberStatus INUSE often arrives after the call's end events (captures 01 and 04).
     */
    private boolean deviceShowsCall() {
        if (nailedUp || deviceAt == null) {
            return false;
        }
        if (device != DeviceStatus.IN_USE && device != DeviceStatus.RINGING) {
            return false;
        }
        Instant lastEnded = calls.lastEndedAt();
        return lastEnded == null || deviceAt.isAfter(lastEnded);
    }

    AgentPresence signIn(boolean nailed) {
        // The phone's status starts unknown: an earlier phone's or an earlier call's status is not this phone's.
        return new AgentPresence(true, nailed, EffectiveState.SIGNED_IN, ucPresence, ucPresenceAt,
                DeviceStatus.UNKNOWN, null, CallTrack.NONE, state, since, null);
    }

    AgentPresence signOut() {
        return new AgentPresence(false, false, null, ucPresence, ucPresenceAt, DeviceStatus.UNKNOWN, null,
                CallTrack.NONE, state, since, null);
    }

    AgentPresence choosing(String reason) {
        return new AgentPresence(signedIn, nailedUp, reason, ucPresence, ucPresenceAt, device, deviceAt, calls,
                state, since, toldPbx);
    }

    AgentPresence withUcPresence(UcPresence presence, Instant at) {
        return new AgentPresence(signedIn, nailedUp, notReadyReason, presence, at, device, deviceAt, calls, state,
                since, toldPbx);
    }

    AgentPresence withDevice(DeviceStatus status, Instant at) {
        return new AgentPresence(signedIn, nailedUp, notReadyReason, ucPresence, ucPresenceAt, status, at, calls,
                state, since, toldPbx);
    }

    AgentPresence withCalls(CallTrack track) {
        return new AgentPresence(signedIn, nailedUp, notReadyReason, ucPresence, ucPresenceAt, device, deviceAt,
                track, state, since, toldPbx);
    }

    AgentPresence withState(EffectiveState next, Instant from) {
        return new AgentPresence(signedIn, nailedUp, notReadyReason, ucPresence, ucPresenceAt, device, deviceAt,
                calls, next, from, toldPbx);
    }

    /** The PBX could not be told: the next input sends the pause state again. */
    public AgentPresence pbxUnknown() {
        return told(null);
    }

    AgentPresence told(PbxPause pause) {
        return new AgentPresence(signedIn, nailedUp, notReadyReason, ucPresence, ucPresenceAt, device, deviceAt,
                calls, state, since, pause);
    }
}
