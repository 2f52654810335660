package org.switchboard.connector.api;

/**
 * An action on the PBX failed: the PBX refused it (its {@code Response: Error} message is in the text) or the
 * PBX cannot be reached. Checked, so callers decide what the agent is told.
 */
public class PbxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean unreachable;

    public PbxException(String message, boolean unreachable) {
        super(message);
        this.unreachable = unreachable;
    }

    public PbxException(String message, boolean unreachable, Throwable cause) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    /** True when the PBX could not be reached at all, false when it answered with an error. */
    public boolean isUnreachable() {
        return unreachable;
    }
}
