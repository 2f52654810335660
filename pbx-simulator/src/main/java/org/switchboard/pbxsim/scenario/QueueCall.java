package org.switchboard.pbxsim.scenario;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.switchboard.pbxsim.InboundCall;
import org.switchboard.pbxsim.pbx.Channel;
import org.switchboard.pbxsim.pbx.DeviceState;
import org.switchboard.pbxsim.pbx.Events;
import org.switchboard.pbxsim.pbx.MemberState;
import org.switchboard.pbxsim.pbx.Pbx;
import org.switchboard.pbxsim.pbx.QueueState;

/**
 * An inbound call as in captures 01/02: Originate of Local/<E164>@customers into [inbound], which runs
 * Queue(<queue>,t,,,300). Event order follows the recordings; see README "Which event marks what".
 */
public final class QueueCall implements SimCall, QueueState.Waiting, InboundCall {
    private enum Phase { NEW, WAITING, RINGING, RETRY, CONNECTED, ENDED }

    private final QueueEngine engine;
    private final Pbx pbx;
    private final Events ev;
    private final Timing t;
    private final String num;
    private final String name;
    private final String actionId;
    private final List<String[]> variables;
    private String queueName;
    private QueueState queue;
    private Channel c1;
    private Channel c2;
    private AgentLeg agent;
    private MemberState member;
    private Phase phase = Phase.NEW;
    private long startMillis;
    private long joinedMillis;
    private long offeredMillis;
    private long connectedMillis;
    private int originalPosition;
    private int offerGen;
    private String bridgeId;
    private ScheduledFuture<?> patienceTimer;
    private ScheduledFuture<?> talkTimer;
    private Runnable pendingAgentComplete;
    private volatile String agentChannelName;
    private final CompletableFuture<String> offered = new CompletableFuture<>();
    private final CompletableFuture<String> connected = new CompletableFuture<>();
    private final CompletableFuture<String> ended = new CompletableFuture<>();

    /**
     * @param variables Originate variables as name/value pairs; CUSTNUM/CUSTNAME as the recording client sent them
     */
    public QueueCall(QueueEngine engine, String queueName, String num, String name, String actionId,
            List<String[]> variables, Timing timing) {
        this.engine = engine;
        this.pbx = engine.pbx();
        this.ev = pbx.ev;
        this.t = timing;
        this.queueName = queueName;
        this.num = num;
        this.name = name == null ? "" : name;
        this.actionId = actionId;
        this.variables = variables;
    }

    // ---- A: origination into [inbound] ---------------------------------------------------------------------

    /** Runs on the PBX thread. */
    public void start() {
        engine.register(this);
        startMillis = System.currentTimeMillis();
        Channel[] pair = pbx.newLocalPair(num, "customers", null);
        c1 = pair[0];
        c2 = pair[1];
        c1.owner = this;
        c2.owner = this;
        ev.newchannel(c1);
        ev.newchannel(c2);
        ev.newexten(c1, 1, "AppDial2", "(Outgoing Line)");
        for (int i = variables.size() - 1; i >= 0; i--) { // the ;1 leg gets them in reverse order
            ev.varSet(c1, variables.get(i)[0], variables.get(i)[1]);
        }
        for (String[] v : variables) {
            ev.varSet(c2, v[0], v[1]);
        }
        ev.localBridge(c1, c2, true);
        ev.dialBegin(null, c1, num + "@customers");
        ev.newexten(c2, 1, "NoOp", "Customer handset " + num);
        ev.newexten(c2, 2, "Answer", "");
        ev.newstate(c2, 6);
        ev.newstate(c1, 6);
        ev.dialEnd(null, c1, "ANSWER");
        ev.originateResponse(actionId, true, c1, "inbound", queueName, 4);
        c1.at("inbound", queueName, 1);
        ev.newexten(c1, 1, "NoOp", "Inbound call to " + queueName + " hotline");
        ev.newexten(c1, 2, "Answer", "");
        ev.newexten(c1, 3, "Set", "CALLERID(num)=" + num);
        ev.deviceStateChange(customerDevice(), "INUSE");
        ev.deviceStateChange(customerDevice(), "INUSE");
        c1.callerIdNum = num;
        ev.newCallerid(c1);
        ev.newexten(c1, 4, "Set", "CALLERID(name)=" + name);
        if (!name.isEmpty()) {
            c1.callerIdName = name;
            ev.newCallerid(c1);
        }
        if (t.patienceMillis() > 0) {
            patienceTimer = pbx.later(t.patienceMillis(), this::hangupByCustomer);
        }
        join();
        ev.newexten(c2, 3, "Wait", t.patienceMillis() > 0 ? Long.toString(t.patienceMillis() / 1000) : "3600");
    }

    private String customerDevice() {
        return "Local/" + num + "@customers";
    }

    private void join() {
        queue = pbx.queues.get(queueName);
        ev.newexten(c1, 5, "Queue", queueName + ",t,,,300");
        for (String v : new String[] {"ANSWEREDTIME", "ANSWEREDTIME_MS", "DIALEDTIME", "DIALEDTIME_MS",
                "QUEUEWAIT", "QUEUEWAIT_MS"}) {
            ev.varSet(c1, v, "");
        }
        queue.waiting.add(this);
        int pos = queue.waiting.size();
        originalPosition = pos;
        joinedMillis = System.currentTimeMillis();
        if (pos == 1) {
            pbx.setDevice("Queue:" + queueName, DeviceState.RINGING, false);
        }
        ev.queueCallerJoin(c1, queueName, pos, queue.waiting.size());
        ev.musicOnHoldStart(c1);
        phase = Phase.WAITING;
        pbx.distribute();
    }

    boolean readyForOffer() {
        return phase == Phase.WAITING;
    }

    // ---- B: offer to a member ------------------------------------------------------------------------------

    void offer(MemberState m) {
        member = m;
        m.offered = true;
        queue.lastOffered = m.iface;
        phase = Phase.RINGING;
        offeredMillis = System.currentTimeMillis();
        int gen = ++offerGen;
        agent = AgentLeg.forMember(engine, m.iface, c1.linkedid, this);
        Channel a1 = agent.one;
        Channel a2 = agent.two;
        agentChannelName = a1.name;
        ev.newchannel(a1);
        ev.newchannel(a2);
        a1.callerIdNum = queueName; // Local-channel artefact (connector/README.md, AMI-5)
        ev.newexten(a1, 1, "AppQueue", "(Outgoing Line)");
        ev.newCallerid(a1);
        String peer = m.iface.startsWith("Local/") ? m.iface.substring(6) : m.iface;
        ev.varSet(a1, "DIALEDPEERNUMBER", peer);
        ev.varSet(a2, "DIALEDPEERNUMBER", peer);
        a2.callerIdNum = c1.callerIdNum;
        a2.callerIdName = c1.callerIdName;
        ev.newCallerid(a2);
        a2.connectedNum = queueName;
        ev.newConnectedLine(a2);
        ev.localBridge(a1, a2, false);
        a1.connectedNum = c1.callerIdNum;
        a1.connectedName = c1.callerIdName;
        a1.exten = queueName;
        ev.agentCalled(c1, a1, m);
        a1.exten = agent.ext; // DialBegin still shows the dialed extension, later events the queue (as recorded)
        ev.dialBegin(c1, a1, m.iface);
        a1.exten = queueName;
        agent.startRinging();
        if (agent.rings()) {
            ev.newstate(a1, 5);
            ev.newexten(a1, 1, "AppQueue", "(Outgoing Line)");
            ev.newConnectedLine(a1);
            ev.dialState(c1, a1, "RINGING");
        }
        agent.waitRinging(t.ringMillis());
        offered.complete(m.iface);
        long answerAfter = agent.answerAfter(engine.answers(m.iface, t), t.ringMillis());
        if (answerAfter >= 0 && answerAfter < t.queueTimeoutMillis()) {
            pbx.later(answerAfter, () -> {
                if (phase == Phase.RINGING && gen == offerGen) {
                    agentAnswers();
                }
            });
        } else {
            pbx.later(t.queueTimeoutMillis(), () -> {
                if (phase == Phase.RINGING && gen == offerGen) {
                    ringNoAnswer();
                }
            });
        }
    }

    // ---- C: agent answers ----------------------------------------------------------------------------------

    private void agentAnswers() {
        Channel a1 = agent.one;
        agent.answer();
        ev.newstate(a1, 6);
        ev.dialEnd(c1, a1, "ANSWER");
        ev.musicOnHoldStop(c1);
        int pos = leaveQueue();
        long now = System.currentTimeMillis();
        long holdMs = now - joinedMillis;
        ev.queueCallerLeave(c1, queueName, pos, queue.waiting.size());
        ev.varSet(c1, "QUEUEPOSITION", Integer.toString(pos));
        ev.varSet(c1, "QUEUEWAIT", Long.toString(holdMs / 1000));
        ev.varSet(c1, "QUEUEWAIT_MS", Long.toString(holdMs));
        ev.agentConnect(c1, a1, member, holdMs / 1000, (now - offeredMillis) / 1000);
        member.offered = false;
        member.inCall = true;
        bridgeId = UUID.randomUUID().toString();
        ev.bridgeCreate(bridgeId);
        ev.bridgeEnter(bridgeId, 1, a1);
        ev.deviceStateChange(agent.localDevice, "INUSE");
        ev.deviceStateChange(agent.localDevice, "INUSE");
        ev.bridgeEnter(bridgeId, 2, c1);
        ev.varSet(a1, "BRIDGEPEER", c1.name);
        ev.varSet(c1, "BRIDGEPEER", a1.name);
        phase = Phase.CONNECTED;
        connectedMillis = now;
        agent.talking(t.talkMillis());
        connected.complete(member.iface);
        if (t.talkMillis() > 0) {
            talkTimer = pbx.later(t.talkMillis(), () -> {
                if (phase == Phase.CONNECTED) {
                    hangupByAgent();
                }
            });
        }
    }

    /** Removes this caller from the queue; returns its position; updates the queue's device state. */
    private int leaveQueue() {
        int pos = queue.waiting.indexOf(this) + 1;
        queue.waiting.remove(this);
        if (queue.waiting.isEmpty()) {
            pbx.setDevice("Queue:" + queueName, DeviceState.NOT_INUSE, false);
        }
        return pos;
    }

    // ---- agent did not answer ------------------------------------------------------------------------------

    private void ringNoAnswer() {
        Channel a1 = agent.one;
        ev.agentRingNoAnswer(c1, a1, member, System.currentTimeMillis() - offeredMillis);
        ev.dialEnd(c1, a1, "NOANSWER");
        releaseUnansweredAgent(); // includes the second DialEnd CANCEL (connector/README.md, AMI-1)
        phase = Phase.RETRY;
        pbx.later(t.retryMillis(), () -> {
            if (phase == Phase.RETRY) {
                phase = Phase.WAITING;
                pbx.distribute();
            }
        });
    }

    /** Cancelled or unanswered agent legs hang up with Cause 0 (connector/README.md, AMI-6). */
    private void releaseUnansweredAgent() {
        Channel a1 = agent.one;
        Channel a2 = agent.two;
        ev.hangup(a1, 0);
        ev.dialEnd(c1, a1, "CANCEL");
        ev.softHangupRequest(a2, 0);
        agent.beforeHangup();
        ev.hangup(a2, 0);
        member.offered = false;
        agent.released();
        agent.cdr(ev, Events.cdrSource(a2), Events.cdrCallerId(a2), "Ringing", "");
        agent = null;
        member = null;
        agentChannelName = null;
    }

    // ---- customer hangs up ---------------------------------------------------------------------------------

    private void hangupByCustomer() {
        switch (phase) {
            case WAITING, RETRY, RINGING -> abandon0();
            case CONNECTED -> callerHangup();
            default -> { }
        }
    }

    /**
     * E: abandoned while waiting (capture 02), or while an agent's phone rings (capture 11). While it rings,
     * app_queue stops dialling first: MusicOnHoldStop, DialEnd CANCEL twice for the agent's leg (AMI-1), the
     * agent's ;1 hung up with Cause 0 (AMI-6), and only then QueueCallerAbandon and QueueCallerLeave; the agent's
     * ;2 goes after the caller's ;1, its hangup handler putting the member back to 1. No AgentRingNoAnswer, no
     * AgentComplete.
     */
    private void abandon0() {
        boolean ringing = phase == Phase.RINGING;
        ev.newexten(c2, 4, "Hangup", "16");
        cdrCustomerHandset();
        ev.softHangupRequest(c2, 16);
        ev.hangupRequest(c1, 16);
        ev.hangup(c2, 16);
        if (ringing) {
            ev.musicOnHoldStop(c1);
            ev.dialEnd(c1, agent.one, "CANCEL");
            ev.dialEnd(c1, agent.one, "CANCEL");
            ev.hangupRequest(agent.two, 0);
            ev.hangup(agent.one, 0);
        } else {
            ev.musicOnHoldStop(c1);
        }
        long holdMs = System.currentTimeMillis() - joinedMillis;
        ev.varSet(c1, "QUEUEWAIT", Long.toString(holdMs / 1000));
        ev.varSet(c1, "QUEUEWAIT_MS", Long.toString(holdMs));
        long dialedMs = System.currentTimeMillis() - startMillis;
        ev.varSet(c1, "DIALEDTIME", Long.toString(dialedMs / 1000));
        ev.varSet(c1, "DIALEDTIME_MS", Long.toString(dialedMs));
        ev.varSet(c1, "ANSWEREDTIME", "0");
        ev.varSet(c1, "ANSWEREDTIME_MS", "0");
        ev.varSet(c1, "ABANDONED", "TRUE");
        int pos = queue.waiting.indexOf(this) + 1;
        ev.queueCallerAbandon(c1, queueName, pos, originalPosition, holdMs / 1000);
        queue.abandoned++;
        ev.deviceStateChange(customerDevice(), "NOT_INUSE");
        leaveQueue();
        ev.queueCallerLeave(c1, queueName, pos, queue.waiting.size());
        ev.varSet(c1, "QUEUEPOSITION", Integer.toString(pos));
        ev.softHangupRequest(c1, 16);
        ev.hangup(c1, 16);
        ev.deviceStateChange(customerDevice(), "NOT_INUSE");
        if (ringing) {
            // the queue was dialling an agent: the trunk leg's CDR names that leg and says NO ANSWER (capture 11)
            ev.cdr(c1, num, Events.cdrCallerId(c1), queueName, "inbound", agent.one.name, "Queue",
                    queueName + ",t,,,300", "NO ANSWER");
            releaseCancelledAgent();
        } else {
            ev.cdr(c1, num, Events.cdrCallerId(c1), queueName, "inbound", "", "Queue", queueName + ",t,,,300");
        }
        finish("abandoned");
    }

    /** The ;2 leg of an agent whose ringing app_queue cancelled (its ;1 is already gone), as in capture 11. */
    private void releaseCancelledAgent() {
        Channel a2 = agent.two;
        ev.softHangupRequest(a2, 16);
        agent.beforeHangup();
        ev.hangup(a2, 0);
        member.offered = false;
        agent.released();
        agent.cancelledCdr(ev, Events.cdrSource(a2), Events.cdrCallerId(a2));
        agent = null;
        member = null;
        agentChannelName = null;
    }

    private void cdrCustomerHandset() {
        ev.cdr(c2, "", "\"\" <>", num, "customers", "", "Hangup", "16");
    }

    /** D: customer hangs up while talking (capture 01), AgentComplete Reason=caller. */
    private void callerHangup() {
        Channel a1 = agent.one;
        Channel a2 = agent.two;
        long talk = talkSecs();
        ev.newexten(c2, 4, "Hangup", "16");
        ev.softHangupRequest(c2, 16);
        ev.hangupRequest(c1, 16);
        ev.hangup(c2, 16);
        ev.agentComplete(c1, a1, member, holdSecs(), talk, "caller");
        cdrCustomerHandset();
        ev.deviceStateChange(customerDevice(), "NOT_INUSE");
        ev.varSet(c1, "BRIDGEPEER", "");
        ev.varSet(a1, "BRIDGEPEER", "");
        ev.bridgeLeave(bridgeId, 1, c1);
        ev.cdr(c1, num, Events.cdrCallerId(c1), queueName, "inbound", a1.name, "Queue", queueName + ",t,,,300");
        answeredTimeVars(c1);
        ev.softHangupRequest(c1, 16);
        ev.hangup(c1, 16);
        ev.bridgeLeave(bridgeId, 0, a1);
        ev.hangupRequest(a2, 16);
        ev.hangup(a1, 16);
        ev.bridgeDestroy(bridgeId);
        ev.softHangupRequest(a2, 16);
        agent.beforeHangup();
        ev.hangup(a2, 16);
        memberDone(talk);
        agent.released();
        agent.cdr(ev, num, Events.cdrCallerId(a2), "Wait", "3600");
        ev.deviceStateChange(customerDevice(), "NOT_INUSE");
        finish("completed");
    }

    /** D': agent hangs up after the talk time (capture 06), AgentComplete Reason=agent. */
    private void hangupByAgent() {
        Channel a1 = agent.one;
        Channel a2 = agent.two;
        long talk = talkSecs();
        agent.dialplanHangup();
        ev.softHangupRequest(a2, 16);
        agent.beforeHangup();
        ev.hangupRequest(a1, 16);
        agent.cdr(ev, num, Events.cdrCallerId(a2), "Hangup", "16");
        ev.hangup(a2, 16);
        ev.agentComplete(c1, a1, member, holdSecs(), talk, "agent");
        ev.varSet(a1, "BRIDGEPEER", "");
        ev.varSet(c1, "BRIDGEPEER", "");
        ev.bridgeLeave(bridgeId, 1, a1);
        ev.hangup(a1, 16);
        ev.bridgeLeave(bridgeId, 0, c1);
        ev.bridgeDestroy(bridgeId);
        memberDone(talk);
        agent.released();
        answeredTimeVars(c1);
        ev.softHangupRequest(c1, 16);
        ev.hangupRequest(c2, 16);
        ev.softHangupRequest(c2, 16);
        cdrCustomerHandset();
        ev.hangup(c2, 16);
        ev.hangup(c1, 16);
        ev.cdr(c1, num, Events.cdrCallerId(c1), queueName, "inbound", a1.name, "Queue", queueName + ",t,,,300");
        ev.deviceStateChange(customerDevice(), "NOT_INUSE");
        finish("completed");
    }

    private void answeredTimeVars(Channel c) {
        long now = System.currentTimeMillis();
        ev.varSet(c, "ANSWEREDTIME", Long.toString((now - connectedMillis) / 1000));
        ev.varSet(c, "ANSWEREDTIME_MS", Long.toString(now - connectedMillis));
        ev.varSet(c, "DIALEDTIME", Long.toString((now - startMillis) / 1000));
        ev.varSet(c, "DIALEDTIME_MS", Long.toString(now - startMillis));
    }

    private long holdSecs() {
        return (connectedMillis - joinedMillis) / 1000;
    }

    private long talkSecs() {
        return (System.currentTimeMillis() - connectedMillis) / 1000;
    }

    private void memberDone(long talk) {
        member.inCall = false;
        member.callsTaken++;
        member.lastCall = System.currentTimeMillis() / 1000;
        queue.completed++;
        queue.totalHoldSecs += holdSecs();
        queue.totalTalkSecs += talk;
    }

    private void finish(String outcome) {
        if (pendingAgentComplete != null) {
            pendingAgentComplete.run();
            pendingAgentComplete = null;
        }
        phase = Phase.ENDED;
        agentChannelName = null;
        if (patienceTimer != null) {
            patienceTimer.cancel(false);
        }
        if (talkTimer != null) {
            talkTimer.cancel(false);
        }
        engine.ended(this);
        offered.complete(null);
        connected.complete(null);
        ended.complete(outcome);
    }

    /** Restart: the call vanishes without events. */
    @Override
    public void abortSilently() {
        phase = Phase.ENDED;
        offered.complete(null);
        connected.complete(null);
        ended.complete("aborted");
    }

    // ---- AMI Hangup / Redirect -----------------------------------------------------------------------------

    @Override
    public void hangupChannel(Channel ch) {
        boolean agentLeg = agent != null && (ch == agent.one || ch == agent.two);
        if (agentLeg && phase == Phase.CONNECTED) {
            hangupByAgent();
        } else if (agentLeg && phase == Phase.RINGING) {
            ringNoAnswer(); // agent rejected: app_queue treats it as ring-no-answer and moves on
        } else if (ch == c1 || ch == c2) {
            hangupByCustomer();
        }
    }

    /**
     * Redirect of the customer's channel into another queue. A connected agent loses the call at once, but its
     * AgentComplete only comes when the whole call ends, with Reason=caller and no DestChannel
     * (connector/README.md, AMI-2).
     */
    @Override
    public boolean redirect(Channel ch, String context, String exten) {
        if (ch != c1 || !pbx.queues.containsKey(exten) || phase == Phase.ENDED) {
            return false;
        }
        if (phase == Phase.RINGING) {
            ev.dialEnd(c1, agent.one, "CANCEL");
        }
        if (phase == Phase.WAITING || phase == Phase.RINGING || phase == Phase.RETRY) {
            ev.musicOnHoldStop(c1);
            int pos = queue.waiting.indexOf(this) + 1;
            leaveQueue();
            ev.queueCallerLeave(c1, queueName, pos, queue.waiting.size());
            if (phase == Phase.RINGING) {
                releaseUnansweredAgent();
            }
        } else if (phase == Phase.CONNECTED) {
            Channel a1 = agent.one;
            Channel a2 = agent.two;
            MemberState m = member;
            long hold = holdSecs();
            long connectedAt = connectedMillis;
            ev.bridgeLeave(bridgeId, 1, c1);
            ev.bridgeLeave(bridgeId, 0, a1);
            ev.bridgeDestroy(bridgeId);
            ev.hangupRequest(a2, 16);
            ev.hangup(a1, 16);
            ev.softHangupRequest(a2, 16);
            agent.beforeHangup();
            ev.hangup(a2, 16);
            m.inCall = false;
            agent.released();
            if (talkTimer != null) {
                talkTimer.cancel(false);
            }
            pendingAgentComplete = () -> ev.agentComplete(c1, null, m, hold,
                    (System.currentTimeMillis() - connectedAt) / 1000, "caller");
            agent = null;
            member = null;
            agentChannelName = null;
        }
        queueName = exten;
        c1.at(context, exten, 1);
        ev.newexten(c1, 1, "NoOp", "Inbound call to " + exten + " hotline");
        join();
        return true;
    }

    // ---- InboundCall ---------------------------------------------------------------------------------------

    @Override
    public String awaitOffered(Duration timeout) {
        return await(offered, timeout, "offered to a member");
    }

    @Override
    public String awaitConnected(Duration timeout) {
        return await(connected, timeout, "connected to an agent");
    }

    @Override
    public String awaitEnded(Duration timeout) {
        return await(ended, timeout, "ended");
    }

    private String await(CompletableFuture<String> f, Duration timeout, String what) {
        try {
            String v = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (v == null) {
                throw new IllegalStateException("call " + describe() + " ended before it was " + what);
            }
            return v;
        } catch (TimeoutException e) {
            throw new IllegalStateException("call " + describe() + " not " + what + " within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void customerHangsUp() {
        pbx.run(() -> {
            if (phase != Phase.ENDED) {
                hangupByCustomer();
            }
        });
    }

    @Override
    public void agentHangsUp() {
        pbx.run(() -> {
            if (phase == Phase.CONNECTED) {
                hangupByAgent();
            }
        });
    }

    /** Completes with the outcome when the call is over. */
    public CompletableFuture<String> endedFuture() {
        return ended;
    }

    @Override
    public boolean isEnded() {
        return ended.isDone();
    }

    @Override
    public boolean ended() {
        return isEnded();
    }

    @Override
    public String queue() {
        return queueName;
    }

    @Override
    public String linkedid() {
        return c1 == null ? null : c1.linkedid;
    }

    @Override
    public String customerChannel() {
        return c1 == null ? null : c1.name;
    }

    @Override
    public String agentChannel() {
        return agentChannelName;
    }

    @Override
    public Channel channel() {
        return c1;
    }

    @Override
    public long joinedMillis() {
        return joinedMillis;
    }

    @Override
    public String describe() {
        return num + (name.isEmpty() ? "" : " (" + name + ")") + " -> " + queueName + " [" + phase + "]";
    }
}
