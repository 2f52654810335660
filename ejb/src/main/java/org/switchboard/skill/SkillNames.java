package org.switchboard.skill;

import java.util.Locale;

/** Skill names are matched without regard to case or surrounding blanks: "German" and "german " are one skill. */
final class SkillNames {

    private SkillNames() {
    }

    static String key(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A skill needs a name");
        }
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
