package org.switchboard.presence;

import java.time.Instant;

/**
 * The queue call that currently rings or occupies the agent.
 *
 * @param linkedId    the call (Linkedid)
 * @param connected   false while ringing, true once answered
 * @param since       when it started ringing, or when it was answered
 * @param lastOfferAt the latest offer of this call to this agent: a queue with {@code retry} may ring the same
 *                    agent again for the same caller, and end events older than that belong to the earlier ring
 */
public record ActiveCall(String linkedId, boolean connected, Instant since, Instant lastOfferAt) {

    static ActiveCall ringing(String linkedId, Instant at) {
        return new ActiveCall(linkedId, false, at, at);
    }

    static ActiveCall answered(String linkedId, Instant at) {
        return new ActiveCall(linkedId, true, at, at);
    }

    ActiveCall offeredAgain(Instant at) {
        return at.isAfter(lastOfferAt) ? new ActiveCall(linkedId, connected, since, at) : this;
    }

    ActiveCall answer(Instant at) {
        return new ActiveCall(linkedId, true, at, lastOfferAt);
    }

    boolean is(String otherLinkedId) {
        return linkedId.equals(otherLinkedId);
    }
}
