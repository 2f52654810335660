package org.switchboard.presence;

/**
 * What the PBX must be told about the agent's queue membership: a {@code QueuePause} (in all queues) with
 * {@code Paused} and {@code Reason}.
 *
 * @param paused whether the member is paused
 * @param reason the pause reason; null when unpaused
 */
public record PbxPause(boolean paused, String reason) {

    public static final PbxPause UNPAUSED = new PbxPause(false, null);

    public PbxPause {
        if (!paused) {
            reason = null;
        }
    }

    public static PbxPause paused(String reason) {
        return new PbxPause(true, reason);
    }
}
