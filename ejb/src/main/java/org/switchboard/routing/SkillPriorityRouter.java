package org.switchboard.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The router of issue 4. Rules:
 * <ul>
 * <li>an item goes only to a free agent (READY, not handling an item, not holding an offer, and not on a
 *     voice call unless their group allows deferred work during voice) who has the item's skill;</li>
 * <li>items are taken by priority (highest first), then waiting time (longest first), then id;</li>
 * <li>for each item the agent is chosen by proficiency in the skill (highest first), then idle time (longest
 *     first), then id, so ties are decided the same way on every node;</li>
 * <li>one item per agent at a time: an agent with a pending offer or just assigned one gets no other;</li>
 * <li>an offer whose time is up is reported as expired and its item routed again at once, to an agent it has
 *     not been offered to yet; only when no such agent is free does it go back to someone who had it,
 *     the one who had it longest ago first.</li>
 * </ul>
 * Greedy by item order: the most urgent item gets its best agent even if that leaves a later item with
 * nobody. That is what "by priority" means to a supervisor, and it keeps decisions easy to explain.
 */
public final class SkillPriorityRouter implements Router {

    private static final Comparator<WorkItem> URGENCY = Comparator.comparingInt(WorkItem::priority).reversed()
            .thenComparing(WorkItem::enqueuedAt).thenComparing(WorkItem::id);

    @Override
    public RoutingDecision route(RoutingSnapshot snapshot) {
        List<PendingOffer> expired = new ArrayList<>();
        Set<String> offeredItems = new HashSet<>();
        Set<String> busyAgents = new HashSet<>();
        Map<String, List<String>> expiredAgentsByItem = new LinkedHashMap<>();
        for (PendingOffer offer : snapshot.offers()) {
            if (offer.expiredAt(snapshot.now())) {
                expired.add(offer);
                expiredAgentsByItem.computeIfAbsent(offer.itemId(), id -> new ArrayList<>()).add(offer.agentId());
            } else {
                offeredItems.add(offer.itemId());
                busyAgents.add(offer.agentId());
            }
        }

        List<AgentSnapshot> free = new ArrayList<>(snapshot.agents().stream()
                .filter(AgentSnapshot::free).filter(a -> !busyAgents.contains(a.agentId())).toList());
        List<WorkItem> waiting = snapshot.items().stream().filter(i -> !offeredItems.contains(i.id()))
                .sorted(URGENCY).toList();

        List<Assignment> assignments = new ArrayList<>();
        for (WorkItem item : waiting) {
            List<String> hadIt = new ArrayList<>(item.offeredTo());
            hadIt.addAll(expiredAgentsByItem.getOrDefault(item.id(), List.of()));
            choose(item, free, hadIt).ifPresent(agent -> {
                assignments.add(new Assignment(item.id(), agent.agentId()));
                free.remove(agent);
            });
        }
        return new RoutingDecision(assignments, expired);
    }

    private static Optional<AgentSnapshot> choose(WorkItem item, List<AgentSnapshot> free, List<String> hadIt) {
        Comparator<AgentSnapshot> best = Comparator.<AgentSnapshot>comparingInt(a -> a.proficiencyFor(item))
                .reversed().thenComparing(AgentSnapshot::idleSince).thenComparing(AgentSnapshot::agentId);
        List<AgentSnapshot> skilled = free.stream().filter(a -> a.proficiencyFor(item) > 0).toList();
        Optional<AgentSnapshot> fresh = skilled.stream().filter(a -> !hadIt.contains(a.agentId())).min(best);
        if (fresh.isPresent()) {
            return fresh;
        }
        // Nobody new: back to someone who had it, the one who had it longest ago first.
        return skilled.stream().min(Comparator.<AgentSnapshot>comparingInt(a -> hadIt.lastIndexOf(a.agentId()))
                .thenComparing(best));
    }
}
