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
 * Administrators edit their tenant's agents' skills and queues' requirements; the signed-in agents' PBX
 * memberships follow in the same request (QueueAdd / QueuePenalty / QueueRemove), without anyone signing in
 * again. If the PBX cannot be told, the edit is not saved either, and the administrator sees why. Skills,
 * agents and queues are the administrator's tenant's only: another tenant's agent or queue is not found, a
 * new queue is created in the administrator's tenant, and a change realigns only that tenant's agents.
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
        long tenant = tenants.current();
        Set<String> mine = tenants.agentsOf(tenant);
        Map<String, AgentSkills> result = new LinkedHashMap<>(catalog.agentSkills(tenant));
        result.keySet().retainAll(mine);
        return result;
    }

    /** The administrator's tenant's queues only. */
    public List<QueueRequirements> queues() {
        return catalog.queues(tenants.current());
    }

    /** The administrator's tenant's skills only. */
    public List<String> skills() {
        return catalog.skillNames(tenants.current());
    }

    /** @param proficiency 1-5, or 0 to take the skill away */
    public List<MembershipChange> setAgentSkill(String username, String skill, int proficiency) {
        if (username == null || !tenants.agentsOf(tenants.current()).contains(username)) {
            throw new AgentNotFoundException("No agent " + username);
        }
        Agent agent = sessions.lock(username);
        catalog.setAgentSkill(username, skill, proficiency);
        return sessions.alignMemberships(agent);
    }

    /**
     * Sets a requirement of one of the tenant's queues, or creates the queue in the tenant with it.
     *
     * @param minimumProficiency 1-5, or 0 to drop the requirement
     */
    public List<MembershipChange> setQueueSkill(String queue, String skill, int minimumProficiency) {
        long tenant = tenants.current();
        catalog.setQueueSkill(tenant, queue, skill, minimumProficiency);
        return realign(tenant);
    }

    /**
     * Stops steering agents into one of the tenant's queues: its signed-in members are removed from it on the
     * PBX (the queue itself stays in the PBX's configuration).
     *
     * @throws AgentNotFoundException another tenant's queue, or none
     */
    public List<MembershipChange> deleteQueue(String queue) {
        long tenant = tenants.current();
        if (!catalog.deleteQueue(tenant, queue)) {
            throw new AgentNotFoundException("No queue " + queue);
        }
        return realign(tenant);
    }

    /** Brings every signed-in agent of the tenant in line with the tenant's queues. */
    private List<MembershipChange> realign(long tenant) {
        List<MembershipChange> all = new ArrayList<>();
        for (String username : toRealign(sessions.signedIn(), tenants.agentsOf(tenant))) {
            all.addAll(sessions.alignMemberships(sessions.lock(username)));
        }
        return all;
    }

    /**
     * The signed-in agents of the tenant (another tenant's agents cannot be moved by its queues), in the lock
     * order presence batches use too ({@link AgentSessions#lockOrder}), not in the order the query returned them:
     * a realignment and a batch that need the same agents must not lock them in opposite orders (a deadlock).
     */
    static List<String> toRealign(List<AgentSessions.Line> signedIn, Set<String> tenantAgents) {
        return AgentSessions.lockOrder(signedIn.stream().map(AgentSessions.Line::username)
                .filter(tenantAgents::contains).toList());
    }
}
