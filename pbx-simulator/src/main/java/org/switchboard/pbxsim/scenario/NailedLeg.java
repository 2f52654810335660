package org.switchboard.pbxsim.scenario;

import org.switchboard.pbxsim.pbx.Channel;
import org.switchboard.pbxsim.pbx.Events;

/**
 * A nailed-up agent connection (the classic ConfBridge pattern): at sign-in Switchboard sends Originate
 * Channel=Local/<phone>@switchboard-remote Application=ConfBridge Data=agent-<user>. The phone rings and answers
 * like a handset, then the ;1 leg sits in conference agent-<user> until it is hung up: by an AMI Hangup (sign-out)
 * or because the phone's network dropped it. Queue calls reach the agent through that conference
 * ({@link NailedAgentLeg}) and leave this leg up when they end.
 */
public final class NailedLeg implements SimCall {
    private enum Phase { RINGING, UP, ENDED }

    private final QueueEngine engine;
    private final Events ev;
    private final Timing t;
    private final String conference;
    private final OriginatedPhone dial;
    private final Handset phone;
    private Phase phase = Phase.RINGING;

    /**
     * @param number     the phone, as dialled in {@code context} (an E164 number in switchboard-remote)
     * @param conference the ConfBridge to join, e.g. agent-agent1
     */
    public NailedLeg(QueueEngine engine, String number, String context, String conference, Originate originate,
            Timing timing) {
        this.engine = engine;
        this.ev = engine.pbx().ev;
        this.t = timing;
        this.conference = conference;
        this.dial = new OriginatedPhone(engine, number, context, originate, this);
        this.phone = dial.phone;
    }

    /** The conference a nailed-up agent sits in; the dialplan of switchboard-nailed uses the same name. */
    static String conferenceOf(String user) {
        return "agent-" + user;
    }

    public void start() {
        engine.register(this);
        dial.ring(t.ringMillis(), engine.answers(phone.ext, t), this::answered, this::notAnswered);
    }

    /** An Originate to an application has no Context/Exten, so OriginateResponse carries them empty. */
    private void answered() {
        dial.answered("", "");
        phone.talking(0);
        engine.confBridge().join(conference, phone.one);
        phase = Phase.UP;
    }

    private void notAnswered() {
        dial.failed(3, "NOANSWER", "", "");
        dial.hangUp(0);
        end();
    }

    /** The phone (;2) drops first, e.g. the mobile network lost it; then ;1 leaves the conference and follows. */
    private void phoneDrops() {
        Channel a1 = phone.one;
        Channel a2 = phone.two;
        ev.softHangupRequest(a2, 16);
        phone.runHangupHandler();
        ev.hangupRequest(a1, 16);
        ev.hangup(a2, 16);
        engine.confBridge().leave(a1);
        ev.hangup(a1, 16);
        phone.released();
        end();
    }

    private void end() {
        Channel a1 = phone.one;
        String lastApp = phase == Phase.UP ? "ConfBridge" : "AppDial2";
        String lastData = phase == Phase.UP ? conference : "(Outgoing Line)";
        ev.cdr(a1, Events.cdrSource(a1), Events.cdrCallerId(a1), phone.ext, phone.context, "", lastApp, lastData);
        dial.phoneCdr();
        phase = Phase.ENDED;
        engine.ended(this);
    }

    /**
     * AMI Hangup (or the test hook). On ;1, as Switchboard does at sign-out: ;1 leaves the conference, then the
     * phone is hung up. On ;2: the phone side goes first, as when the network drops it.
     */
    @Override
    public void hangupChannel(Channel ch) {
        switch (phase) {
            case RINGING -> {
                dial.failed(1, "CANCEL", "", "");
                dial.hangUp(16);
                end();
            }
            case UP -> {
                if (ch == phone.two) {
                    phoneDrops();
                } else {
                    dial.hangUp(16, () -> engine.confBridge().leave(phone.one));
                    end();
                }
            }
            default -> { }
        }
    }

    @Override
    public boolean redirect(Channel channel, String context, String exten) {
        return false;
    }

    @Override
    public void abortSilently() {
        dial.cancel();
        phase = Phase.ENDED;
    }

    @Override
    public boolean ended() {
        return phase == Phase.ENDED;
    }

    @Override
    public String describe() {
        return "nailed-up " + conference + " via " + phone.localDevice + " [" + phase + "]";
    }
}
