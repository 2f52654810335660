package org.switchboard.pbxsim.scenario;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.switchboard.pbxsim.pbx.Channel;
import org.switchboard.pbxsim.pbx.DeviceState;
import org.switchboard.pbxsim.pbx.Events;
import org.switchboard.pbxsim.pbx.Pbx;

/**
 * Click-to-dial as in capture 04: Originate Channel=Local/<ext>@agents Context=outbound Exten=<E164>. The agent
 * handset rings and answers, then [outbound] dials Local/<E164>@pstn, which rings, answers and hangs up.
 */
public final class ClickToDial implements SimCall {
    private enum Phase { RINGING_AGENT, DIALING, CONNECTED, ENDED }

    private final QueueEngine engine;
    private final Pbx pbx;
    private final Events ev;
    private final Timing t;
    private final String ext;
    private final String agentContext;
    private final String context;
    private final String number;
    private final OriginatedPhone dial;
    private final Handset agent;
    private Channel p1;
    private Channel p2;
    private String bridgeId;
    private Phase phase = Phase.RINGING_AGENT;
    private long dialMillis;
    private int gen;
    private final CompletableFuture<Boolean> done = new CompletableFuture<>();

    public ClickToDial(QueueEngine engine, String ext, String agentContext, String context, String number,
            Originate originate, Timing timing) {
        this.engine = engine;
        this.pbx = engine.pbx();
        this.ev = pbx.ev;
        this.t = timing;
        this.ext = ext;
        this.agentContext = agentContext;
        this.context = context;
        this.number = number;
        this.dial = new OriginatedPhone(engine, ext, agentContext, originate, this);
        this.agent = dial.phone;
    }

    public void start() {
        engine.register(this);
        dial.ring(t.ringMillis(), engine.answers(ext, t), this::agentAnswers, this::agentNoAnswer);
    }

    private void agentAnswers() {
        Channel a1 = agent.one;
        dial.answered(context, number);
        a1.at(context, number, 1);
        ev.newexten(a1, 1, "NoOp", "Click-to-dial to " + number);
        ev.newexten(a1, 2, "Set", "CALLERID(num)=" + engine.companyDid());
        a1.callerIdNum = engine.companyDid();
        ev.newCallerid(a1);
        ev.newexten(a1, 3, "Dial", "Local/" + number + "@pstn,30");
        for (String v : new String[] {"DIALSTATUS", "DIALEDPEERNUMBER", "DIALEDPEERNAME", "ANSWEREDTIME",
                "ANSWEREDTIME_MS", "DIALEDTIME", "DIALEDTIME_MS", "RINGTIME", "RINGTIME_MS", "PROGRESSTIME",
                "PROGRESSTIME_MS"}) {
            ev.varSet(a1, v, "");
        }
        Channel[] pair = pbx.newLocalPair(number, "pstn", a1.linkedid);
        p1 = pair[0];
        p2 = pair[1];
        p1.owner = this;
        p2.owner = this;
        dialMillis = System.currentTimeMillis();
        ev.newchannel(p1);
        ev.newchannel(p2);
        ev.varSet(p1, "DIALEDPEERNUMBER", number + "@pstn");
        p1.callerIdNum = number;
        p1.callerIdName = a1.callerIdName;
        ev.newexten(p1, 1, "AppDial", "(Outgoing Line)");
        ev.newCallerid(p1);
        p1.connectedNum = number;
        p1.connectedName = a1.callerIdName;
        ev.newConnectedLine(p1);
        ev.varSet(p2, "DIALEDPEERNUMBER", number + "@pstn");
        p2.callerIdNum = a1.callerIdNum;
        p2.callerIdName = a1.callerIdName;
        ev.newCallerid(p2);
        p2.connectedNum = a1.callerIdNum;
        p2.connectedName = a1.callerIdName;
        ev.newConnectedLine(p2);
        ev.localBridge(p1, p2, true);
        ev.dialBegin(a1, p1, number + "@pstn");
        ev.newexten(p2, 1, "NoOp", "Remote party " + number);
        ev.newexten(p2, 2, "Ringing", "");
        ev.newstate(p1, 5);
        ev.newexten(p2, 3, "Wait", Long.toString(t.pstnRingMillis() / 1000));
        ev.varSet(a1, "RINGTIME", "0");
        ev.varSet(a1, "RINGTIME_MS", "0");
        ev.dialState(a1, p1, "RINGING");
        pbx.setDevice("Local/" + number + "@pstn", DeviceState.INUSE, false);
        agent.talking(0);
        phase = Phase.DIALING;
        int g = ++gen;
        pbx.later(t.pstnRingMillis(), () -> {
            if (phase == Phase.DIALING && g == gen) {
                remoteAnswers();
            }
        });
    }

    private void remoteAnswers() {
        Channel a1 = agent.one;
        ev.newexten(p2, 4, "Answer", "");
        ev.newstate(p2, 6);
        ev.newstate(p1, 6);
        ev.deviceStateChange("Local/" + number + "@pstn", "INUSE");
        ev.deviceStateChange("Local/" + number + "@pstn", "INUSE");
        ev.varSet(a1, "DIALSTATUS", "ANSWER");
        ev.varSet(a1, "DIALEDPEERNAME", p1.name);
        ev.varSet(a1, "DIALEDPEERNUMBER", number + "@pstn");
        ev.dialEnd(a1, p1, "ANSWER");
        bridgeId = UUID.randomUUID().toString();
        ev.bridgeCreate(bridgeId);
        ev.newexten(p1, 1, "AppDial", "(Outgoing Line)");
        ev.bridgeEnter(bridgeId, 1, p1);
        ev.bridgeEnter(bridgeId, 2, a1);
        ev.varSet(p1, "BRIDGEPEER", a1.name);
        ev.varSet(a1, "BRIDGEPEER", p1.name);
        ev.newexten(p2, 5, "Wait", Long.toString(t.pstnTalkMillis() / 1000));
        phase = Phase.CONNECTED;
        int g = ++gen;
        if (t.pstnTalkMillis() > 0) {
            pbx.later(t.pstnTalkMillis(), () -> {
                if (phase == Phase.CONNECTED && g == gen) {
                    remoteHangsUp();
                }
            });
        }
    }

    /** Remote party hangs up (as recorded in 04); the agent legs follow. */
    private void remoteHangsUp() {
        Channel a1 = agent.one;
        ev.cdr(p2, Events.cdrSource(p2), Events.cdrCallerId(p2), number, "pstn", "", "Hangup", "16");
        ev.newexten(p2, 6, "Hangup", "16");
        ev.softHangupRequest(p2, 16);
        ev.hangupRequest(p1, 16);
        ev.hangup(p2, 16);
        ev.varSet(p1, "BRIDGEPEER", "");
        ev.varSet(a1, "BRIDGEPEER", "");
        ev.bridgeLeave(bridgeId, 1, p1);
        ev.hangup(p1, 16);
        ev.bridgeLeave(bridgeId, 0, a1);
        ev.bridgeDestroy(bridgeId);
        dialVars(a1);
        ev.deviceStateChange("Local/" + number + "@pstn", "NOT_INUSE");
        pbx.setDevice("Local/" + number + "@pstn", DeviceState.NOT_INUSE, false);
        agentLegsHangUp(16);
        finish();
    }

    /** Agent side hangs up first (Hangup action on an agent leg): mirror image of {@link #remoteHangsUp}. */
    private void agentHangsUp() {
        Channel a1 = agent.one;
        ev.softHangupRequest(agent.two, 16);
        agent.runHangupHandler();
        ev.hangupRequest(a1, 16);
        ev.hangup(agent.two, 16);
        ev.varSet(p1, "BRIDGEPEER", "");
        ev.varSet(a1, "BRIDGEPEER", "");
        ev.bridgeLeave(bridgeId, 1, a1);
        ev.cdr(a1, Events.cdrSource(a1), Events.cdrCallerId(a1), number, context, p1.name, "Dial",
                "Local/" + number + "@pstn,30");
        ev.hangup(a1, 16);
        ev.bridgeLeave(bridgeId, 0, p1);
        ev.bridgeDestroy(bridgeId);
        ev.softHangupRequest(p1, 16);
        ev.hangupRequest(p2, 16);
        ev.hangup(p1, 16);
        ev.softHangupRequest(p2, 16);
        ev.cdr(p2, Events.cdrSource(p2), Events.cdrCallerId(p2), number, "pstn", "", "Wait", "8");
        ev.hangup(p2, 16);
        pbx.setDevice("Local/" + number + "@pstn", DeviceState.NOT_INUSE, false);
        agent.released();
        finish();
    }

    private void dialVars(Channel a1) {
        long ms = System.currentTimeMillis() - dialMillis;
        ev.varSet(a1, "ANSWEREDTIME", Long.toString(ms / 1000));
        ev.varSet(a1, "ANSWEREDTIME_MS", Long.toString(ms));
        ev.varSet(a1, "DIALEDTIME", Long.toString(ms / 1000));
        ev.varSet(a1, "DIALEDTIME_MS", Long.toString(ms));
        ev.varSet(a1, "DIALSTATUS", "ANSWER");
    }

    private void agentLegsHangUp(int cause) {
        Channel a1 = agent.one;
        dial.hangUp(cause);
        ev.cdr(a1, Events.cdrSource(a1), Events.cdrCallerId(a1), number, context, p1 == null ? "" : p1.name,
                "Dial", "Local/" + number + "@pstn,30");
        dial.phoneCdr();
    }

    /** The agent handset did not answer within the Originate timeout: OriginateResponse Failure, Reason 3. */
    private void agentNoAnswer() {
        dial.failed(3, "NOANSWER", context, number);
        agentLegsHangUp(0);
        finish();
    }

    /** Remote still ringing and the call is hung up: cancel the dial. */
    private void cancelDial() {
        Channel a1 = agent.one;
        ev.dialEnd(a1, p1, "CANCEL");
        ev.hangup(p1, 0);
        ev.softHangupRequest(p2, 0);
        ev.hangup(p2, 0);
        pbx.setDevice("Local/" + number + "@pstn", DeviceState.NOT_INUSE, false);
        agentLegsHangUp(16);
        finish();
    }

    private void finish() {
        phase = Phase.ENDED;
        engine.ended(this);
        done.complete(true);
    }

    @Override
    public void abortSilently() {
        dial.cancel();
        phase = Phase.ENDED;
        done.complete(false);
    }

    /** Remote party hangs up now (tests). */
    public void remotePartyHangsUp() {
        pbx.run(() -> {
            if (phase == Phase.CONNECTED) {
                remoteHangsUp();
            }
        });
    }

    public CompletableFuture<Boolean> done() {
        return done;
    }

    @Override
    public void hangupChannel(Channel ch) {
        boolean remote = ch == p1 || ch == p2;
        switch (phase) {
            case RINGING_AGENT -> {
                dial.failed(1, "CANCEL", context, number);
                agentLegsHangUp(16);
                finish();
            }
            case DIALING -> cancelDial();
            case CONNECTED -> {
                if (remote) {
                    remoteHangsUp();
                } else {
                    agentHangsUp();
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
    public boolean ended() {
        return phase == Phase.ENDED;
    }

    @Override
    public String describe() {
        return "click-to-dial " + ext + " -> " + number + " [" + phase + "]";
    }
}
