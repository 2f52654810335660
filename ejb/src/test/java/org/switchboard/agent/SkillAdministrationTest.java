package org.switchboard.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A skill or queue edit realigns (and so locks) the tenant's signed-in agents in username order, the order
 * presence batches lock in, never in the order the query happened to return them: otherwise an edit and a batch
 * that need the same two agents could each hold one and wait for the other.
 */
class SkillAdministrationTest {

    private static AgentSessions.Line line(String username) {
        return new AgentSessions.Line(username, "Local/" + username + "@agents/n", null, null);
    }

    @Test
    void realignmentLocksTheTenantsAgentsInUsernameOrder() {
        record Case(List<String> queryOrder, Set<String> tenant, List<String> lockOrder) {
        }
        for (Case c : List.of(
                new Case(List.of("zoe", "anna", "mia"), Set.of("zoe", "anna", "mia"), List.of("anna", "mia", "zoe")),
                new Case(List.of("zoe", "bob", "anna"), Set.of("zoe", "anna"), List.of("anna", "zoe")),
                new Case(List.of("agent2", "agent10", "agent1"), Set.of("agent1", "agent2", "agent10"),
                        List.of("agent1", "agent10", "agent2")),
                new Case(List.of("bob"), Set.of("anna"), List.of()),
                new Case(List.of(), Set.of("anna"), List.of()))) {
            List<AgentSessions.Line> signedIn = c.queryOrder().stream().map(SkillAdministrationTest::line).toList();
            assertEquals(c.lockOrder(), SkillAdministration.toRealign(signedIn, c.tenant()), c.toString());
        }
    }

    @Test
    void realignmentAndPresenceBatchesShareOneOrder() {
        List<String> queryOrder = List.of("zoe", "anna", "mia", "anna");
        assertEquals(AgentSessions.lockOrder(queryOrder), SkillAdministration.toRealign(
                queryOrder.stream().map(SkillAdministrationTest::line).toList(), Set.copyOf(queryOrder)));
        assertEquals(List.of("anna", "mia", "zoe"), AgentSessions.lockOrder(queryOrder));
    }
}
