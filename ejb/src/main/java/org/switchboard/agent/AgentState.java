package org.switchboard.agent;

/** The agent's own choice of state; ringing / on call come from the PBX and are shown from call records. */
public enum AgentState {
    /** Not signed in with a phone: not a queue member. */
    OFFLINE,
    /** Signed in, unpaused in every queue. */
    READY,
    /** Signed in, paused in every queue (with a reason). */
    NOT_READY
}
