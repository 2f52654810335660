package org.switchboard.skill;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Skills, queue requirements and recorded queue memberships as stored (tables skill, agent_skill, pbx_queue,
 * queue_skill, queue_membership). Small tables of pairs, read with plain queries; the rules live in
 * {@link QueueMatcher}. Every skill is a tenant's (V8): an agent's skills are their tenant's, a queue's
 * requirements its tenant's, and an agent is matched only against their own tenant's queues. Internal: the
 * services that use it check the caller's role and tenant.
 */
@Stateless
@PermitAll
public class SkillCatalog {

    @PersistenceContext
    EntityManager em;

    public AgentSkills skillsOf(String username) {
        Map<String, Integer> levels = new TreeMap<>();
        for (Object[] row : rows("SELECT skill, proficiency FROM agent_skill WHERE username = ?1", username)) {
            levels.put((String) row[0], ((Number) row[1]).intValue());
        }
        return new AgentSkills(levels);
    }

    /** The queues the agent belongs in now: their skills against their own tenant's queues. */
    public List<QueueMembership> wantedMemberships(String username) {
        long tenant = tenantOf(username);
        return QueueMatcher.memberships(tenant, skillsOf(username), queues(tenant));
    }

    /** The tenant's agents' skills, by username (agents without skills included, with none). */
    public Map<String, AgentSkills> agentSkills(long tenantId) {
        Map<String, Map<String, Integer>> byAgent = new TreeMap<>();
        for (Object[] row : rows("SELECT a.username FROM agent a JOIN app_user u ON u.username = a.username "
                + "WHERE u.tenant_id = ?1 ORDER BY a.username", tenantId)) {
            byAgent.put((String) row[0], new TreeMap<>());
        }
        for (Object[] row : rows("SELECT username, skill, proficiency FROM agent_skill WHERE tenant_id = ?1",
                tenantId)) {
            Map<String, Integer> levels = byAgent.get((String) row[0]);
            if (levels != null) {
                levels.put((String) row[1], ((Number) row[2]).intValue());
            }
        }
        Map<String, AgentSkills> result = new LinkedHashMap<>();
        byAgent.forEach((user, levels) -> result.put(user, new AgentSkills(levels)));
        return result;
    }

    /** The tenant's queues with the skills each needs (a queue without skills takes nobody). */
    public List<QueueRequirements> queues(long tenantId) {
        Map<String, List<SkillRequirement>> byQueue = new TreeMap<>();
        for (Object[] row : rows("SELECT name FROM pbx_queue WHERE tenant_id = ?1", tenantId)) {
            byQueue.put((String) row[0], new ArrayList<>());
        }
        for (Object[] row : rows("SELECT queue_name, skill, min_proficiency FROM queue_skill WHERE tenant_id = ?1",
                tenantId)) {
            List<SkillRequirement> needs = byQueue.get((String) row[0]);
            if (needs != null) {
                needs.add(new SkillRequirement((String) row[1], ((Number) row[2]).intValue()));
            }
        }
        List<QueueRequirements> result = new ArrayList<>();
        byQueue.forEach((queue, skills) -> result.add(new QueueRequirements(queue, tenantId, skills)));
        return result;
    }

    /** The tenant's skill names. */
    public List<String> skillNames(long tenantId) {
        return rows("SELECT name FROM skill WHERE tenant_id = ?1 ORDER BY name", tenantId).stream()
                .map(r -> (String) r[0]).toList();
    }

    /** The memberships Switchboard last gave the PBX for this agent. */
    public List<QueueMembership> membershipsOf(String username) {
        return rows("SELECT queue_name, penalty FROM queue_membership WHERE username = ?1 ORDER BY queue_name",
                username).stream().map(r -> new QueueMembership((String) r[0], ((Number) r[1]).intValue())).toList();
    }

    public void recordMemberships(String username, List<QueueMembership> memberships) {
        em.createNativeQuery("DELETE FROM queue_membership WHERE username = ?1").setParameter(1, username)
                .executeUpdate();
        for (QueueMembership m : memberships) {
            em.createNativeQuery("INSERT INTO queue_membership (username, queue_name, penalty) VALUES (?1, ?2, ?3)")
                    .setParameter(1, username).setParameter(2, m.queue()).setParameter(3, m.penalty())
                    .executeUpdate();
        }
    }

    /** Sets (1-5) or removes (0) an agent's skill; a new skill name is created in the agent's tenant. */
    public void setAgentSkill(String username, String skill, int proficiency) {
        String key = SkillNames.key(skill);
        long tenant = tenantOf(username);
        em.createNativeQuery("DELETE FROM agent_skill WHERE username = ?1 AND skill = ?2")
                .setParameter(1, username).setParameter(2, key).executeUpdate();
        if (proficiency != 0) {
            AgentSkills.checkProficiency(proficiency);
            ensureSkill(tenant, key);
            em.createNativeQuery("INSERT INTO agent_skill (username, tenant_id, skill, proficiency) "
                    + "VALUES (?1, ?2, ?3, ?4)").setParameter(1, username).setParameter(2, tenant)
                    .setParameter(3, key).setParameter(4, proficiency).executeUpdate();
        }
    }

    /**
     * Sets (least proficiency 1-5) or removes (0) a queue's need for a skill of the tenant. A new queue is
     * created in the tenant; a queue name another tenant has is refused without saying whose it is (the PBX has
     * one namespace of queue names).
     */
    public void setQueueSkill(long tenantId, String queue, String skill, int minimumProficiency) {
        String key = SkillNames.key(skill);
        if (minimumProficiency != 0) {
            AgentSkills.checkProficiency(minimumProficiency);
        }
        ensureQueue(tenantId, queue);
        em.createNativeQuery("DELETE FROM queue_skill WHERE queue_name = ?1 AND skill = ?2")
                .setParameter(1, queue).setParameter(2, key).executeUpdate();
        if (minimumProficiency != 0) {
            ensureSkill(tenantId, key);
            em.createNativeQuery("INSERT INTO queue_skill (queue_name, tenant_id, skill, min_proficiency) "
                    + "VALUES (?1, ?2, ?3, ?4)").setParameter(1, queue).setParameter(2, tenantId)
                    .setParameter(3, key).setParameter(4, minimumProficiency).executeUpdate();
        }
    }

    /**
     * Forgets one of the tenant's queues and its requirements (the PBX keeps its queue; Switchboard stops
     * steering agents into it). Another tenant's queue, or none, is not found.
     *
     * @return whether the tenant had it
     */
    public boolean deleteQueue(long tenantId, String queue) {
        if (rows("SELECT name FROM pbx_queue WHERE name = ?1 AND tenant_id = ?2", queue, tenantId).isEmpty()) {
            return false;
        }
        em.createNativeQuery("DELETE FROM queue_skill WHERE queue_name = ?1").setParameter(1, queue).executeUpdate();
        em.createNativeQuery("DELETE FROM pbx_queue WHERE name = ?1").setParameter(1, queue).executeUpdate();
        return true;
    }

    /** The user's tenant (every agent is a user of one). */
    long tenantOf(String username) {
        List<Object[]> found = rows("SELECT tenant_id FROM app_user WHERE username = ?1", username);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No user " + username);
        }
        return ((Number) found.get(0)[0]).longValue();
    }

    private void ensureSkill(long tenantId, String key) {
        if (key.length() > 64) {
            throw new IllegalArgumentException("A skill name is at most 64 characters");
        }
        if (rows("SELECT name FROM skill WHERE tenant_id = ?1 AND name = ?2", tenantId, key).isEmpty()) {
            em.createNativeQuery("INSERT INTO skill (tenant_id, name) VALUES (?1, ?2)").setParameter(1, tenantId)
                    .setParameter(2, key).executeUpdate();
        }
    }

    private void ensureQueue(long tenantId, String queue) {
        if (queue == null || !queue.matches("[A-Za-z0-9_.-]{1,80}")) {
            throw new IllegalArgumentException("A queue name is 1 to 80 letters, digits, . _ -");
        }
        List<Object[]> owner = rows("SELECT tenant_id FROM pbx_queue WHERE name = ?1", queue);
        if (owner.isEmpty()) {
            em.createNativeQuery("INSERT INTO pbx_queue (name, tenant_id) VALUES (?1, ?2)").setParameter(1, queue)
                    .setParameter(2, tenantId).executeUpdate();
        } else if (((Number) owner.get(0)[0]).longValue() != tenantId) {
            throw new IllegalArgumentException("The queue name " + queue + " cannot be used; choose another");
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object[]> result = new ArrayList<>();
        for (Object row : query.getResultList()) {
            result.add(row instanceof Object[] columns ? columns : new Object[] {row});
        }
        return result;
    }
}
