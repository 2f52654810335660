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
 * {@link QueueMatcher}. Internal: the services that use it check the caller's role.
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

    /** Every agent's skills, by username (agents without skills included, with none). */
    public Map<String, AgentSkills> allAgentSkills() {
        Map<String, Map<String, Integer>> byAgent = new TreeMap<>();
        for (Object[] row : rows("SELECT username FROM agent ORDER BY username")) {
            byAgent.put((String) row[0], new TreeMap<>());
        }
        for (Object[] row : rows("SELECT username, skill, proficiency FROM agent_skill")) {
            byAgent.computeIfAbsent((String) row[0], u -> new TreeMap<>())
                    .put((String) row[1], ((Number) row[2]).intValue());
        }
        Map<String, AgentSkills> result = new LinkedHashMap<>();
        byAgent.forEach((user, levels) -> result.put(user, new AgentSkills(levels)));
        return result;
    }

    /** Every queue Switchboard steers with the skills it needs (a queue without skills takes nobody). */
    public List<QueueRequirements> queues() {
        Map<String, List<SkillRequirement>> byQueue = new TreeMap<>();
        for (Object[] row : rows("SELECT name FROM pbx_queue")) {
            byQueue.put((String) row[0], new ArrayList<>());
        }
        for (Object[] row : rows("SELECT queue_name, skill, min_proficiency FROM queue_skill")) {
            byQueue.computeIfAbsent((String) row[0], q -> new ArrayList<>())
                    .add(new SkillRequirement((String) row[1], ((Number) row[2]).intValue()));
        }
        List<QueueRequirements> result = new ArrayList<>();
        byQueue.forEach((queue, skills) -> result.add(new QueueRequirements(queue, skills)));
        return result;
    }

    public List<String> skillNames() {
        return rows("SELECT name FROM skill ORDER BY name").stream().map(r -> (String) r[0]).toList();
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

    /** Sets (1-5) or removes (0) an agent's skill; a new skill name is created. */
    public void setAgentSkill(String username, String skill, int proficiency) {
        String key = SkillNames.key(skill);
        em.createNativeQuery("DELETE FROM agent_skill WHERE username = ?1 AND skill = ?2")
                .setParameter(1, username).setParameter(2, key).executeUpdate();
        if (proficiency != 0) {
            AgentSkills.checkProficiency(proficiency);
            ensureSkill(key);
            em.createNativeQuery("INSERT INTO agent_skill (username, skill, proficiency) VALUES (?1, ?2, ?3)")
                    .setParameter(1, username).setParameter(2, key).setParameter(3, proficiency).executeUpdate();
        }
    }

    /** Sets (least proficiency 1-5) or removes (0) a queue's need for a skill; new names are created. */
    public void setQueueSkill(String queue, String skill, int minimumProficiency) {
        String key = SkillNames.key(skill);
        ensureQueue(queue);
        em.createNativeQuery("DELETE FROM queue_skill WHERE queue_name = ?1 AND skill = ?2")
                .setParameter(1, queue).setParameter(2, key).executeUpdate();
        if (minimumProficiency != 0) {
            AgentSkills.checkProficiency(minimumProficiency);
            ensureSkill(key);
            em.createNativeQuery("INSERT INTO queue_skill (queue_name, skill, min_proficiency) VALUES (?1, ?2, ?3)")
                    .setParameter(1, queue).setParameter(2, key).setParameter(3, minimumProficiency)
                    .executeUpdate();
        }
    }

    private void ensureSkill(String key) {
        if (rows("SELECT name FROM skill WHERE name = ?1", key).isEmpty()) {
            em.createNativeQuery("INSERT INTO skill (name) VALUES (?1)").setParameter(1, key).executeUpdate();
        }
    }

    private void ensureQueue(String queue) {
        if (queue == null || !queue.matches("[A-Za-z0-9_.-]{1,80}")) {
            throw new IllegalArgumentException("A queue name is 1 to 80 letters, digits, . _ -");
        }
        if (rows("SELECT name FROM pbx_queue WHERE name = ?1", queue).isEmpty()) {
            em.createNativeQuery("INSERT INTO pbx_queue (name) VALUES (?1)").setParameter(1, queue).executeUpdate();
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
