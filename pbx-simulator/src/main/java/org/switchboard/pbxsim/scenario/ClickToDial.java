package org.switchboard.pbxsim.scenario;

import java.util.List;
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
    private final String cidNum;
    private final String cidName;
    private final String actionId;
    private final List<String[]> variables;
    private final long originateTimeoutMillis;
    private Handset agent;
    private Channel p1;
    private Channel p2;
    private String bridgeId;
    private Phase phase = Phase.RINGING_AGENT;
    private long dialMillis;
    private int gen;
    private final CompletableFuture<Boolean> done = new CompletableFuture<>();

    public ClickToDial(QueueEngine engine, String ext, String agentContext, String context, String number,
            String cidNum, String cidName, String actionId, List<String[]> variables, long originateTimeoutMillis,
            Timing timing) {
        this.engine = engine;
        this.pbx = engine.pbx();
        this.ev = pbx.ev;
        this.t = timing;
        this.ext = ext;
        this.agentContext = agentContext;
        this.context = context;
        this.number = number;
        this.cidNum = cidNum;
        this.cidName = cidName;
        this.actionId = actionId;
        this.variables = variables;
        this.originateTimeoutMillis = originateTimeoutMillis;
    }

    public void start() {
        engine.register(this);
        Channel[] pair = pbx.newLocalPair(ext, agentContext, null);
        pair[0].owner = this;
        pair[1].owner = this;
        agent = new Handset(pbx, pair, ext, agentContext);
        Channel a1 = agent.one;
        Channel a2 = agent.two;
        ev.newchannel(a1);
        ev.newchannel(a2);
        ev.newexten(a1, 1, "AppDial2", "(Outgoing Line)");
        originateLeg(a1, true);
        originateLeg(a2, false);
        ev.localBridge(a1, a2, true);
        ev.dialBegin(null, a1, ext + "@" + agentContext);
        agent.startRinging();
        ev.newstate(a1, 5);
        ev.dialState(null, a1, "RINGING");
        agent.waitRinging(t.ringMillis());
        int g = ++gen;
        if (engine.answers(ext, t) && t.ringMillis() < originateTimeoutMillis) {
            pbx.later(t.ringMillis(), () -> {
                if (phase == Phase.RINGING_AGENT && g == gen) {
                    agentAnswers();
                }
            });
        } else {
            pbx.later(originateTimeoutMillis, () -> {
                if (phase == Phase.RINGING_AGENT && g == gen) {
                    agentNoAnswer();
                }
            });
        }
    }

    /** Originate variables and caller ID land on both Local legs (;1 gets variables in reverse order). */
    private void originateLeg(Channel c, boolean reverse) {
        for (int i = 0; i < variables.size(); i++) {
            String[] v = variables.get(reverse ? variables.size() - 1 - i : i);
            ev.varSet(c, v[0], v[1]);
        }
        if (cidNum != null || cidName != null) {
            c.callerIdNum = cidNum == null ? Channel.UNKNOWN : cidNum;
            c.callerIdName = cidName == null ? Channel.UNKNOWN : cidName;
            ev.newCallerid(c);
            c.connectedNum = c.callerIdNum;
            c.connectedName = c.callerIdName;
            ev.newConnectedLine(c);
        }
    }

    private void agentAnswers() {
        Channel a1 = agent.one;
        agent.answer();
        ev.newstate(a1, 6);
        ev.originateResponse(actionId, true, a1, context, number, 4);
        ev.dialEnd(null, a1, "ANSWER");
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
        Channel a2 = agent.two;
        ev.softHangupRequest(a1, cause);
        ev.hangupRequest(a2, cause);
        ev.hangup(a1, cause);
        ev.softHangupRequest(a2, cause);
        agent.runHangupHandler();
        ev.hangup(a2, cause);
        agent.released();
        ev.cdr(a1, Events.cdrSource(a1), Events.cdrCallerId(a1), number, context, p1 == null ? "" : p1.name,
                "Dial", "Local/" + number + "@pstn,30");
        ev.cdr(a2, Events.cdrSource(a2), Events.cdrCallerId(a2), ext, agentContext, "", "Wait", "3600");
    }

    /** The agent handset did not answer within the Originate timeout: OriginateResponse Failure, Reason 3. */
    private void agentNoAnswer() {
        Channel a1 = agent.one;
        ev.originateResponse(actionId, false, a1, context, number, 3);
        ev.dialEnd(null, a1, "NOANSWER");
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

    void abortSilently() {
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
                gen++;
                ev.originateResponse(actionId, false, agent.one, context, number, 1);
                ev.dialEnd(null, agent.one, "CANCEL");
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
