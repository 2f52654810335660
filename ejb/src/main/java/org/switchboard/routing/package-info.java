/**
 * Routing of deferred work (callbacks first) to agents: a stateless {@link org.switchboard.routing.Router}
 * that decides from a snapshot; the caller persists offers and claims items so it can run on every node.
 */
package org.switchboard.routing;
