package org.switchboard.routing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the router decides from: read in one transaction by the caller.
 *
 * @param now    the time of the decision (the router reads no clock)
 * @param agents the agents who might take work (signed-in agents; others are simply not eligible)
 * @param items  the items waiting, including those under a pending offer
 * @param offers the pending offers
 */
public record RoutingSnapshot(Instant now, List<AgentSnapshot> agents, List<WorkItem> items,
        List<PendingOffer> offers) {

    public RoutingSnapshot {
        Objects.requireNonNull(now, "now");
        agents = List.copyOf(agents);
        items = List.copyOf(items);
        offers = List.copyOf(offers);
    }
}
