package org.switchboard.pbxsim.scenario;

import org.switchboard.pbxsim.pbx.Channel;
import org.switchboard.pbxsim.pbx.DeviceState;
import org.switchboard.pbxsim.pbx.Events;
import org.switchboard.pbxsim.pbx.Pbx;

/**
 * The Local pair app_queue dials for one member interface: ;1 is the queue's DestChannel, ;2 runs the member's
 * dialplan. What that dialplan does (ring a handset, or join the agent's nailed-up conference) is the subclass.
 */
abstract class AgentLeg {
    /** Dialplan context whose members sit in a ConfBridge: Local/<user>@switchboard-nailed/n. */
    static final String NAILED_CONTEXT = "switchboard-nailed";

    protected final Pbx pbx;
    final Channel one;
    final Channel two;
    final String ext;
    final String context;
    final String localDevice;
    /** Where ;2's dialplan waits while the phone rings (its CDR's LastApplication/LastData if cancelled then). */
    String ringingApp = "Ringing";
    String ringingData = "";

    AgentLeg(Pbx pbx, Channel[] pair, String ext, String context) {
        this.pbx = pbx;
        this.one = pair[0];
        this.two = pair[1];
        this.ext = ext;
        this.context = context;
        this.localDevice = "Local/" + ext + "@" + context;
    }

    /**
     * The Local pair app_queue dials for a member interface (Local/1001@agents/n, Local/agent1@switchboard-nailed/n),
     * both legs owned by the queue call.
     */
    static AgentLeg forMember(QueueEngine engine, String iface, String linkedid, Object owner) {
        String ext = Handset.extOf(iface);
        String context = Handset.contextOf(iface, "agents");
        Channel[] pair = engine.pbx().newLocalPair(ext, context, linkedid);
        pair[0].owner = owner;
        pair[1].owner = owner;
        if (NAILED_CONTEXT.equals(context)) {
            return new NailedAgentLeg(engine, pair, ext);
        }
        return new Handset(engine.pbx(), pair, ext, context);
    }

    /** The ;2 dialplan starts. */
    abstract void startRinging();

    /** Whether ;2 signals ringing (Newstate Ringing, DialState RINGING) before it answers. */
    abstract boolean rings();

    abstract void waitRinging(long ringMillis);

    /** Milliseconds until ;2 answers, or -1 if it never does. */
    abstract long answerAfter(boolean handsetAnswers, long ringMillis);

    abstract void answer();

    /** After the queue has bridged the call: ;2's dialplan while the agent talks. */
    abstract void talking(long talkMillis);

    /** The agent ends the call from ;2's own dialplan (not from outside, e.g. an AMI Hangup). */
    abstract void dialplanHangup();

    /** ;2 is being hung up: what its dialplan does on the way out (hangup handler, leaving a conference). */
    abstract void beforeHangup();

    /** After both legs are gone. */
    void released() {
        pbx.setDevice(localDevice, DeviceState.NOT_INUSE, true);
    }

    /** The ;2 leg's CDR; {@code lastApp}/{@code lastData} are where a handset's dialplan would be. */
    void cdr(Events ev, String source, String callerId, String lastApp, String lastData) {
        ev.cdr(two, source, callerId, ext, context, "", lastApp, lastData);
    }

    /** The ;2 leg's CDR after app_queue cancelled it while ringing: FAILED, at its ringing step (capture 11). */
    void cancelledCdr(Events ev, String source, String callerId) {
        ev.cdr(two, source, callerId, ext, context, "", ringingApp, ringingData, "FAILED");
    }
}
