package org.switchboard.call;

import java.time.Instant;

/**
 * A call record as history views and the REST API show it; {@code closedByResync}: its end was not seen, it ended
 * when it was last known to be alive.
 */
public record CallSummary(long id, String pbxId, String linkedId, String direction, String callerNumber,
        String callerE164, String callerName, String queue, String agent, String memberName, Long contactId,
        Instant startedAt, Instant queuedAt, Instant offeredAt, Instant answeredAt, Instant endedAt,
        Integer talkSeconds, Integer holdSeconds, String outcome, boolean closedByResync) {

    public static CallSummary of(Call c) {
        return new CallSummary(c.getId(), c.getPbxId(), c.getLinkedId(), c.getDirection().name(),
                c.getCallerNumber(), c.getCallerE164(), c.getCallerName(), c.getQueue(), c.getAgentUsername(),
                c.getMemberName(), c.getContactId(), c.getStartedAt(), c.getQueuedAt(), c.getOfferedAt(),
                c.getAnsweredAt(), c.getEndedAt(), c.getTalkSeconds(), c.getHoldSeconds(), c.getOutcome().name(),
                c.isClosedByResync());
    }
}
