package org.switchboard.routing;

import java.util.List;

/**
 * What the router decided.
 *
 * @param assignments new offers to make, most urgent item first
 * @param expired     offers whose time is up: withdraw them from the agent's screen and add the agent to the
 *                    item's {@code offeredTo}; their items are already routed again in {@code assignments}
 */
public record RoutingDecision(List<Assignment> assignments, List<PendingOffer> expired) {

    public RoutingDecision {
        assignments = List.copyOf(assignments);
        expired = List.copyOf(expired);
    }
}
