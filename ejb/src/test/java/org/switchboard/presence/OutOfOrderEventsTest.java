package org.switchboard.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.presence.AgentFixture.t;

import org.junit.jupiter.api.Test;

/** Late, repeated and missing PBX events (captures README: AMI does not order events strictly). */
class OutOfOrderEventsTest {

    private final AgentFixture agent = AgentFixture.withWrapUp().signedInReady();

    @Test
    void aSecondConnectedForTheSameCallChangesNothing() {
        agent.ringing("A", 1).connected("A", 2).forget();
        agent.connected("A", 2.5);

        assertEquals(AgentStatus.ON_CALL, agent.status());
        assertEquals(t(2), agent.presence.since());
        assertTrue(agent.history.isEmpty());
        assertTrue(agent.sent.isEmpty());
    }

    @Test
    void ringingAfterConnectedOfTheSameCallIsIgnored() {
        agent.connected("A", 2).forget();
        agent.ringing("A", 1);

        assertEquals(AgentStatus.ON_CALL, agent.status());
        assertTrue(agent.history.isEmpty());
    }

    @Test
    void callEndedOfAnOlderCallAfterANewOfferKeepsTheNewCallRinging() {
        // A's end event is late; B's offer proves A is over (ringinuse=no: a busy phone is offered nothing).
        agent.ringing("A", 1).connected("A", 2).ringing("B", 20);
        assertEquals(AgentStatus.RINGING, agent.status());
        assertEquals("B", agent.presence.state().linkedId());

        agent.ended("A", 19.9);

        assertEquals(AgentStatus.RINGING, agent.status());
        assertEquals("B", agent.presence.state().linkedId());
        assertFalse(agent.presence.calls().inWrapUp(), "a superseded call gets no wrap-up");
    }

    @Test
    void aRepeatedEndDoesNotRestartTheWrapUp() {
        // BridgeLeave, Hangup and AgentComplete of one call may all be fed as CallEnded.
        agent.ringing("A", 1).connected("A", 2).ended("A", 12).ended("A", 12.2).ended("A", 14);

        assertEquals(t(42), agent.presence.calls().wrapUpUntil());
        assertEquals(1, agent.history.stream().filter(c -> c.to() == AgentStatus.WRAP_UP).count());
    }

    @Test
    void anOfferOlderThanTheCallsEndIsIgnored() {
        agent.ringing("A", 1).connected("A", 2).ended("A", 12).forget();
        agent.ringing("A", 1);

        assertEquals(AgentStatus.WRAP_UP, agent.status());
        assertTrue(agent.history.isEmpty());
    }

    @Test
    void anEndBeforeItsConnectStillGivesTheWrapUpFromTheEnd() {
        agent.ringing("A", 1).ended("A", 12);
        assertEquals(AgentStatus.READY, agent.status(), "as far as we know, A rang and stopped");

        agent.connected("A", 2);

        assertEquals(AgentStatus.WRAP_UP, agent.status());
        assertEquals(t(42), agent.presence.calls().wrapUpUntil());
    }

    @Test
    void aConnectWithoutItsOfferStillPutsTheAgentOnTheCall() {
        agent.connected("A", 2).ringing("A", 1);

        assertEquals(AgentStatus.ON_CALL, agent.status());
        assertEquals(new StateChange(AgentStatus.READY, AgentStatus.ON_CALL, null, "A", t(2)), agent.lastChange());
    }

    @Test
    void anOfferOfAnOlderCallDoesNotReplaceTheCurrentOne() {
        agent.ringing("B", 20).ringing("A", 5);

        assertEquals("B", agent.presence.state().linkedId());
    }

    @Test
    void theQueueRingingTheSameAgentAgainAfterNoAnswerIsANewRing() {
        // retry: the queue rings the same member again for the same caller; the first ring's late
        // no-answer must not end the second ring.
        agent.ringing("A", 1).noAnswer("A", 16).ringing("A", 18);
        assertEquals(AgentStatus.RINGING, agent.status());

        agent.noAnswer("A", 16).ended("A", 16.1);

        assertEquals(AgentStatus.RINGING, agent.status());
        agent.connected("A", 19);
        assertEquals(AgentStatus.ON_CALL, agent.status());
    }

    @Test
    void theEndOfACallWeNeverSawStopsItsLateOfferFromRinging() {
        agent.ended("Z", 10).ringing("Z", 9);

        assertEquals(AgentStatus.READY, agent.status());
    }

    @Test
    void aCallTransferredBackToTheSameAgentRingsAgain() {
        // Legs after a transfer keep the Linkedid (captures README), so the same call may come back later.
        agent.ringing("A", 1).connected("A", 2).ended("A", 12).ringing("A", 15);

        assertEquals(AgentStatus.RINGING, agent.status());
        assertEquals("A", agent.presence.state().linkedId());
    }

    @Test
    void deviceInUseThatArrivesAfterTheCallEndedIsStale() {
        agent.ringing("A", 1).connected("A", 2).ended("A", 12);
        agent.memberStatus(2, 2.5);

        assertEquals(AgentStatus.WRAP_UP, agent.status());
    }

    @Test
    void anOlderMemberStatusIsDropped() {
        agent.memberStatus(1, 5).memberStatus(2, 4);

        assertEquals(DeviceStatus.IDLE, agent.presence.device());
        assertEquals(AgentStatus.READY, agent.status());
    }

    @Test
    void deviceRingingAndTheQueuesOfferInEitherOrderMakeOneHistoryEntry() {
        agent.forget().memberStatus(6, 1).ringing("A", 1);
        AgentFixture other = AgentFixture.withWrapUp().signedInReady().forget().ringing("A", 1).memberStatus(6, 1);

        assertEquals(1, agent.history.size());
        assertEquals(1, other.history.size());
        assertEquals("A", agent.presence.state().linkedId());
        assertEquals("A", other.presence.state().linkedId());
    }

    @Test
    void anOlderUcPresenceIsDropped() {
        agent.uc(UcPresence.AVAILABLE, 10).uc(UcPresence.AWAY, 5);

        assertEquals(AgentStatus.READY, agent.status());
    }

    @Test
    void historyStaysInOrderWhenAnEventIsOlderThanTheLastChange() {
        agent.ringing("A", 10).forget();
        agent.connected("A", 9.5);

        assertEquals(t(10), agent.lastChange().at());
    }

    @Test
    void manyEndedCallsAreRememberedOnlyUpToALimit() {
        for (int i = 0; i < 20; i++) {
            agent.ringing("C" + i, i * 10.0).ended("C" + i, i * 10.0 + 1);
        }
        assertEquals(CallTrack.REMEMBERED_CALLS, agent.presence.calls().recentlyEnded().size());
        assertEquals("C19", agent.presence.calls().recentlyEnded().get(CallTrack.REMEMBERED_CALLS - 1).linkedId());
    }

    @Test
    void callEventsWhileSignedOutAreIgnored() {
        agent.apply(new PresenceInput.SignOut(t(5))).ringing("A", 6).connected("A", 7);

        assertEquals(AgentStatus.OFFLINE, agent.status());
        assertNull(agent.presence.calls().active());
    }
}
