package org.switchboard.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.switchboard.presence.AgentFixture.t;

import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every state against every kind of input, as one table. Start states: OFFLINE; READY; NOT_READY (Break);
 * RINGING (call A offered at 1 s); ON_CALL (A answered at 2 s); WRAP_UP (A ended at 10 s, 30 s wrap-up, so
 * until 40 s). Inputs come at 20 s unless named otherwise. pbx: the QueuePause sent, "-" for none.
 */
class TransitionTableTest {

    private static final Map<String, Consumer<AgentFixture>> START = Map.of(
            "OFFLINE", a -> { },
            "READY", AgentFixture::signedInReady,
            "NOT_READY", a -> a.apply(new PresenceInput.SignIn(t(0), false))
                    .apply(new PresenceInput.NotReady(t(0), "Break")),
            "RINGING", a -> a.signedInReady().ringing("A", 1),
            "ON_CALL", a -> a.signedInReady().ringing("A", 1).connected("A", 2),
            "WRAP_UP", a -> a.signedInReady().ringing("A", 1).connected("A", 2).ended("A", 10));

    private static final Map<String, PresenceInput> INPUT = Map.ofEntries(
            Map.entry("signIn", new PresenceInput.SignIn(t(20), false)),
            Map.entry("signOut", new PresenceInput.SignOut(t(20))),
            Map.entry("ready", new PresenceInput.Ready(t(20))),
            Map.entry("notReady", new PresenceInput.NotReady(t(20), "Lunch")),
            Map.entry("endWrapUp", new PresenceInput.EndWrapUp(t(20))),
            Map.entry("offerSame", new PresenceInput.CallOffered(t(20), "A")),
            Map.entry("offerNew", new PresenceInput.CallOffered(t(20), "B")),
            Map.entry("connectSame", new PresenceInput.CallConnected(t(20), "A")),
            Map.entry("connectNew", new PresenceInput.CallConnected(t(20), "B")),
            Map.entry("endSame", new PresenceInput.CallEnded(t(20), "A")),
            Map.entry("endOther", new PresenceInput.CallEnded(t(20), "Z")),
            Map.entry("noAnswerSame", new PresenceInput.RingNoAnswer(t(20), "A")),
            Map.entry("cancelSame", new PresenceInput.RingCancelled(t(20), "A")),
            Map.entry("cancelOther", new PresenceInput.RingCancelled(t(20), "Z")),
            Map.entry("ucAway", new PresenceInput.UcPresenceChanged(t(20), UcPresence.AWAY)),
            Map.entry("ucAvailable", new PresenceInput.UcPresenceChanged(t(20), UcPresence.AVAILABLE)),
            Map.entry("deviceIdle", new PresenceInput.MemberStatus(t(20), 1)),
            Map.entry("deviceInUse", new PresenceInput.MemberStatus(t(20), 2)),
            Map.entry("deviceUnavailable", new PresenceInput.MemberStatus(t(20), 5)),
            Map.entry("deviceRinging", new PresenceInput.MemberStatus(t(20), 6)),
            Map.entry("tickBefore", new PresenceInput.Tick(t(20))),
            Map.entry("tickAfter", new PresenceInput.Tick(t(45))));

    @ParameterizedTest(name = "{0} + {1} -> {2} {3}, pbx {4}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            OFFLINE   | signIn            | NOT_READY | Signed in         | pause:Signed in
            OFFLINE   | signOut           | OFFLINE   |                   | -
            OFFLINE   | ready             | REJECTED  |                   | -
            OFFLINE   | notReady          | REJECTED  |                   | -
            OFFLINE   | endWrapUp         | OFFLINE   |                   | -
            OFFLINE   | offerNew          | OFFLINE   |                   | -
            OFFLINE   | connectNew        | OFFLINE   |                   | -
            OFFLINE   | endSame           | OFFLINE   |                   | -
            OFFLINE   | noAnswerSame      | OFFLINE   |                   | -
            OFFLINE   | cancelSame        | OFFLINE   |                   | -
            OFFLINE   | ucAway            | OFFLINE   |                   | -
            OFFLINE   | deviceInUse       | OFFLINE   |                   | -
            OFFLINE   | tickAfter         | OFFLINE   |                   | -
            READY     | signIn            | REJECTED  |                   | -
            READY     | signOut           | OFFLINE   |                   | -
            READY     | ready             | READY     |                   | -
            READY     | notReady          | NOT_READY | Lunch             | pause:Lunch
            READY     | endWrapUp         | READY     |                   | -
            READY     | offerNew          | RINGING   |                   | -
            READY     | connectNew        | ON_CALL   |                   | pause:Wrap-up
            READY     | endOther          | READY     |                   | -
            READY     | noAnswerSame      | READY     |                   | -
            READY     | cancelSame        | READY     |                   | -
            READY     | ucAway            | NOT_READY | Away              | pause:Away
            READY     | ucAvailable       | READY     |                   | -
            READY     | deviceIdle        | READY     |                   | -
            READY     | deviceInUse       | ON_CALL   | Phone in use      | -
            READY     | deviceRinging     | RINGING   | Phone ringing     | -
            READY     | deviceUnavailable | NOT_READY | Phone unavailable | pause:Phone unavailable
            READY     | tickAfter         | READY     |                   | -
            NOT_READY | signIn            | REJECTED  |                   | -
            NOT_READY | signOut           | OFFLINE   |                   | -
            NOT_READY | ready             | READY     |                   | unpause
            NOT_READY | notReady          | NOT_READY | Lunch             | pause:Lunch
            NOT_READY | endWrapUp         | NOT_READY | Break             | -
            NOT_READY | offerNew          | RINGING   |                   | -
            NOT_READY | connectNew        | ON_CALL   |                   | pause:Wrap-up
            NOT_READY | ucAway            | NOT_READY | Break             | -
            NOT_READY | deviceUnavailable | NOT_READY | Break             | -
            NOT_READY | deviceInUse       | ON_CALL   | Phone in use      | -
            RINGING   | signOut           | OFFLINE   |                   | -
            RINGING   | ready             | RINGING   |                   | -
            RINGING   | notReady          | RINGING   |                   | pause:Lunch
            RINGING   | endWrapUp         | RINGING   |                   | -
            RINGING   | offerSame         | RINGING   |                   | -
            RINGING   | offerNew          | RINGING   |                   | -
            RINGING   | connectSame       | ON_CALL   |                   | pause:Wrap-up
            RINGING   | connectNew        | ON_CALL   |                   | pause:Wrap-up
            RINGING   | endSame           | READY     |                   | -
            RINGING   | endOther          | RINGING   |                   | -
            RINGING   | noAnswerSame      | READY     |                   | -
            RINGING   | cancelSame        | READY     |                   | -
            RINGING   | cancelOther       | RINGING   |                   | -
            RINGING   | ucAway            | RINGING   |                   | pause:Away
            RINGING   | deviceIdle        | RINGING   |                   | -
            RINGING   | deviceInUse       | RINGING   |                   | -
            RINGING   | tickAfter         | RINGING   |                   | -
            ON_CALL   | signOut           | OFFLINE   |                   | -
            ON_CALL   | ready             | ON_CALL   |                   | -
            ON_CALL   | notReady          | ON_CALL   |                   | -
            ON_CALL   | endWrapUp         | ON_CALL   |                   | -
            ON_CALL   | offerSame         | ON_CALL   |                   | -
            ON_CALL   | offerNew          | RINGING   |                   | unpause
            ON_CALL   | connectSame       | ON_CALL   |                   | -
            ON_CALL   | connectNew        | ON_CALL   |                   | -
            ON_CALL   | endSame           | WRAP_UP   | Wrap-up           | -
            ON_CALL   | endOther          | ON_CALL   |                   | -
            ON_CALL   | noAnswerSame      | ON_CALL   |                   | -
            ON_CALL   | cancelSame        | ON_CALL   |                   | -
            ON_CALL   | ucAway            | ON_CALL   |                   | -
            ON_CALL   | deviceIdle        | ON_CALL   |                   | -
            ON_CALL   | tickAfter         | ON_CALL   |                   | -
            WRAP_UP   | signIn            | REJECTED  |                   | -
            WRAP_UP   | signOut           | OFFLINE   |                   | -
            WRAP_UP   | ready             | READY     |                   | unpause
            WRAP_UP   | notReady          | NOT_READY | Lunch             | pause:Lunch
            WRAP_UP   | endWrapUp         | READY     |                   | unpause
            WRAP_UP   | offerSame         | RINGING   |                   | -
            WRAP_UP   | offerNew          | RINGING   |                   | -
            WRAP_UP   | connectNew        | ON_CALL   |                   | -
            WRAP_UP   | endSame           | WRAP_UP   | Wrap-up           | -
            WRAP_UP   | noAnswerSame      | WRAP_UP   | Wrap-up           | -
            WRAP_UP   | cancelSame        | WRAP_UP   | Wrap-up           | -
            WRAP_UP   | ucAway            | WRAP_UP   | Wrap-up           | -
            WRAP_UP   | deviceInUse       | ON_CALL   | Phone in use      | -
            WRAP_UP   | deviceUnavailable | WRAP_UP   | Wrap-up           | -
            WRAP_UP   | tickBefore        | WRAP_UP   | Wrap-up           | -
            WRAP_UP   | tickAfter         | READY     |                   | unpause
            """)
    void transition(String from, String input, String to, String reason, String pbx) {
        AgentFixture agent = AgentFixture.withWrapUp();
        START.get(from).accept(agent);
        assertEquals(AgentStatus.valueOf(from), agent.status(), "start state");
        agent.forget();
        PresenceInput in = INPUT.get(input);

        if ("REJECTED".equals(to)) {
            AgentPresence before = agent.presence;
            assertThrows(PresenceException.class, () -> agent.apply(in));
            assertEquals(before, agent.presence);
            return;
        }
        agent.apply(in);

        assertEquals(AgentStatus.valueOf(to), agent.status());
        assertEquals(reason, agent.reason());
        assertEquals(pbx, describe(agent.last.pbxInstruction()));
        if (!from.equals(to)) {
            assertEquals(AgentStatus.valueOf(from), agent.history.get(0).from());
            assertEquals(AgentStatus.valueOf(to), agent.lastChange().to());
        }
    }

    private static String describe(PbxPause pause) {
        if (pause == null) {
            return "-";
        }
        return pause.paused() ? "pause:" + pause.reason() : "unpause";
    }
}
