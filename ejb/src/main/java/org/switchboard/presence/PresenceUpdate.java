package org.switchboard.presence;

import java.util.List;
import java.util.Optional;

/**
 * The result of one input.
 *
 * @param presence       the agent's new value, to store
 * @param changes        the state changes to append to the history, oldest first (none, one, or two when a
 *                       wrap-up had expired before the input)
 * @param pbxInstruction the QueuePause to send (all of the agent's queues), or null when the PBX already has
 *                       it; the value already records it as sent, so a failed send must not store the value
 */
public record PresenceUpdate(AgentPresence presence, List<StateChange> changes, PbxPause pbxInstruction) {

    public PresenceUpdate {
        changes = List.copyOf(changes);
    }

    public Optional<PbxPause> pbx() {
        return Optional.ofNullable(pbxInstruction);
    }
}
