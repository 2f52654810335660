package org.switchboard.routing;

import java.time.Instant;
import java.util.Objects;

/**
 * An item offered to an agent who has not accepted it yet.
 *
 * @param itemId    the item
 * @param agentId   the agent
 * @param expiresAt when the offer lapses if not accepted
 */
public record PendingOffer(String itemId, String agentId, Instant expiresAt) {

    public PendingOffer {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
