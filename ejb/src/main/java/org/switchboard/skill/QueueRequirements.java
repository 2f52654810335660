package org.switchboard.skill;

import java.util.List;
import java.util.Objects;

/**
 * The skills a PBX queue needs; an agent must have all of them. A queue that names no skill takes no
 * skill-based members, so creating a queue without skills does not put every agent into it. The skills are the
 * queue's tenant's: only that tenant's agents are matched against it.
 *
 * @param queue    the PBX queue name, exactly as the PBX spells it
 * @param tenantId the tenant that owns the queue
 * @param skills   the skills needed
 */
public record QueueRequirements(String queue, long tenantId, List<SkillRequirement> skills) {

    /** The tenant that owned everything before there were tenants. */
    public static final long DEFAULT_TENANT = 1L;

    public QueueRequirements {
        Objects.requireNonNull(queue, "queue");
        skills = List.copyOf(skills);
    }

    /** A queue of the default tenant. */
    public QueueRequirements(String queue, List<SkillRequirement> skills) {
        this(queue, DEFAULT_TENANT, skills);
    }

    public static QueueRequirements of(String queue, SkillRequirement... skills) {
        return new QueueRequirements(queue, List.of(skills));
    }
}
