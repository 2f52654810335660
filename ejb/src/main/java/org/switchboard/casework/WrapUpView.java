package org.switchboard.casework;

import java.time.Instant;

/** A call's wrap-up as the console and the API show it; {@code version} is sent back with the next save. */
public record WrapUpView(long callId, WrapUp.State state, String notes, String disposition, String caseNumber,
        Instant wrappedUpAt, long version) {
}
