package org.switchboard.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The agent's queue calls as far as the state machine cares: the one ringing or connected now, the few that
 * ended recently, and the wrap-up after the last answered one. Immutable; each PBX fact returns a new track.
 *
 * <p>Calls are keyed by Linkedid. AMI does not order events strictly and repeats some (captures README:
 * timestamp inversions, duplicate DialEnd, AgentComplete long after the agent hung up), so every rule here
 * first asks whether the event is news: an event about a call that ended at or after the event's time is
 * stale; an event about another call that is older than the current one is stale; a repeated event leaves
 * the track unchanged. A newer offer or answer for a different call means the current one is over, even
 * if its end event is late or lost: with {@code ringinuse=no} the PBX offers a busy phone nothing.
 *
 * @param active         the call ringing or connected now, or null
 * @param recentlyEnded  the last {@value #REMEMBERED_CALLS} calls that ended, oldest first
 * @param wrapUpUntil    end of the running wrap-up, or null
 * @param wrapUpLinkedId the call the running wrap-up is for
 */
public record CallTrack(ActiveCall active, List<EndedCall> recentlyEnded, Instant wrapUpUntil,
        String wrapUpLinkedId) {

    /** Enough for back-to-back calls whose events overlap; old ones cannot come back after that long. */
    static final int REMEMBERED_CALLS = 8;

    public static final CallTrack NONE = new CallTrack(null, List.of(), null, null);

    public CallTrack {
        recentlyEnded = List.copyOf(recentlyEnded);
    }

    public boolean isRinging() {
        return active != null && !active.connected();
    }

    public boolean isConnected() {
        return active != null && active.connected();
    }

    public boolean inWrapUp() {
        return wrapUpUntil != null;
    }

    /** When the newest remembered call ended, or null. */
    public Instant lastEndedAt() {
        return recentlyEnded.stream().map(EndedCall::endedAt).max(Comparator.naturalOrder()).orElse(null);
    }

    CallTrack offered(String linkedId, Instant at) {
        if (endedNoEarlierThan(linkedId, at)) {
            return this;
        }
        if (active == null) {
            return withActive(ActiveCall.ringing(linkedId, at));
        }
        if (active.is(linkedId)) {
            // Ringing after connected of the same call is late; a repeated offer only moves lastOfferAt.
            return active.connected() ? this : withActive(active.offeredAgain(at));
        }
        if (at.isBefore(active.since())) {
            return this;
        }
        return supersededAt(at).withActive(ActiveCall.ringing(linkedId, at));
    }

    CallTrack connected(String linkedId, Instant at, Duration wrapUp) {
        EndedCall ended = ended(linkedId);
        if (ended != null && !at.isAfter(ended.endedAt())) {
            return ended.answered() ? this : answeredAfterItsEnd(ended, wrapUp);
        }
        if (active == null) {
            return withActive(ActiveCall.answered(linkedId, at)).withoutWrapUp();
        }
        if (active.is(linkedId)) {
            return active.connected() ? this : withActive(active.answer(at)).withoutWrapUp();
        }
        if (at.isBefore(active.since())) {
            return this;
        }
        return supersededAt(at).withActive(ActiveCall.answered(linkedId, at)).withoutWrapUp();
    }

    CallTrack ended(String linkedId, Instant at, Duration wrapUp) {
        if (active != null && active.is(linkedId)) {
            if (at.isBefore(active.lastOfferAt())) {
                return this;
            }
            CallTrack closed = remember(new EndedCall(linkedId, at, active.connected())).withActive(null);
            return active.connected() ? closed.wrapUpFrom(at, linkedId, wrapUp) : closed;
        }
        // A repeat, the late end of a call a newer one superseded, or a call we never saw: remember the last.
        return ended(linkedId) != null ? this : remember(new EndedCall(linkedId, at, false));
    }

    /**
     * The ringing stopped without an answer (ring-no-answer, or the caller gave up while it rang); a connected
     * call stays. An end before its offer is remembered, so the late offer cannot ring any more.
     */
    CallTrack ringEnded(String linkedId, Instant at) {
        if (active != null && active.is(linkedId)) {
            boolean current = !active.connected() && !at.isBefore(active.lastOfferAt());
            return current ? remember(new EndedCall(linkedId, at, false)).withActive(null) : this;
        }
        return ended(linkedId) != null ? this : remember(new EndedCall(linkedId, at, false));
    }

    CallTrack withoutWrapUp() {
        return wrapUpUntil == null ? this : new CallTrack(active, recentlyEnded, null, null);
    }

    /**
     * The connect event came after the end (timestamps inverted): the agent did talk, so they get the wrap-up
     * they would have had, unless a newer call already took over.
     */
    private CallTrack answeredAfterItsEnd(EndedCall ended, Duration wrapUp) {
        EndedCall answered = new EndedCall(ended.linkedId(), ended.endedAt(), true);
        CallTrack updated = remember(answered);
        boolean newest = ended.endedAt().equals(lastEndedAt());
        return active == null && newest ? updated.wrapUpFrom(ended.endedAt(), ended.linkedId(), wrapUp) : updated;
    }

    private CallTrack wrapUpFrom(Instant endedAt, String linkedId, Duration wrapUp) {
        return wrapUp.isZero() ? withoutWrapUp()
                : new CallTrack(active, recentlyEnded, endedAt.plus(wrapUp), linkedId);
    }

    private CallTrack supersededAt(Instant at) {
        return remember(new EndedCall(active.linkedId(), at, active.connected())).withActive(null);
    }

    private boolean endedNoEarlierThan(String linkedId, Instant at) {
        EndedCall ended = ended(linkedId);
        return ended != null && !at.isAfter(ended.endedAt());
    }

    private EndedCall ended(String linkedId) {
        return recentlyEnded.stream().filter(e -> e.linkedId().equals(linkedId)).findFirst().orElse(null);
    }

    private CallTrack remember(EndedCall call) {
        List<EndedCall> calls = new ArrayList<>(recentlyEnded);
        calls.removeIf(e -> e.linkedId().equals(call.linkedId()));
        calls.add(call);
        calls.sort(Comparator.comparing(EndedCall::endedAt));
        List<EndedCall> kept = calls.subList(Math.max(0, calls.size() - REMEMBERED_CALLS), calls.size());
        return new CallTrack(active, kept, wrapUpUntil, wrapUpLinkedId);
    }

    private CallTrack withActive(ActiveCall call) {
        return new CallTrack(call, recentlyEnded, wrapUpUntil, wrapUpLinkedId);
    }
}
