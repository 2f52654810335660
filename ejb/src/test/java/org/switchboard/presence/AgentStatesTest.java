package org.switchboard.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.presence.AgentFixture.t;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Whole working days in small pieces: calls, wrap-up, reasons, presence, the PBX instructions. */
class AgentStatesTest {

    @Test
    void aQueueCallFromOfferToTheEndOfWrapUp() {
        AgentFixture agent = AgentFixture.withWrapUp().signedInReady();
        agent.ringing("A", 1).connected("A", 3).ended("A", 13).tick(30).tick(43);

        assertEquals(List.of(
                new StateChange(AgentStatus.OFFLINE, AgentStatus.NOT_READY, "Signed in", null, t(0)),
                new StateChange(AgentStatus.NOT_READY, AgentStatus.READY, null, null, t(0)),
                new StateChange(AgentStatus.READY, AgentStatus.RINGING, null, "A", t(1)),
                new StateChange(AgentStatus.RINGING, AgentStatus.ON_CALL, null, "A", t(3)),
                new StateChange(AgentStatus.ON_CALL, AgentStatus.WRAP_UP, "Wrap-up", "A", t(13)),
                new StateChange(AgentStatus.WRAP_UP, AgentStatus.READY, null, null, t(43))), agent.history);
        assertEquals(List.of(PbxPause.paused("Signed in"), PbxPause.UNPAUSED, PbxPause.paused("Wrap-up"),
                PbxPause.UNPAUSED), agent.sent);
    }

    @Test
    void wrapUpEndsAtItsDeadlineEvenWhenNoticedLater() {
        AgentFixture agent = AgentFixture.withWrapUp().signedInReady();
        agent.ringing("A", 1).connected("A", 3).ended("A", 13);
        assertEquals(Optional.of(t(43)), agent.presence.nextDeadline());

        agent.forget().ringing("B", 60);

        assertEquals(2, agent.last.changes().size());
        assertEquals(new StateChange(AgentStatus.WRAP_UP, AgentStatus.READY, null, null, t(43)),
                agent.history.get(0));
        assertEquals(AgentStatus.RINGING, agent.lastChange().to());
        assertEquals(Optional.empty(), agent.presence.nextDeadline());
    }

    @Test
    void withoutWrapUpTheAgentIsReadyRightAfterTheCallAndNeverPaused() {
        AgentFixture agent = AgentFixture.withoutWrapUp().signedInReady().forget();
        agent.ringing("A", 1).connected("A", 3).ended("A", 13);

        assertEquals(AgentStatus.READY, agent.status());
        assertTrue(agent.sent.isEmpty());
    }

    @Test
    void notReadyChosenDuringACallAppliesAfterTheWrapUp() {
        AgentFixture agent = AgentFixture.withWrapUp().signedInReady();
        agent.ringing("A", 1).connected("A", 3).apply(new PresenceInput.NotReady(t(5), "Lunch"));
        assertEquals(AgentStatus.ON_CALL, agent.status());

        agent.ended("A", 13);
        assertEquals(AgentStatus.WRAP_UP, agent.status());
        agent.tick(43);

        assertEquals(AgentStatus.NOT_READY, agent.status());
        assertEquals("Lunch", agent.reason());
        assertEquals(PbxPause.paused("Lunch"), agent.lastSent());
    }

    @Test
    void withoutWrapUpNotReadyDuringACallPausesAtOnce() {
        AgentFixture agent = AgentFixture.withoutWrapUp().signedInReady();
        agent.connected("A", 3).forget().apply(new PresenceInput.NotReady(t(5), "Lunch"));

        assertEquals(AgentStatus.ON_CALL, agent.status());
        assertEquals(List.of(PbxPause.paused("Lunch")), agent.sent);
    }

    @Test
    void theCallerGivingUpWhileItRingsReturnsTheAgentWithoutWrapUp() {
        AgentFixture agent = AgentFixture.withWrapUp().signedInReady();
        agent.ringing("A", 1).ended("A", 4);

        assertEquals(AgentStatus.READY, agent.status());
        assertEquals(Optional.empty(), agent.presence.nextDeadline());
    }

    @ParameterizedTest(name = "notReadyOnMissedCall={0} -> {1} {2}")
    @CsvSource(nullValues = "", textBlock = """
            false, READY,     ,
            true,  NOT_READY, Missed call
            """)
    void ringNoAnswer(boolean notReadyOnMissedCall, AgentStatus expected, String reason) {
        AgentFixture agent = new AgentFixture(new PresencePolicy(Duration.ofSeconds(30), notReadyOnMissedCall))
                .signedInReady().forget();
        agent.ringing("A", 1).noAnswer("A", 16);

        assertEquals(expected, agent.status());
        assertEquals(reason, agent.reason());
        assertEquals(notReadyOnMissedCall ? List.of(PbxPause.paused("Missed call")) : List.of(), agent.sent);
    }

    @Test
    void aLateNoAnswerForACallNoLongerRingingDoesNotMakeTheAgentNotReady() {
        AgentFixture agent = new AgentFixture(new PresencePolicy(Duration.ZERO, true)).signedInReady();
        agent.ringing("A", 1).ringing("B", 17).noAnswer("A", 16);

        assertEquals(AgentStatus.RINGING, agent.status());
        assertNull(agent.presence.notReadyReason());
    }

    @Test
    void blankNotReadyReasonBecomesNotReady() {
        AgentFixture agent = AgentFixture.withWrapUp().signedInReady();
        agent.apply(new PresenceInput.NotReady(t(1), "  "));

        assertEquals("Not ready", agent.reason());
    }

    @Test
    void changingTheReasonIsAHistoryEntryAndANewPause() {
        AgentFixture agent = AgentFixture.withWrapUp().signedInReady();
        agent.apply(new PresenceInput.NotReady(t(1), "Break")).forget()
                .apply(new PresenceInput.NotReady(t(2), "Training"));

        assertEquals(List.of(new StateChange(AgentStatus.NOT_READY, AgentStatus.NOT_READY, "Training", null, t(2))),
                agent.history);
        assertEquals(List.of(PbxPause.paused("Training")), agent.sent);
    }

    @Test
    void signOutDuringACallForgetsTheCall() {
        AgentFixture agent = AgentFixture.withWrapUp().signedInReady();
        agent.connected("A", 2).apply(new PresenceInput.SignOut(t(5))).ended("A", 8);

        assertEquals(AgentStatus.OFFLINE, agent.status());
        assertEquals(CallTrack.NONE, agent.presence.calls());
        agent.apply(new PresenceInput.SignIn(t(10), false));
        assertEquals(AgentStatus.NOT_READY, agent.status());
        assertEquals(PbxPause.paused("Signed in"), agent.lastSent(), "a new sign-in tells the PBX again");
    }

    @ParameterizedTest
    @EnumSource(value = UcPresence.class, names = {"AWAY", "BUSY", "DO_NOT_DISTURB"})
    void ucPresenceOtherThanAvailablePausesWithItsReasonAndAvailableUnpauses(UcPresence uc) {
        AgentFixture agent = AgentFixture.withWrapUp().signedInReady().forget();
        agent.uc(uc, 1);

        assertEquals(AgentStatus.NOT_READY, agent.status());
        assertEquals(uc.reason(), agent.reason());
        assertEquals(PbxPause.paused(uc.reason()), agent.lastSent());

        agent.uc(UcPresence.AVAILABLE, 2);
        assertEquals(AgentStatus.READY, agent.status());
        assertEquals(PbxPause.UNPAUSED, agent.lastSent());
    }

    @Test
    void theAgentsOwnReasonOutranksTheUcPresence() {
        AgentFixture agent = AgentFixture.withWrapUp().signedInReady();
        agent.apply(new PresenceInput.NotReady(t(1), "Lunch")).uc(UcPresence.AWAY, 2);
        assertEquals("Lunch", agent.reason());

        agent.apply(new PresenceInput.Ready(t(3)));
        assertEquals(AgentStatus.NOT_READY, agent.status(), "still away in the UC system");
        assertEquals("Away", agent.reason());
    }

    @Test
    void ucPresenceSetBeforeSignInCounts() {
        AgentFixture agent = AgentFixture.withWrapUp().uc(UcPresence.DO_NOT_DISTURB, -60).signedInReady();

        assertEquals(AgentStatus.NOT_READY, agent.status());
        assertEquals("Do not disturb", agent.reason());
    }

    @Test
    void withoutWrapUpACallKeepsThePausePresenceAsksFor() {
        AgentFixture agent = AgentFixture.withoutWrapUp().signedInReady();
        agent.connected("A", 2).forget().uc(UcPresence.BUSY, 3);

        assertEquals(AgentStatus.ON_CALL, agent.status());
        assertEquals(List.of(PbxPause.paused("Busy")), agent.sent);
    }

    @Test
    void aPhoneInUseWithoutAQueueCallIsOnCallButNotPaused() {
        AgentFixture agent = AgentFixture.withWrapUp().signedInReady().forget();
        agent.memberStatus(2, 1);
        assertEquals(AgentStatus.ON_CALL, agent.status());
        assertEquals("Phone in use", agent.reason());
        assertTrue(agent.presence.onVoiceCall());

        agent.memberStatus(8, 2).memberStatus(1, 9);

        assertEquals(AgentStatus.READY, agent.status());
        assertTrue(agent.sent.isEmpty());
        assertEquals(2, agent.history.size());
    }

    @Test
    void anUnreachablePhoneIsNotReadyUntilItIsBack() {
        AgentFixture agent = AgentFixture.withWrapUp().signedInReady().forget();
        agent.memberStatus(5, 1);
        assertEquals("Phone unavailable", agent.reason());

        agent.memberStatus(1, 2);

        assertEquals(AgentStatus.READY, agent.status());
        assertEquals(List.of(PbxPause.paused("Phone unavailable"), PbxPause.UNPAUSED), agent.sent);
    }

    @Test
    void aNailedUpPhoneIsAlwaysInUseSoItsDeviceStatusSaysNothingAboutCalls() {
        AgentFixture agent = AgentFixture.withWrapUp();
        agent.apply(new PresenceInput.SignIn(t(0), true)).apply(new PresenceInput.Ready(t(1))).memberStatus(2, 2);

        assertEquals(AgentStatus.READY, agent.status());
        agent.ringing("A", 5).connected("A", 5);
        assertEquals(AgentStatus.ON_CALL, agent.status());
    }

    @Test
    void losingTheNailedUpLegMakesTheAgentNotReady() {
        AgentFixture agent = AgentFixture.withWrapUp();
        agent.apply(new PresenceInput.SignIn(t(0), true)).apply(new PresenceInput.Ready(t(1)))
                .apply(new PresenceInput.NailedUpLegLost(t(2)));

        assertEquals(AgentStatus.NOT_READY, agent.status());
        assertEquals("Phone connection lost", agent.reason());
        assertEquals(PbxPause.paused("Phone connection lost"), agent.lastSent());
    }

    @Test
    void losingANailedUpLegMeansNothingToAnAgentWithoutOne() {
        AgentFixture agent = AgentFixture.withWrapUp().signedInReady();
        agent.apply(new PresenceInput.NailedUpLegLost(t(2)));

        assertEquals(AgentStatus.READY, agent.status());
    }

    @Test
    void afterAPbxRestartThePauseStateIsSentAgain() {
        AgentFixture agent = AgentFixture.withWrapUp().signedInReady().forget();
        agent.apply(new PresenceInput.PbxStateLost(t(5)));

        assertEquals(List.of(PbxPause.UNPAUSED), agent.sent);
        assertTrue(agent.history.isEmpty());
        agent.tick(6);
        assertEquals(1, agent.sent.size(), "and only once");
    }

    @Test
    void offlineAgentsAreNotOfferedWorkAndReadyOnesAre() {
        AgentFixture agent = AgentFixture.withWrapUp();
        assertEquals(false, agent.presence.offeredWork());
        agent.signedInReady();
        assertEquals(true, agent.presence.offeredWork());
        agent.ringing("A", 1);
        assertEquals(false, agent.presence.offeredWork());
        assertEquals(AgentStatus.READY, agent.presence.availability().status());
    }

    @ParameterizedTest(name = "Status {0} -> {1}")
    @CsvSource(textBlock = """
            0, UNKNOWN
            1, IDLE
            2, IN_USE
            3, IN_USE
            4, UNAVAILABLE
            5, UNAVAILABLE
            6, RINGING
            7, IN_USE
            8, IN_USE
            9, UNKNOWN
            """)
    void memberStatusCodes(int code, DeviceStatus expected) {
        assertEquals(expected, DeviceStatus.fromMemberStatus(code));
        assertEquals(expected, DeviceStatus.fromMemberStatus(" " + code));
    }

    @Test
    void unreadableMemberStatusIsUnknownAndIgnored() {
        assertEquals(DeviceStatus.UNKNOWN, DeviceStatus.fromMemberStatus("x"));
        assertEquals(DeviceStatus.UNKNOWN, DeviceStatus.fromMemberStatus((String) null));
        AgentFixture agent = AgentFixture.withWrapUp().signedInReady().memberStatus(2, 1).memberStatus(0, 2);
        assertEquals(AgentStatus.ON_CALL, agent.status());
    }
}
