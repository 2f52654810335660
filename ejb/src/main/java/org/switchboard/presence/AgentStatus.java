package org.switchboard.presence;

/** The agent's effective state: what supervisors see and what decides whether work is offered. */
public enum AgentStatus {
    /** Not signed in with a phone. */
    OFFLINE,
    /** Signed in and free: offered work. */
    READY,
    /** Signed in but not taking work, always with a reason (the agent's, the UC presence's or the phone's). */
    NOT_READY,
    /** A call is ringing the agent's phone. */
    RINGING,
    /** The agent's phone is in a call. */
    ON_CALL,
    /** After-call work: starts when a queue call ends, lasts as long as the group says, can be ended early. */
    WRAP_UP
}
