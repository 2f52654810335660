package org.switchboard.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.switchboard.presence.AgentFixture.t;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A caller who hangs up while the agent's phone rings. Asterisk 22 then sends DialEnd CANCEL (twice) for the
 * agent's leg and QueueMemberStatus back to 1, but neither AgentRingNoAnswer nor AgentComplete (capture 11); the
 * ringing must end from what it does send, in whatever order it arrives, and is never a missed call.
 *
 * <p>Steps: {@code offer X s}, {@code answer X s}, {@code complete X s}, {@code noAnswer X s} (AgentRingNoAnswer or
 * DialEnd NOANSWER), {@code cancel X s} (DialEnd CANCEL), {@code status N s} (QueueMemberStatus); X is the call's
 * Linkedid, s the event's time in seconds. The agent is signed in and ready at 0 s.
 */
class AbandonWhileRingingTest {

    @ParameterizedTest(name = "{0}: {1} -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            capture 11, 1001, first abandon      | offer A 0; status 6 0; cancel A 4.03; cancel A 4.03; status 1 4.04 | READY   |
            capture 11, 1001, all three rings    | offer A 0; status 6 0; cancel A 4.03; status 1 4.04; offer C 5.01; status 6 5.01; cancel C 8.03; status 1 8.04; offer E 9.01; status 6 9.01; cancel E 12.03; status 1 12.03 | READY |
            status 1 before the DialEnd          | offer A 0; status 6 0; status 1 4.02; cancel A 4.03                | READY   |
            DialEnd inverted before the offer    | cancel A 4.03; offer A 4.00; status 6 4.01                         | READY   |
            late DialEnd of the last call        | offer A 0; cancel A 4; offer C 5; cancel A 4                       | RINGING |
            cancel of another call               | offer A 0; cancel Z 4                                              | RINGING |
            retry: cancel of the earlier ring    | offer A 0; noAnswer A 15; offer A 17; cancel A 15                  | RINGING |
            answered, then a stray cancel        | offer A 0; answer A 2; cancel A 3                                  | ON_CALL |
            answered and completed               | offer A 0; answer A 2; complete A 9                                | READY   |
            nobody answers: ring-no-answer       | offer A 0; noAnswer A 15; cancel A 15                              | READY   |
            """)
    void ringingEnds(String name, String steps, String status, String reason) {
        AgentFixture agent = new AgentFixture(new PresencePolicy(Duration.ZERO, false)).signedInReady();
        run(agent, steps);
        assertEquals(AgentStatus.valueOf(status), agent.status(), name);
        assertEquals(reason, agent.reason(), name);
    }

    /** With "not ready after a missed call", a caller who gave up is not the agent's miss; a timeout is. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            caller abandons while it rings | offer A 0; cancel A 4; cancel A 4; status 1 4.01 | READY     |
            the agent lets it ring         | offer A 0; noAnswer A 15; cancel A 15           | NOT_READY | Missed call
            """)
    void aCancelledRingIsNoMissedCall(String name, String steps, String status, String reason) {
        AgentFixture agent = new AgentFixture(new PresencePolicy(Duration.ZERO, true)).signedInReady();
        run(agent, steps);
        assertEquals(AgentStatus.valueOf(status), agent.status(), name);
        assertEquals(reason, agent.reason(), name);
    }

    static void run(AgentFixture agent, String steps) {
        for (String step : steps.split(";")) {
            String[] p = step.strip().split(" ");
            double at = Double.parseDouble(p[2]);
            switch (p[0]) {
                case "offer" -> agent.ringing(p[1], at);
                case "answer" -> agent.connected(p[1], at);
                case "complete" -> agent.ended(p[1], at);
                case "noAnswer" -> agent.noAnswer(p[1], at);
                case "cancel" -> agent.apply(new PresenceInput.RingCancelled(t(at), p[1]));
                case "status" -> agent.memberStatus(Integer.parseInt(p[1]), at);
                default -> throw new IllegalArgumentException(step);
            }
        }
    }
}
