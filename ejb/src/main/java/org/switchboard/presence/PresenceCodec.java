package org.switchboard.presence;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/**
 * {@link AgentPresence} as JSON, the form it is stored in (one column of the agent's row): the value is nested
 * records, and a readable form lets an operator see why an agent is in the state they are in.
 */
public final class PresenceCodec {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private PresenceCodec() {
    }

    public static String toJson(AgentPresence presence) {
        return JSONB.toJson(presence);
    }

    /** @throws IllegalStateException when the stored text is not a presence value (a corrupted row) */
    public static AgentPresence fromJson(String json) {
        try {
            AgentPresence presence = JSONB.fromJson(json, AgentPresence.class);
            if (presence == null) {
                throw new IllegalStateException("empty presence value");
            }
            return presence;
        } catch (JsonbException | NullPointerException e) {
            throw new IllegalStateException("stored presence value unreadable: " + e.getMessage(), e);
        }
    }
}
