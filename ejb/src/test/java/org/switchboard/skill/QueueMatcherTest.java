package org.switchboard.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueueMatcherTest {

    @ParameterizedTest(name = "proficiency {0} -> penalty {1}")
    @CsvSource({"5, 0", "4, 1", "3, 2", "2, 3", "1, 4"})
    void bestProficiencyGivesTheLowestPenalty(int proficiency, int penalty) {
        QueueRequirements german = QueueRequirements.of("de", SkillRequirement.of("german"));

        assertEquals(OptionalInt.of(penalty), QueueMatcher.penalty(AgentSkills.of("german", proficiency), german));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # agent skills             | queue needs                  | penalty (-1: not a member)
            german=5,billing=2         | german,billing               | 3
            german=5,billing=5         | german,billing               | 0
            german=5                   | german,billing               | -1
            german=2                   | german:3                     | -1
            german=3                   | german:3                     | 2
            German=4                   | ' german '                   | 1
            english=5                  | german                       | -1
            german=5                   |                              | -1
            german=1,billing=5,tier2=3 | billing:4,tier2              | 2
            """)
    void qualifyingAndPenalty(String skills, String needs, int expected) {
        OptionalInt penalty = QueueMatcher.penalty(skills(skills), queue("q", needs));

        assertEquals(expected < 0 ? OptionalInt.empty() : OptionalInt.of(expected), penalty);
    }

    @Test
    void membershipsAreEveryQualifyingQueueByName() {
        List<QueueRequirements> queues = List.of(
                queue("support-de", "german,support"),
                queue("sales", "sales:3"),
                queue("support-en", "english,support"),
                queue("empty", null));
        AgentSkills anna = skills("german=4,english=2,support=5,sales=2");

        assertEquals(List.of(new QueueMembership("support-de", 1), new QueueMembership("support-en", 3)),
                QueueMatcher.memberships(anna, queues));
        assertTrue(QueueMatcher.memberships(AgentSkills.NONE, queues).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # scenario                                  | agent's tenant | agent skills         | memberships
            both tenants have english: own queue only   | 1              | english=5            | en-one=0
            the other tenant's agent: their queue only  | 2              | english=3            | en-two=2
            a skill named like another tenant's queue   | 1              | travel=5,english=1   | en-one=4
            a tenant with no queues                     | 3              | english=5,travel=5   |
            """)
    void anAgentIsMatchedOnlyAgainstTheirOwnTenantsQueues(String scenario, long tenant, String skills,
            String expected) {
        List<QueueRequirements> queues = List.of(
                new QueueRequirements("en-one", 1, List.of(SkillRequirement.of("english"))),
                new QueueRequirements("en-two", 2, List.of(SkillRequirement.of("english"))),
                new QueueRequirements("travel", 2, List.of(SkillRequirement.of("travel"))));

        assertEquals(memberships(expected), QueueMatcher.memberships(tenant, skills(skills), queues), scenario);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # scenario                        | current            | wanted             | changes
            nothing to do                     | support=0,sales=2  | sales=2,support=0  |
            first sign-in                     |                    | support=0,sales=2  | ADD sales 2, ADD support 0
            sign-out                          | support=0,sales=2  |                    | REMOVE sales, REMOVE support
            better at sales                   | support=0,sales=2  | support=0,sales=0  | PENALTY sales 0
            swap queues adds before removing  | support=1          | sales=1            | ADD sales 1, REMOVE support
            everything at once                | a=0,b=1,c=2        | b=3,c=2,d=4        | ADD d 4, PENALTY b 3, REMOVE a
            """)
    void membershipDiff(String scenario, String current, String wanted, String expected) {
        List<MembershipChange> changes = QueueMatcher.changes(memberships(current), memberships(wanted));

        assertEquals(changes(expected), changes, scenario);
    }

    @Test
    void changingASkillMovesTheAgentLive() {
        List<QueueRequirements> queues = List.of(queue("support-de", "german,support"), queue("vip", "support:5"));
        AgentSkills before = skills("german=3,support=4");
        List<QueueMembership> current = QueueMatcher.memberships(before, queues);
        assertEquals(List.of(new QueueMembership("support-de", 2)), current);

        AgentSkills after = skills("german=5,support=5");

        assertEquals(List.of(MembershipChange.add("vip", 0), MembershipChange.penalty("support-de", 0)),
                QueueMatcher.changes(current, after, queues));
    }

    @Test
    void changingAQueuesRequirementsMovesItsMembers() {
        AgentSkills ben = skills("german=2");
        List<QueueMembership> current = List.of(new QueueMembership("support-de", 3));

        List<MembershipChange> changes = QueueMatcher.changes(current, ben, List.of(queue("support-de", "german:3")));

        assertEquals(List.of(MembershipChange.remove("support-de")), changes);
    }

    @Test
    void proficiencyOutsideOneToFiveIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AgentSkills.of("german", 0));
        assertThrows(IllegalArgumentException.class, () -> AgentSkills.of("german", 6));
        assertThrows(IllegalArgumentException.class, () -> new SkillRequirement("german", 9));
        assertThrows(IllegalArgumentException.class, () -> SkillRequirement.of(" "));
        assertThrows(IllegalArgumentException.class, () -> new QueueMembership("q", -1));
    }

    @Test
    void theSameSkillSpelledTwiceKeepsTheBetterProficiency() {
        AgentSkills skills = new AgentSkills(Map.of("German", 2, "german ", 4));

        assertEquals(OptionalInt.of(4), skills.proficiency("GERMAN"));
    }

    @Test
    void aQueueGivenTwiceIsAMistake() {
        List<QueueMembership> twice = List.of(new QueueMembership("q", 1), new QueueMembership("q", 2));

        assertThrows(IllegalArgumentException.class, () -> QueueMatcher.changes(twice, List.of()));
    }

    /** "german=5,billing=2". */
    static AgentSkills skills(String spec) {
        Map<String, Integer> map = new java.util.HashMap<>();
        for (String pair : spec.split(",")) {
            String[] parts = pair.split("=");
            map.put(parts[0], Integer.parseInt(parts[1].strip()));
        }
        return new AgentSkills(map);
    }

    /** "german:3,billing": skill with optional minimum. */
    private static QueueRequirements queue(String name, String needs) {
        List<SkillRequirement> requirements = new ArrayList<>();
        if (needs != null) {
            for (String need : needs.split(",")) {
                String[] parts = need.split(":");
                requirements.add(parts.length == 1 ? SkillRequirement.of(parts[0])
                        : new SkillRequirement(parts[0], Integer.parseInt(parts[1])));
            }
        }
        return new QueueRequirements(name, requirements);
    }

    private static List<QueueMembership> memberships(String spec) {
        if (spec == null) {
            return List.of();
        }
        return Arrays.stream(spec.split(",")).map(s -> s.split("="))
                .map(p -> new QueueMembership(p[0].strip(), Integer.parseInt(p[1].strip()))).toList();
    }

    private static List<MembershipChange> changes(String spec) {
        if (spec == null) {
            return List.of();
        }
        return Arrays.stream(spec.split(",")).map(String::strip).map(s -> s.split(" ")).map(p -> switch (p[0]) {
            case "ADD" -> MembershipChange.add(p[1], Integer.parseInt(p[2]));
            case "PENALTY" -> MembershipChange.penalty(p[1], Integer.parseInt(p[2]));
            default -> MembershipChange.remove(p[1]);
        }).toList();
    }
}
