package org.switchboard.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One agent driven through the machine, with the history and the PBX instructions collected. */
final class AgentFixture {

    static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    static final Duration WRAP_UP = Duration.ofSeconds(30);

    final PresenceMachine machine;
    AgentPresence presence = AgentPresence.offline();
    final List<StateChange> history = new ArrayList<>();
    final List<PbxPause> sent = new ArrayList<>();
    PresenceUpdate last;

    AgentFixture(PresencePolicy policy) {
        this.machine = new PresenceMachine(policy);
    }

    static AgentFixture withWrapUp() {
        return new AgentFixture(new PresencePolicy(WRAP_UP, false));
    }

    static AgentFixture withoutWrapUp() {
        return new AgentFixture(new PresencePolicy(Duration.ZERO, false));
    }

    static Instant t(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }

    AgentFixture apply(PresenceInput input) {
        last = machine.apply(presence, input);
        presence = last.presence();
        history.addAll(last.changes());
        last.pbx().ifPresent(sent::add);
        return this;
    }

    AgentFixture signedInReady() {
        apply(new PresenceInput.SignIn(t(0), false));
        return apply(new PresenceInput.Ready(t(0)));
    }

    AgentFixture ringing(String linkedId, double at) {
        return apply(new PresenceInput.CallOffered(t(at), linkedId));
    }

    AgentFixture connected(String linkedId, double at) {
        return apply(new PresenceInput.CallConnected(t(at), linkedId));
    }

    AgentFixture ended(String linkedId, double at) {
        return apply(new PresenceInput.CallEnded(t(at), linkedId));
    }

    AgentFixture noAnswer(String linkedId, double at) {
        return apply(new PresenceInput.RingNoAnswer(t(at), linkedId));
    }

    AgentFixture memberStatus(int code, double at) {
        return apply(new PresenceInput.MemberStatus(t(at), code));
    }

    AgentFixture uc(UcPresence uc, double at) {
        return apply(new PresenceInput.UcPresenceChanged(t(at), uc));
    }

    AgentFixture tick(double at) {
        return apply(new PresenceInput.Tick(t(at)));
    }

    AgentStatus status() {
        return presence.status();
    }

    String reason() {
        return presence.state().reason();
    }

    StateChange lastChange() {
        return history.get(history.size() - 1);
    }

    PbxPause lastSent() {
        return sent.isEmpty() ? null : sent.get(sent.size() - 1);
    }

    /** Starts counting history and PBX instructions from here. */
    AgentFixture forget() {
        history.clear();
        sent.clear();
        return this;
    }
}
