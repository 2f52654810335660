package org.switchboard.routing;

/**
 * Offer this item to this agent.
 *
 * @param itemId  the item
 * @param agentId the agent
 */
public record Assignment(String itemId, String agentId) {
}
