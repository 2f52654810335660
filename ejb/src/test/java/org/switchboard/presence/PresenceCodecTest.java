package org.switchboard.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PresenceCodecTest {

    private static AgentPresence roundTrip(AgentPresence presence) {
        return PresenceCodec.fromJson(PresenceCodec.toJson(presence));
    }

    @Test
    void everyStageOfACallSurvivesStorage() {
        AgentFixture agent = AgentFixture.withWrapUp().signedInReady();
        assertEquals(agent.presence, roundTrip(agent.presence));
        agent.ringing("1.1", 1);
        assertEquals(agent.presence, roundTrip(agent.presence));
        agent.connected("1.1", 2);
        assertEquals(agent.presence, roundTrip(agent.presence));
        agent.ended("1.1", 30);
        assertEquals(AgentStatus.WRAP_UP, roundTrip(agent.presence).status());
        assertEquals(agent.presence, roundTrip(agent.presence));
        agent.apply(new PresenceInput.UcPresenceChanged(AgentFixture.t(31), UcPresence.DO_NOT_DISTURB));
        agent.apply(new PresenceInput.MemberStatus(AgentFixture.t(32), DeviceStatus.IN_USE));
        assertEquals(agent.presence, roundTrip(agent.presence));
        assertEquals(AgentPresence.offline(), roundTrip(AgentPresence.offline()));
    }

    @Test
    void aCorruptedValueIsAClearError() {
        assertThrows(IllegalStateException.class, () -> PresenceCodec.fromJson("{\"signedIn\":"));
        assertThrows(IllegalStateException.class, () -> PresenceCodec.fromJson("null"));
    }
}
