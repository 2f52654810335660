package org.switchboard.agent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.skill.AgentSkills;
import org.switchboard.skill.MembershipChange;
import org.switchboard.skill.QueueRequirements;
import org.switchboard.skill.SkillCatalog;
import org.switchboard.tenant.TenantDirectory;

/**
 * Administrators edit agents' skills and queues' requirements; the signed-in agents' PBX memberships follow in
 * the same request (QueueAdd / QueuePenalty / QueueRemove), without anyone signing in again. If the PBX cannot
 * be told, the edit is not saved either, and the administrator sees why.
 */
@Stateless
@RolesAllowed("admin")
public class SkillAdministration {

    @EJB
    SkillCatalog catalog;

    @EJB
    AgentSessions sessions;

    @EJB
    TenantDirectory tenants;

    /** The administrator's tenant's agents only. */
    public Map<String, AgentSkills> agentSkills() {
        Set<String> mine = tenants.agentsOf(tenants.current());
        Map<String, AgentSkills> result = new LinkedHashMap<>(catalog.allAgentSkills());
        result.keySet().retainAll(mine);
        return result;
    }

    /** The administrator's tenant's queues only. */
    public List<QueueRequirements> queues() {
        Set<String> mine = tenants.queuesOf(tenants.current());
        return catalog.queues().stream().filter(queue -> mine.contains(queue.queue())).toList();
    }

    public List<String> skills() {
        return catalog.skillNames();
    }

    /** @param proficiency 1-5, or 0 to take the skill away */
    public List<MembershipChange> setAgentSkill(String username, String skill, int proficiency) {
        if (!tenants.agentsOf(tenants.current()).contains(username)) {
            throw new AgentNotFoundException("No agent " + username);
        }
        Agent agent = sessions.lock(username);
        catalog.setAgentSkill(username, skill, proficiency);
        return sessions.alignMemberships(agent);
    }

    /** @param minimumProficiency 1-5, or 0 to drop the requirement */
    public List<MembershipChange> setQueueSkill(String queue, String skill, int minimumProficiency) {
        if (!tenants.queuesOf(tenants.current()).contains(queue)) {
            throw new IllegalArgumentException("No queue " + queue);
        }
        catalog.setQueueSkill(queue, skill, minimumProficiency);
        List<MembershipChange> all = new ArrayList<>();
        for (AgentSessions.Line line : sessions.signedIn()) {
            all.addAll(sessions.alignMemberships(sessions.lock(line.username())));
        }
        return all;
    }
}
