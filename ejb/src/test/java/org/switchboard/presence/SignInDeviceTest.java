package org.switchboard.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.switchboard.presence.AgentFixture.t;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sign-in starts from the device state of the phone signed in with: the status an earlier phone or an earlier
 * call left behind is forgotten at sign-out and sign-in, and QueueMemberAdded's Status (fed as a member status)
 * tells the new phone's state.
 *
 * <p>Steps: {@code in s}, {@code out s}, {@code status N s} (QueueMemberStatus or QueueMemberAdded's Status),
 * {@code ready s}.
 */
class SignInDeviceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            in use on the first phone, idle second phone   | in 0; status 2 1; out 5; in 6; status 1 5.9        | NOT_READY | Signed in
            in use on the first phone, no word of the next | in 0; status 2 1; out 5; in 6                      | NOT_READY | Signed in
            ... and ready on the second                    | in 0; status 2 1; out 5; in 6; ready 7             | READY     |
            ringing on the first phone, signed in again    | in 0; status 6 1; out 5; in 6; ready 7             | READY     |
            unavailable before, reachable now              | in 0; status 5 1; out 5; in 6; status 1 5.9; ready 7 | READY   |
            signed in during a call on this phone          | in 6; status 2 5.9                                 | ON_CALL   | Phone in use
            signed out while the phone was in use          | in 0; status 2 1; out 5                            | OFFLINE   |
            the new phone's status, then its call ends     | in 6; status 2 5.9; status 1 8                     | NOT_READY | Signed in
            """)
    void signInStartsFromThePhoneSignedInWith(String name, String steps, String status, String reason) {
        AgentFixture agent = new AgentFixture(new PresencePolicy(Duration.ZERO, false));
        for (String step : steps.split(";")) {
            String[] p = step.strip().split(" ");
            switch (p[0]) {
                case "in" -> agent.apply(new PresenceInput.SignIn(t(Double.parseDouble(p[1])), false));
                case "out" -> agent.apply(new PresenceInput.SignOut(t(Double.parseDouble(p[1]))));
                case "ready" -> agent.apply(new PresenceInput.Ready(t(Double.parseDouble(p[1]))));
                case "status" -> agent.memberStatus(Integer.parseInt(p[1]), Double.parseDouble(p[2]));
                default -> throw new IllegalArgumentException(step);
            }
        }
        assertEquals(AgentStatus.valueOf(status), agent.status(), name);
        assertEquals(reason, agent.reason(), name);
    }

    @ParameterizedTest(name = "stored before the fix, read after it: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            IN_USE  | 2
            RINGING | 6
            """)
    void aStoredValueFromBeforeStillSignsInClean(String device, int code) {
        AgentFixture agent = new AgentFixture(new PresencePolicy(Duration.ZERO, false));
        agent.apply(new PresenceInput.SignIn(t(0), false)).memberStatus(code, 1);
        // the row as an older version left it at sign-out: offline, the old phone's status kept
        AgentPresence p = agent.presence;
        agent.presence = PresenceCodec.fromJson(PresenceCodec.toJson(new AgentPresence(false, false, null,
                p.ucPresence(), p.ucPresenceAt(), DeviceStatus.valueOf(device), t(1), CallTrack.NONE,
                EffectiveState.OFFLINE, t(5), null)));
        agent.apply(new PresenceInput.SignIn(t(6), false));
        assertEquals(AgentStatus.NOT_READY, agent.status());
        assertEquals("Signed in", agent.reason());
    }
}
