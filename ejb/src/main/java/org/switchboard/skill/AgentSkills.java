package org.switchboard.skill;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One agent's skills with their proficiency, from {@value #LOWEST} (can do it) to {@value #HIGHEST} (expert).
 *
 * @param proficiencies skill name (normalised) to proficiency
 */
public record AgentSkills(Map<String, Integer> proficiencies) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    public static final AgentSkills NONE = new AgentSkills(Map.of());

    public AgentSkills {
        Map<String, Integer> normalised = new HashMap<>();
        proficiencies.forEach((skill, level) -> {
            checkProficiency(level);
            normalised.merge(SkillNames.key(skill), level, Math::max);
        });
        proficiencies = Map.copyOf(normalised);
    }

    /** Pairs of skill name and proficiency: {@code of("german", 5, "billing", 3)}. */
    public static AgentSkills of(Object... skillThenLevel) {
        if (skillThenLevel.length % 2 != 0) {
            throw new IllegalArgumentException("Give a proficiency for every skill");
        }
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < skillThenLevel.length; i += 2) {
            map.put((String) skillThenLevel[i], (Integer) skillThenLevel[i + 1]);
        }
        return new AgentSkills(map);
    }

    public OptionalInt proficiency(String skill) {
        Integer level = proficiencies.get(SkillNames.key(skill));
        return level == null ? OptionalInt.empty() : OptionalInt.of(level);
    }

    public boolean has(String skill, int minimumProficiency) {
        return proficiency(skill).orElse(0) >= minimumProficiency;
    }

    static void checkProficiency(Integer level) {
        if (level == null || level < LOWEST || level > HIGHEST) {
            throw new IllegalArgumentException("A proficiency is from " + LOWEST + " to " + HIGHEST + ": " + level);
        }
    }
}
