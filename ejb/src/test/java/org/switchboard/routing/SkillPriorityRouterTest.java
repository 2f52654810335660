package org.switchboard.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.presence.AgentStatus;
import org.switchboard.skill.AgentSkills;

/**
 * Router scenarios as a table. Notation (times in seconds relative to now):
 * agents {@code name STATE skill=proficiency... idle=s [voice] [allowVoice] [handling]};
 * items {@code id skill|- p=priority wait=s [tried=a+b]}; offers and results {@code item>agent}, offers with
 * {@code exp=s} (negative: already expired).
 */
class SkillPriorityRouterTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final Router router = new SkillPriorityRouter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # scenario                              | agents                                                  | items                                  | offers            | assignments          | expired
            only ready agents                       | anna NOT_READY de=5 idle=90; ben READY de=3 idle=10       | cb1 de p=1 wait=10                     |                   | cb1>ben              |
            wrap-up and offline get nothing         | anna WRAP_UP de=5 idle=90; ben OFFLINE de=5 idle=90       | cb1 de p=1 wait=10                     |                   |                      |
            only with the required skill            | anna READY en=5 idle=90; ben READY de=1 idle=10           | cb1 de p=1 wait=10                     |                   | cb1>ben              |
            nobody with the skill                   | anna READY en=5 idle=90                                   | cb1 de p=1 wait=10                     |                   |                      |
            proficiency before idle time            | anna READY de=5 idle=10; ben READY de=3 idle=300          | cb1 de p=1 wait=10                     |                   | cb1>anna             |
            same proficiency: longest idle          | anna READY de=4 idle=10; ben READY de=4 idle=300          | cb1 de p=1 wait=10                     |                   | cb1>ben              |
            full tie: by id                         | ben READY de=4 idle=60; anna READY de=4 idle=60           | cb1 de p=1 wait=10                     |                   | cb1>anna             |
            higher priority first                   | anna READY de=5 idle=60                                   | cb1 de p=1 wait=300; cb2 de p=5 wait=10 |                  | cb2>anna             |
            same priority: longest waiting first    | anna READY de=5 idle=60                                   | cb1 de p=1 wait=10; cb2 de p=1 wait=300 |                  | cb2>anna             |
            urgent item gets the best agent         | anna READY de=5 idle=60; ben READY de=2 idle=60           | cb1 de p=1 wait=10; cb2 de p=9 wait=10  |                  | cb2>anna, cb1>ben    |
            one item per agent                      | anna READY de=5 idle=60                                   | cb1 de p=1 wait=10; cb2 de p=1 wait=5   |                  | cb1>anna             |
            a pending offer holds item and agent    | anna READY de=5 idle=60; ben READY de=2 idle=60           | cb1 de p=9 wait=10; cb2 de p=1 wait=5   | cb1>anna exp=20  | cb2>ben              |
            expired offer goes to the next agent    | anna READY de=5 idle=60; ben READY de=3 idle=10           | cb1 de p=1 wait=10                     | cb1>anna exp=-1   | cb1>ben              | cb1>anna
            expiry at exactly now counts            | anna READY de=5 idle=60; ben READY de=3 idle=10           | cb1 de p=1 wait=10                     | cb1>anna exp=0    | cb1>ben              | cb1>anna
            expired and nobody else: same agent     | anna READY de=5 idle=60; ben NOT_READY de=5 idle=60       | cb1 de p=1 wait=10                     | cb1>anna exp=-1   | cb1>anna             | cb1>anna
            not to someone who had it before        | anna READY de=5 idle=60; ben READY de=2 idle=10           | cb1 de p=1 wait=10 tried=anna          |                   | cb1>ben              |
            all had it: longest ago first           | anna READY de=5 idle=60; ben READY de=2 idle=10           | cb1 de p=1 wait=10 tried=ben+anna      |                   | cb1>ben              |
            all had it, other order                 | anna READY de=5 idle=60; ben READY de=2 idle=10           | cb1 de p=1 wait=10 tried=anna+ben      |                   | cb1>anna             |
            expired agent counts as most recent     | anna READY de=5 idle=60; ben READY de=2 idle=10           | cb1 de p=1 wait=10 tried=ben           | cb1>anna exp=-5   | cb1>ben              | cb1>anna
            on a voice call: nothing                | anna READY de=5 idle=60 voice; ben READY de=2 idle=10     | cb1 de p=1 wait=10                     |                   | cb1>ben              |
            on a voice call when the group allows   | anna READY de=5 idle=60 voice allowVoice; ben READY de=2 idle=10 | cb1 de p=1 wait=10              |                   | cb1>anna             |
            allowed during voice but not ready      | anna NOT_READY de=5 idle=60 voice allowVoice              | cb1 de p=1 wait=10                     |                   |                      |
            handling an item already                | anna READY de=5 idle=60 handling; ben READY de=2 idle=10  | cb1 de p=1 wait=10                     |                   | cb1>ben              |
            no skill needed: longest idle           | anna READY de=5 idle=60; ben READY en=1 idle=90           | cb1 - p=1 wait=10                      |                   | cb1>ben              |
            skills decide before urgency spills     | anna READY en=5 idle=60; ben READY de=5 idle=60           | cb1 de p=9 wait=10; cb2 en p=1 wait=10  |                  | cb1>ben, cb2>anna    |
            nothing waiting                         | anna READY de=5 idle=60                                   |                                        |                   |                      |
            nobody signed in                        |                                                           | cb1 de p=1 wait=10                     |                   |                      |
            """)
    void scenario(String scenario, String agents, String items, String offers, String assignments,
            String expired) {
        RoutingSnapshot snapshot = new RoutingSnapshot(NOW, agents(agents), items(items), offers(offers));

        RoutingDecision decision = router.route(snapshot);

        assertEquals(assignments(assignments), decision.assignments(), scenario);
        assertEquals(pairs(expired), decision.expired().stream().map(o -> o.itemId() + ">" + o.agentId()).toList(),
                scenario);
    }

    @Test
    void theSameSnapshotInAnyOrderGivesTheSameDecision() {
        // What lets two cluster nodes agree: no state between calls, no dependence on input order.
        List<AgentSnapshot> agents = agents("anna READY de=5 en=2 idle=60; ben READY de=5 idle=60; "
                + "carla READY en=4 idle=200; dave READY de=3 en=5 idle=5; eve READY de=1 idle=500");
        List<WorkItem> items = items("a de p=1 wait=10; b en p=1 wait=10; c de p=3 wait=1; d en p=2 wait=50; "
                + "e de p=1 wait=10; f - p=0 wait=999");
        RoutingDecision first = router.route(new RoutingSnapshot(NOW, agents, items, List.of()));

        Random random = new Random(4);
        for (int i = 0; i < 20; i++) {
            List<AgentSnapshot> a = new ArrayList<>(agents);
            List<WorkItem> w = new ArrayList<>(items);
            Collections.shuffle(a, random);
            Collections.shuffle(w, random);
            assertEquals(first, router.route(new RoutingSnapshot(NOW, a, w, List.of())));
        }
        assertEquals(5, first.assignments().size());
    }

    private static List<AgentSnapshot> agents(String spec) {
        List<AgentSnapshot> result = new ArrayList<>();
        for (String agent : split(spec, ";")) {
            String[] words = agent.split("\\s+");
            Map<String, Integer> skills = new HashMap<>();
            Instant idleSince = NOW;
            List<String> flags = new ArrayList<>();
            for (String word : Arrays.copyOfRange(words, 2, words.length)) {
                if (word.startsWith("idle=")) {
                    idleSince = NOW.minusSeconds(Long.parseLong(word.substring(5)));
                } else if (word.contains("=")) {
                    String[] kv = word.split("=");
                    skills.put(kv[0], Integer.parseInt(kv[1]));
                } else {
                    flags.add(word);
                }
            }
            result.add(new AgentSnapshot(words[0], AgentStatus.valueOf(words[1]), new AgentSkills(skills), idleSince,
                    flags.contains("voice"), flags.contains("allowVoice"), flags.contains("handling")));
        }
        return result;
    }

    private static List<WorkItem> items(String spec) {
        List<WorkItem> result = new ArrayList<>();
        for (String item : split(spec, ";")) {
            String[] words = item.split("\\s+");
            int priority = 0;
            Instant enqueued = NOW;
            List<String> tried = List.of();
            for (String word : Arrays.copyOfRange(words, 2, words.length)) {
                String value = word.substring(word.indexOf('=') + 1);
                if (word.startsWith("p=")) {
                    priority = Integer.parseInt(value);
                } else if (word.startsWith("wait=")) {
                    enqueued = NOW.minusSeconds(Long.parseLong(value));
                } else if (word.startsWith("tried=")) {
                    tried = List.of(value.split("\\+"));
                }
            }
            result.add(new WorkItem(words[0], "-".equals(words[1]) ? null : words[1], priority, enqueued, tried));
        }
        return result;
    }

    private static List<PendingOffer> offers(String spec) {
        List<PendingOffer> result = new ArrayList<>();
        for (String offer : split(spec, ";")) {
            String[] words = offer.split("\\s+");
            String[] pair = words[0].split(">");
            long expiresIn = Long.parseLong(words[1].substring("exp=".length()));
            result.add(new PendingOffer(pair[0], pair[1], NOW.plusSeconds(expiresIn)));
        }
        return result;
    }

    private static List<Assignment> assignments(String spec) {
        return pairs(spec).stream().map(p -> p.split(">")).map(p -> new Assignment(p[0], p[1])).toList();
    }

    private static List<String> pairs(String spec) {
        return split(spec, ",");
    }

    private static List<String> split(String spec, String separator) {
        if (spec == null || spec.isBlank()) {
            return List.of();
        }
        return Arrays.stream(spec.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
