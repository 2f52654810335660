package org.switchboard.call;

/** How a call ended. IN_PROGRESS until the call's first channel hangs up. */
public enum CallOutcome {
    IN_PROGRESS,
    /** An agent talked to the caller. */
    ANSWERED,
    /** The caller hung up while waiting in a queue. */
    ABANDONED,
    /** The call was transferred away from the agent. */
    TRANSFERRED,
    /** Ended without reaching an agent or a queue (e.g. an outbound call nobody answered). */
    UNANSWERED,
    /** The PBX no longer knew the call after a reconnect and its end was not seen. */
    LOST
}
