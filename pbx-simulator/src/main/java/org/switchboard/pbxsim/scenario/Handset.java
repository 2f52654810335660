package org.switchboard.pbxsim.scenario;

import org.switchboard.pbxsim.pbx.Channel;
import org.switchboard.pbxsim.pbx.DeviceState;
import org.switchboard.pbxsim.pbx.Pbx;

/**
 * The agent handset dialplan of the captures ([agents] and [agent-hangup]), run on the ;2 leg. Shared by queue
 * calls, click-to-dial and the nailed-up sign-in. A remote phone (Local/<E164>@switchboard-remote) runs the same
 * dialplan in the simulator, standing in for the trunk call to the agent's mobile or landline.
 */
final class Handset extends AgentLeg {
    final String customDevice;

    Handset(Pbx pbx, Channel[] pair, String ext, String context) {
        super(pbx, pair, ext, context);
        this.customDevice = "Custom:agent" + ext;
    }

    /** Extension part of an interface: Local/1001@agents/n -> 1001, PJSIP/1001 -> 1001. */
    static String extOf(String iface) {
        String s = iface.endsWith("/n") ? iface.substring(0, iface.length() - 2) : iface;
        int slash = s.indexOf('/');
        if (slash >= 0) {
            s = s.substring(slash + 1);
        }
        int at = s.indexOf('@');
        return at >= 0 ? s.substring(0, at) : s;
    }

    static String contextOf(String iface, String fallback) {
        String s = iface.endsWith("/n") ? iface.substring(0, iface.length() - 2) : iface;
        int at = s.indexOf('@');
        return at >= 0 ? s.substring(at + 1) : fallback;
    }

    private String handler() {
        return "agent-hangup,s,1(" + ext + ")";
    }

    /** Priorities 1-4: NoOp, push hangup handler, DEVICE_STATE=RINGING, Ringing(). */
    @Override
    void startRinging() {
        pbx.ev.newexten(two, 1, "NoOp", "Agent handset " + ext + " ringing");
        pbx.ev.newexten(two, 2, "Set", "CHANNEL(hangup_handler_push)=" + handler());
        pbx.ev.hangupHandler("HangupHandlerPush", two, handler());
        pbx.ev.newexten(two, 3, "Set", "DEVICE_STATE(" + customDevice + ")=RINGING");
        pbx.setDevice(customDevice, DeviceState.RINGING, true);
        pbx.ev.newexten(two, 4, "Ringing", "");
        ringingApp = "Ringing";
        ringingData = "";
    }

    @Override
    boolean rings() {
        return true;
    }

    @Override
    void waitRinging(long ringMillis) {
        ringingApp = "Wait";
        ringingData = Long.toString(Math.max(0, ringMillis / 1000));
        pbx.ev.newexten(two, 5, ringingApp, ringingData);
        pbx.setDevice(localDevice, DeviceState.INUSE, true);
    }

    @Override
    long answerAfter(boolean handsetAnswers, long ringMillis) {
        return handsetAnswers ? ringMillis : -1;
    }

    @Override
    void answer() {
        pbx.ev.newexten(two, 6, "Answer", "");
        pbx.ev.newstate(two, 6);
    }

    /** Priorities 7-8 after answer: DEVICE_STATE=INUSE (QueueMemberStatus 2), then Wait(talk). */
    @Override
    void talking(long talkMillis) {
        pbx.ev.newexten(two, 7, "Set", "DEVICE_STATE(" + customDevice + ")=INUSE");
        pbx.setDevice(customDevice, DeviceState.INUSE, true);
        pbx.ev.newexten(two, 8, "Wait", talkMillis > 0 ? Long.toString(talkMillis / 1000) : "3600");
    }

    @Override
    void dialplanHangup() {
        pbx.ev.newexten(two, 9, "Hangup", "16");
    }

    @Override
    void beforeHangup() {
        runHangupHandler();
    }

    /** The hangup handler: DEVICE_STATE=NOT_INUSE; member status is reported after the Hangup, as in 01. */
    void runHangupHandler() {
        String ctx = two.context;
        String exten = two.exten;
        int prio = two.priority;
        pbx.ev.hangupHandler("HangupHandlerRun", two, handler());
        pbx.ev.varSet(two, "LOCAL(ARG1)", ext);
        pbx.ev.varSet(two, "LOCAL(ARGC)", "1");
        two.at("agent-hangup", "s", 1);
        pbx.ev.newexten(two, 1, "Set", "DEVICE_STATE(" + customDevice + ")=NOT_INUSE");
        pbx.setDevice(customDevice, DeviceState.NOT_INUSE, false);
        pbx.ev.newexten(two, 2, "Return", "");
        pbx.ev.varSet(two, "ARGC", "");
        pbx.ev.varSet(two, "ARG1", "");
        pbx.ev.varSet(two, "GOSUB_RETVAL", "");
        two.at(ctx, exten, prio);
    }

    /** After both legs are gone: QueueMemberStatus back to 1 and the Local device free. */
    @Override
    void released() {
        pbx.memberStatusChanged(customDevice);
        super.released();
    }
}
