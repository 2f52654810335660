package org.switchboard.presence;

/**
 * Presence published by a unified-communications system (through the REST API). Anything but
 * {@link #AVAILABLE} keeps the agent from being offered work, so someone in a Teams meeting is not rung.
 */
public enum UcPresence {
    AVAILABLE(null),
    AWAY("Away"),
    BUSY("Busy"),
    DO_NOT_DISTURB("Do not disturb");

    private final String reason;

    UcPresence(String reason) {
        this.reason = reason;
    }

    public boolean blocksWork() {
        return this != AVAILABLE;
    }

    /** The not-ready reason shown and sent to the PBX while this presence blocks work; null for AVAILABLE. */
    public String reason() {
        return reason;
    }
}
