package org.switchboard.skill;

import java.util.List;
import java.util.Objects;

/**
 * The skills a PBX queue needs; an agent must have all of them. A queue that names no skill takes no
 * skill-based members, so creating a queue without skills does not put every agent into it.
 *
 * @param queue  the PBX queue name, exactly as the PBX spells it
 * @param skills the skills needed
 */
public record QueueRequirements(String queue, List<SkillRequirement> skills) {

    public QueueRequirements {
        Objects.requireNonNull(queue, "queue");
        skills = List.copyOf(skills);
    }

    public static QueueRequirements of(String queue, SkillRequirement... skills) {
        return new QueueRequirements(queue, List.of(skills));
    }
}
