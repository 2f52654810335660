package org.switchboard.web.admin;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a skills table (an agent, or a queue) with a level per skill column, as stored and as edited in
 * the page; 0 means none. The page binds its inputs to {@link #getLevels()}.
 */
public final class SkillRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final Map<String, Integer> stored = new HashMap<>();
    private final Map<String, Integer> levels = new HashMap<>();

    /** @param stored the levels as the server has them (skills not named are 0) */
    SkillRow(String name, Map<String, Integer> stored, List<String> skills) {
        this.name = name;
        for (String skill : skills) {
            addSkill(skill);
        }
        stored.forEach((skill, level) -> {
            this.stored.put(skill, level);
            levels.put(skill, level);
        });
    }

    void addSkill(String skill) {
        stored.putIfAbsent(skill, 0);
        levels.putIfAbsent(skill, 0);
    }

    /** Keeps what was typed into {@code before} and not saved yet (nor saved by now). */
    void keepEdits(SkillRow before) {
        for (String skill : before.changedSkills()) {
            levels.put(skill, before.level(skill));
        }
    }

    /** The skills whose level was edited and not saved, by name. */
    List<String> changedSkills() {
        return levels.keySet().stream().filter(s -> level(s) != valueOf(stored.get(s))).sorted().toList();
    }

    int level(String skill) {
        return valueOf(levels.get(skill));
    }

    private static int valueOf(Integer level) {
        return Objects.requireNonNullElse(level, 0);
    }

    public String getName() {
        return name;
    }

    /** Skill to level as edited; an emptied input counts as 0. */
    public Map<String, Integer> getLevels() {
        return levels;
    }
}
