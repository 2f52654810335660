package org.switchboard.casework;

import java.time.Instant;

/**
 * A call of the signed-in agent whose wrap-up is not finished: what the desk lists under "to wrap up".
 *
 * @param number    the caller's number, E.164 where it is one (click-to-dial)
 * @param contactId the contact the call is linked to, if any; with {@code accountId} the default for a new case
 */
public record PendingWrapUp(long callId, String number, String callerName, Instant startedAt, boolean ended,
        Long contactId, Long accountId, WrapUp.State state) {
}
