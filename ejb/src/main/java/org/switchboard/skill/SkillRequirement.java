package org.switchboard.skill;

/**
 * A skill a queue needs, with the least proficiency that counts.
 *
 * @param skill              the skill name (normalised)
 * @param minimumProficiency 1 when any proficiency will do
 */
public record SkillRequirement(String skill, int minimumProficiency) {

    public SkillRequirement {
        skill = SkillNames.key(skill);
        AgentSkills.checkProficiency(minimumProficiency);
    }

    public static SkillRequirement of(String skill) {
        return new SkillRequirement(skill, AgentSkills.LOWEST);
    }

    public boolean metBy(AgentSkills skills) {
        return skills.has(skill, minimumProficiency);
    }
}
