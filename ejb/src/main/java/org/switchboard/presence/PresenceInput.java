package org.switchboard.presence;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything that can change an agent's state. Each input knows how it changes the facts in
 * {@link AgentPresence}; {@link PresenceMachine} derives the state, the history and the PBX instruction.
 *
 * <p>Console actions carry the time the service handled them; PBX facts carry the event's own time
 * ({@code CallEvent.time()}), because their order of arrival is not their order of happening.
 */
public sealed interface PresenceInput {

    Instant at();

    AgentPresence applyTo(AgentPresence presence, PresencePolicy policy);

    // ---- console actions ----

    /**
     * Sign-in with a phone; the agent starts not ready ("Signed in") and chooses ready themselves. The phone's
     * device status starts unknown: what an earlier phone or an earlier call showed says nothing about this one
     * (the {@code QueueMemberAdded} of the sign-in tells its state).
     */
    record SignIn(Instant at, boolean nailedUp) implements PresenceInput {
        @Override
        public AgentPresence applyTo(AgentPresence presence, PresencePolicy policy) {
            if (presence.signedIn()) {
                throw new PresenceException("You are already signed in");
            }
            return presence.signIn(nailedUp);
        }
    }

    /** Sign-out (also by a supervisor, or when the browser is gone too long). Signing out twice is harmless. */
    record SignOut(Instant at) implements PresenceInput {
        @Override
        public AgentPresence applyTo(AgentPresence presence, PresencePolicy policy) {
            return presence.signOut();
        }
    }

    /** The agent is ready; clicked during wrap-up it also ends the wrap-up. */
    record Ready(Instant at) implements PresenceInput {
        @Override
        public AgentPresence applyTo(AgentPresence presence, PresencePolicy policy) {
            requireSignedIn(presence);
            return presence.choosing(null).withCalls(presence.calls().withoutWrapUp());
        }
    }

    /** Not ready with a reason; chosen during wrap-up it ends the wrap-up, during a call it applies after it. */
    record NotReady(Instant at, String reason) implements PresenceInput {
        public NotReady {
            reason = reason == null || reason.isBlank() ? EffectiveState.NOT_READY_DEFAULT : reason.strip();
        }

        @Override
        public AgentPresence applyTo(AgentPresence presence, PresencePolicy policy) {
            requireSignedIn(presence);
            return presence.choosing(reason).withCalls(presence.calls().withoutWrapUp());
        }
    }

    /** The agent finished after-call work early. Outside wrap-up (a double click) it changes nothing. */
    record EndWrapUp(Instant at) implements PresenceInput {
        @Override
        public AgentPresence applyTo(AgentPresence presence, PresencePolicy policy) {
            return presence.withCalls(presence.calls().withoutWrapUp());
        }
    }

    // ---- PBX facts ----

    /** The queue offers a call: {@code AgentCalled} (or the agent leg ringing). */
    record CallOffered(Instant at, String linkedId) implements PresenceInput {
        public CallOffered {
            Objects.requireNonNull(linkedId, "linkedId");
        }

        @Override
        public AgentPresence applyTo(AgentPresence presence, PresencePolicy policy) {
            return presence.signedIn() ? presence.withCalls(presence.calls().offered(linkedId, at)) : presence;
        }
    }

    /** The agent answered: {@code AgentConnect}. */
    record CallConnected(Instant at, String linkedId) implements PresenceInput {
        public CallConnected {
            Objects.requireNonNull(linkedId, "linkedId");
        }

        @Override
        public AgentPresence applyTo(AgentPresence presence, PresencePolicy policy) {
            return presence.signedIn()
                    ? presence.withCalls(presence.calls().connected(linkedId, at, policy.wrapUp()))
                    : presence;
        }
    }

    /**
     * The agent's call ended: {@code AgentComplete}, or a resync that no longer finds the call (agent.AgentEvents
     * feeds nothing else here; BridgeLeave and Hangup of the agent's channel are not routed to agents). Ends a
     * ringing call too.
     */
    record CallEnded(Instant at, String linkedId) implements PresenceInput {
        public CallEnded {
            Objects.requireNonNull(linkedId, "linkedId");
        }

        @Override
        public AgentPresence applyTo(AgentPresence presence, PresencePolicy policy) {
            return presence.signedIn()
                    ? presence.withCalls(presence.calls().ended(linkedId, at, policy.wrapUp()))
                    : presence;
        }
    }

    /** The agent did not answer in time: {@code AgentRingNoAnswer}. */
    record RingNoAnswer(Instant at, String linkedId) implements PresenceInput {
        public RingNoAnswer {
            Objects.requireNonNull(linkedId, "linkedId");
        }

        @Override
        public AgentPresence applyTo(AgentPresence presence, PresencePolicy policy) {
            if (!presence.signedIn()) {
                return presence;
            }
            CallTrack before = presence.calls();
            CallTrack after = before.ringEnded(linkedId, at);
            boolean missed = before.isRinging() && after.active() == null;
            AgentPresence next = presence.withCalls(after);
            return missed && policy.notReadyOnMissedCall() ? next.choosing(EffectiveState.MISSED_CALL) : next;
        }
    }

    /**
     * The queue stopped ringing the agent without the agent missing the call: the caller hung up while it rang
     * ({@code DialEnd CANCEL} for the agent's leg; Asterisk then sends neither {@code AgentRingNoAnswer} nor
     * {@code AgentComplete}, capture 11), or the call went elsewhere. Never a missed call; a connected call
     * is not touched.
     */
    record RingCancelled(Instant at, String linkedId) implements PresenceInput {
        public RingCancelled {
            Objects.requireNonNull(linkedId, "linkedId");
        }

        @Override
        public AgentPresence applyTo(AgentPresence presence, PresencePolicy policy) {
            return presence.signedIn() ? presence.withCalls(presence.calls().ringEnded(linkedId, at)) : presence;
        }
    }

    /**
     * The phone's device status: {@code QueueMemberStatus Status} (one per queue; repeats are harmless), and the
     * {@code Status} of {@code QueueMemberAdded}, the phone's state at sign-in.
     */
    record MemberStatus(Instant at, DeviceStatus status) implements PresenceInput {
        public MemberStatus {
            Objects.requireNonNull(status, "status");
        }

        public MemberStatus(Instant at, int code) {
            this(at, DeviceStatus.fromMemberStatus(code));
        }

        @Override
        public AgentPresence applyTo(AgentPresence presence, PresencePolicy policy) {
            if (status == DeviceStatus.UNKNOWN || isOlder(at, presence.deviceAt())) {
                return presence;
            }
            return presence.withDevice(status, at);
        }
    }

    /** The nailed-up connection to the agent's phone dropped: the agent is set not ready and told so. */
    record NailedUpLegLost(Instant at) implements PresenceInput {
        @Override
        public AgentPresence applyTo(AgentPresence presence, PresencePolicy policy) {
            return presence.signedIn() && presence.nailedUp()
                    ? presence.choosing(EffectiveState.PHONE_CONNECTION_LOST)
                    : presence;
        }
    }

    /**
     * The PBX's pause state for this agent is unknown (after every resync: the PBX may have restarted and the
     * memberships were added again): the next update repeats the pause instruction.
     */
    record PbxStateLost(Instant at) implements PresenceInput {
        @Override
        public AgentPresence applyTo(AgentPresence presence, PresencePolicy policy) {
            return presence.told(null);
        }
    }

    // ---- outside presence and time ----

    /** Presence from a unified-communications system; kept while signed out too. Older updates are dropped. */
    record UcPresenceChanged(Instant at, UcPresence presence) implements PresenceInput {
        public UcPresenceChanged {
            Objects.requireNonNull(presence, "presence");
        }

        @Override
        public AgentPresence applyTo(AgentPresence current, PresencePolicy policy) {
            return isOlder(at, current.ucPresenceAt()) ? current : current.withUcPresence(presence, at);
        }
    }

    /** Time passes: ends a wrap-up whose time is up. Feed it at {@link AgentPresence#nextDeadline()}. */
    record Tick(Instant at) implements PresenceInput {
        @Override
        public AgentPresence applyTo(AgentPresence presence, PresencePolicy policy) {
            return presence;
        }
    }

    private static void requireSignedIn(AgentPresence presence) {
        if (!presence.signedIn()) {
            throw new PresenceException("Sign in with a phone first");
        }
    }

    private static boolean isOlder(Instant at, Instant latest) {
        return latest != null && at.isBefore(latest);
    }
}
