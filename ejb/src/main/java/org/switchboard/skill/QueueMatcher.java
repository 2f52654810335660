package org.switchboard.skill;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which queues an agent belongs in, with which penalty, and what to tell the PBX when skills or queue
 * requirements change.
 *
 * <p>Penalty formula: {@code penalty = 5 - p}, where {@code p} is the agent's lowest proficiency among the
 * queue's required skills. So an expert in everything the queue needs has penalty 0 and is rung first, and
 * someone who barely meets it has penalty 4. The weakest skill counts because a caller who needs German and
 * billing is served as well as the agent's worse of the two.
 */
public final class QueueMatcher {

    private QueueMatcher() {
    }

    /** The penalty for this agent in this queue, or empty when the agent does not qualify. */
    public static OptionalInt penalty(AgentSkills agent, QueueRequirements queue) {
        if (queue.skills().isEmpty() || !queue.skills().stream().allMatch(r -> r.metBy(agent))) {
            return OptionalInt.empty();
        }
        int weakest = queue.skills().stream()
                .mapToInt(r -> agent.proficiency(r.skill()).orElseThrow())
                .min().orElseThrow();
        return OptionalInt.of(AgentSkills.HIGHEST - weakest);
    }

    /** Every queue the agent qualifies for, by queue name (queues of one tenant, as the default tenant's). */
    public static List<QueueMembership> memberships(AgentSkills agent, Collection<QueueRequirements> queues) {
        return memberships(QueueRequirements.DEFAULT_TENANT, agent, queues);
    }

    /**
     * Every queue of the agent's tenant the agent qualifies for, by queue name. Another tenant's queue is never
     * a match, whatever its skills are called: tenants share no skills, only the PBX.
     */
    public static List<QueueMembership> memberships(long agentTenant, AgentSkills agent,
            Collection<QueueRequirements> queues) {
        List<QueueMembership> result = new ArrayList<>();
        for (QueueRequirements queue : queues) {
            if (queue.tenantId() == agentTenant) {
                penalty(agent, queue).ifPresent(p -> result.add(new QueueMembership(queue.queue(), p)));
            }
        }
        result.sort(Comparator.comparing(QueueMembership::queue));
        return result;
    }

    /**
     * The PBX actions from the memberships the agent has to the ones they should have: adds first, then
     * penalty changes, then removals (so a re-skilled agent is never briefly in no queue), each by queue name.
     */
    public static List<MembershipChange> changes(Collection<QueueMembership> current,
            Collection<QueueMembership> wanted) {
        Map<String, QueueMembership> have = byQueue(current);
        Map<String, QueueMembership> want = byQueue(wanted);
        List<MembershipChange> adds = new ArrayList<>();
        List<MembershipChange> penalties = new ArrayList<>();
        List<MembershipChange> removals = new ArrayList<>();
        for (QueueMembership target : want.values()) {
            QueueMembership existing = have.get(target.queue());
            if (existing == null) {
                adds.add(MembershipChange.add(target.queue(), target.penalty()));
            } else if (existing.penalty() != target.penalty()) {
                penalties.add(MembershipChange.penalty(target.queue(), target.penalty()));
            }
        }
        for (QueueMembership existing : have.values()) {
            if (!want.containsKey(existing.queue())) {
                removals.add(MembershipChange.remove(existing.queue()));
            }
        }
        List<MembershipChange> all = new ArrayList<>();
        for (List<MembershipChange> part : List.of(adds, penalties, removals)) {
            part.sort(Comparator.comparing(MembershipChange::queue));
            all.addAll(part);
        }
        return all;
    }

    /** Shorthand: the actions for an agent with these skills against these queues. */
    public static List<MembershipChange> changes(Collection<QueueMembership> current, AgentSkills agent,
            Collection<QueueRequirements> queues) {
        return changes(current, memberships(agent, queues));
    }

    private static Map<String, QueueMembership> byQueue(Collection<QueueMembership> memberships) {
        return memberships.stream().collect(Collectors.toMap(QueueMembership::queue, Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException("Queue " + a.queue() + " given twice");
                }));
    }
}
