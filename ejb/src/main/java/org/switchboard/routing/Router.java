package org.switchboard.routing;

/**
 * Routes deferred work (work that waits in Switchboard, not in a PBX queue) to agents.
 *
 * <p>An implementation keeps no state between calls: everything it needs is in the snapshot, and the same
 * snapshot always gives the same decision. That is what lets it run on every node of a cluster. The caller
 * makes the decision stick, for example:
 * <ol>
 * <li>read the snapshot in one transaction, locking the routable items with
 *     {@code SELECT ... FOR UPDATE SKIP LOCKED} so two nodes never route the same item at once (a node that
 *     sees fewer items routes fewer; the next round catches up);</li>
 * <li>store each assignment as an offer row (item, agent, expiry), under unique constraints "one live offer
 *     per item" and "one live offer per agent", or with an optimistic-lock version on the item; a node that
 *     loses the race rolls back and simply routes again on its next round;</li>
 * <li>delete the expired offers and append their agents to the items' {@code offeredTo} in the same
 *     transaction, then push the new offers to the agents' consoles after commit.</li>
 * </ol>
 * A round runs on a timer (every few seconds) and when something changes (an agent becomes ready, an item
 * arrives, an offer is declined).
 */
public interface Router {

    RoutingDecision route(RoutingSnapshot snapshot);
}
