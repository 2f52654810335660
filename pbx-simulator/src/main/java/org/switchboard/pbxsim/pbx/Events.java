package org.switchboard.pbxsim.pbx;

import static org.switchboard.pbxsim.ami.Escaping.escapeName;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.switchboard.pbxsim.ami.AmiMessage;

/**
 * Builds and publishes events with the field names and order of Asterisk 22 (see the captures). Methods marked
 * "noise" are the dialplan-class and device-state events that are only sent when dialplan noise is on.
 */
public final class Events {
    private static final DateTimeFormatter CDR_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final Pbx pbx;

    Events(Pbx pbx) {
        this.pbx = pbx;
    }

    /** Epoch seconds with microseconds, as timestampevents=yes writes it. */
    public static String timestamp() {
        Instant now = Instant.now();
        long micros = now.getNano() / 1000;
        StringBuilder sb = new StringBuilder(18).append(now.getEpochSecond()).append('.');
        String m = Long.toString(micros);
        for (int i = m.length(); i < 6; i++) {
            sb.append('0');
        }
        return sb.append(m).toString();
    }

    public static AmiMessage event(String name, String privilege) {
        return new AmiMessage().add("Event", name).add("Privilege", privilege).add("Timestamp", timestamp());
    }

    /** The standard channel snapshot block, optionally prefixed (Dest, LocalOne, LocalTwo). */
    public static AmiMessage channel(AmiMessage m, String p, Channel c) {
        return m.add(p + "Channel", c.name)
                .add(p + "ChannelState", c.state)
                .add(p + "ChannelStateDesc", Channel.stateDesc(c.state))
                .add(p + "CallerIDNum", c.callerIdNum)
                .add(p + "CallerIDName", escapeName(c.callerIdName))
                .add(p + "ConnectedLineNum", c.connectedNum)
                .add(p + "ConnectedLineName", escapeName(c.connectedName))
                .add(p + "Language", "en")
                .add(p + "AccountCode", "")
                .add(p + "Context", c.context)
                .add(p + "Exten", c.exten)
                .add(p + "Priority", c.priority)
                .add(p + "Uniqueid", c.uniqueid)
                .add(p + "Linkedid", c.linkedid);
    }

    private void emit(AmiMessage m) {
        pbx.publish(m.toBytes());
    }

    private AmiMessage chanEvent(String name, String priv, Channel c) {
        return channel(event(name, priv), "", c);
    }

    // ---- channel lifecycle -----------------------------------------------------------------------------------

    public void newchannel(Channel c) {
        emit(chanEvent("Newchannel", "call,all", c));
    }

    public void newstate(Channel c, int state) {
        c.state = state;
        if (state == 6 && c.answeredMillis == 0) {
            c.answeredMillis = System.currentTimeMillis();
        }
        emit(chanEvent("Newstate", "call,all", c));
    }

    public void newCallerid(Channel c) {
        emit(chanEvent("NewCallerid", "call,all", c).add("CID-CallingPres", "0 (Presentation Allowed, Not Screened)"));
    }

    public void newConnectedLine(Channel c) {
        emit(chanEvent("NewConnectedLine", "call,all", c));
    }

    public void localBridge(Channel one, Channel two, boolean optimize) {
        AmiMessage m = event("LocalBridge", "call,all");
        channel(m, "LocalOne", one);
        channel(m, "LocalTwo", two);
        emit(m.add("Context", one.context).add("Exten", one.exten).add("LocalOptimization", optimize ? "Yes" : "No"));
    }

    public void softHangupRequest(Channel c, int cause) {
        emit(chanEvent("SoftHangupRequest", "call,all", c).add("Cause", cause));
    }

    public void hangupRequest(Channel c, int cause) {
        emit(chanEvent("HangupRequest", "call,all", c).add("Cause", cause));
    }

    /** Hangup; also removes the channel from the PBX. Cause 16 Normal Clearing, 0 Unknown (cancelled agent leg). */
    public void hangup(Channel c, int cause) {
        if (c.hungUp) {
            return;
        }
        emit(chanEvent("Hangup", "call,all", c).add("Cause", cause)
                .add("Cause-txt", cause == 16 ? "Normal Clearing" : cause == 17 ? "User busy" : "Unknown"));
        pbx.removeChannel(c);
    }

    // ---- dialplan noise --------------------------------------------------------------------------------------

    /** noise: Newexten; also moves the channel to that priority and application, which other events reveal. */
    public void newexten(Channel c, int priority, String app, String data) {
        c.priority = priority;
        c.app(app, data);
        if (pbx.noise()) {
            emit(chanEvent("Newexten", "dialplan,all", c).add("Extension", c.exten).add("Application", app)
                    .add("AppData", data));
        }
    }

    /** noise */
    public void varSet(Channel c, String variable, String value) {
        if (pbx.noise()) {
            emit(chanEvent("VarSet", "dialplan,all", c).add("Variable", variable).add("Value", value));
        }
    }

    /** noise */
    public void deviceStateChange(String device, String state) {
        if (pbx.noise()) {
            emit(event("DeviceStateChange", "call,all").add("Device", device).add("State", state));
        }
    }

    /** noise */
    public void hangupHandler(String event, Channel c, String handler) {
        if (pbx.noise()) {
            emit(chanEvent(event, "dialplan,all", c).add("Handler", handler));
        }
    }

    // ---- dialing ---------------------------------------------------------------------------------------------

    private AmiMessage twoChannel(String name, String priv, Channel src, Channel dst) {
        AmiMessage m = event(name, priv);
        if (src != null) {
            channel(m, "", src); // Originate legs have no caller channel (connector/README.md, AMI-4)
        }
        return channel(m, "Dest", dst);
    }

    public void dialBegin(Channel src, Channel dst, String dialString) {
        emit(twoChannel("DialBegin", "call,all", src, dst).add("DialString", dialString));
    }

    public void dialState(Channel src, Channel dst, String status) {
        emit(twoChannel("DialState", "call,all", src, dst).add("DialStatus", status));
    }

    public void dialEnd(Channel src, Channel dst, String status) {
        emit(twoChannel("DialEnd", "call,all", src, dst).add("DialStatus", status));
    }

    public void originateResponse(String actionId, boolean success, Channel c, String context, String exten,
            int reason) {
        AmiMessage m = event("OriginateResponse", "call,all");
        if (actionId != null) {
            m.add("ActionID", actionId);
        }
        emit(m.add("Response", success ? "Success" : "Failure").add("Channel", c.name).add("Context", context)
                .add("Exten", exten).add("Reason", reason).add("Uniqueid", success ? c.uniqueid : "<null>")
                .add("CallerIDNum", c.callerIdNum).add("CallerIDName", escapeName(c.callerIdName)));
    }

    // ---- bridges and music -----------------------------------------------------------------------------------

    private static AmiMessage bridge(AmiMessage m, Bridge b, int num) {
        return m.add("BridgeUniqueid", b.id()).add("BridgeType", b.type()).add("BridgeTechnology", b.technology())
                .add("BridgeCreator", b.creator()).add("BridgeName", b.name())
                .add("BridgeNumChannels", num).add("BridgeVideoSourceMode", "none");
    }

    public void bridgeCreate(String id) {
        bridgeCreate(Bridge.basic(id));
    }

    public void bridgeCreate(Bridge b) {
        emit(bridge(event("BridgeCreate", "call,all"), b, 0));
    }

    public void bridgeDestroy(String id) {
        bridgeDestroy(Bridge.basic(id));
    }

    public void bridgeDestroy(Bridge b) {
        emit(bridge(event("BridgeDestroy", "call,all"), b, 0));
    }

    public void bridgeEnter(String id, int num, Channel c) {
        bridgeEnter(Bridge.basic(id), num, c);
    }

    public void bridgeEnter(Bridge b, int num, Channel c) {
        c.bridgeId = b.id();
        emit(channel(bridge(event("BridgeEnter", "call,all"), b, num), "", c));
    }

    public void bridgeLeave(String id, int num, Channel c) {
        bridgeLeave(Bridge.basic(id), num, c);
    }

    public void bridgeLeave(Bridge b, int num, Channel c) {
        c.bridgeId = "";
        emit(channel(bridge(event("BridgeLeave", "call,all"), b, num), "", c));
    }

    public void musicOnHoldStart(Channel c) {
        emit(chanEvent("MusicOnHoldStart", "call,all", c).add("Class", "default"));
    }

    public void musicOnHoldStop(Channel c) {
        emit(chanEvent("MusicOnHoldStop", "call,all", c));
    }

    // ---- confbridge (app_confbridge: Conference first, then the bridge, then the channel snapshot) -----------

    private static AmiMessage conference(String name, Bridge b, int num) {
        return bridge(event(name, "call,all").add("Conference", b.name()), b, num);
    }

    public void confbridgeStart(Bridge b, int num) {
        emit(conference("ConfbridgeStart", b, num));
    }

    public void confbridgeEnd(Bridge b, int num) {
        emit(conference("ConfbridgeEnd", b, num));
    }

    /** Users join neither as admin nor muted (the default user profile). */
    public void confbridgeJoin(Bridge b, int num, Channel c) {
        emit(channel(conference("ConfbridgeJoin", b, num), "", c).add("Admin", "No").add("Muted", "No"));
    }

    public void confbridgeLeave(Bridge b, int num, Channel c) {
        emit(channel(conference("ConfbridgeLeave", b, num), "", c).add("Admin", "No"));
    }

    // ---- queue -----------------------------------------------------------------------------------------------

    public void queueCallerJoin(Channel c, String queue, int position, int count) {
        emit(chanEvent("QueueCallerJoin", "agent,all", c).add("Queue", queue).add("Position", position)
                .add("Count", count));
    }

    public void queueCallerLeave(Channel c, String queue, int position, int count) {
        emit(chanEvent("QueueCallerLeave", "agent,all", c).add("Queue", queue).add("Position", position)
                .add("Count", count));
    }

    public void queueCallerAbandon(Channel c, String queue, int position, int original, long holdSecs) {
        emit(chanEvent("QueueCallerAbandon", "agent,all", c).add("Queue", queue).add("Position", position)
                .add("OriginalPosition", original).add("HoldTime", holdSecs));
    }

    private AmiMessage agentEvent(String name, Channel caller, Channel agent, MemberState m) {
        AmiMessage e = event(name, "agent,all");
        channel(e, "", caller);
        if (agent != null) {
            channel(e, "Dest", agent);
        }
        return e.add("Queue", m.queue).add("Interface", m.iface).add("MemberName", m.name);
    }

    public void agentCalled(Channel caller, Channel agent, MemberState m) {
        emit(agentEvent("AgentCalled", caller, agent, m));
    }

    public void agentConnect(Channel caller, Channel agent, MemberState m, long holdSecs, long ringSecs) {
        emit(agentEvent("AgentConnect", caller, agent, m).add("HoldTime", holdSecs).add("RingTime", ringSecs));
    }

    public void agentComplete(Channel caller, Channel agent, MemberState m, long holdSecs, long talkSecs,
            String reason) {
        emit(agentEvent("AgentComplete", caller, agent, m).add("HoldTime", holdSecs).add("TalkTime", talkSecs)
                .add("Reason", reason));
    }

    public void agentRingNoAnswer(Channel caller, Channel agent, MemberState m, long ringMillis) {
        emit(agentEvent("AgentRingNoAnswer", caller, agent, m).add("RingTime", ringMillis));
    }

    /** Full member record, shared by QueueMemberAdded/Removed/Pause/Penalty/Status. */
    public AmiMessage memberRecord(AmiMessage e, MemberState m) {
        return e.add("Queue", m.queue).add("MemberName", m.name).add("Interface", m.iface)
                .add("StateInterface", m.stateInterface).add("Membership", "dynamic").add("Penalty", m.penalty)
                .add("CallsTaken", m.callsTaken).add("LastCall", m.lastCall).add("LastPause", m.lastPause)
                .add("LoginTime", m.loginTime).add("InCall", m.inCall ? 1 : 0).add("Status", pbx.memberStatus(m))
                .add("Paused", m.paused ? 1 : 0).add("PausedReason", m.pausedReason).add("Ringinuse", 0)
                .add("Wrapuptime", 0);
    }

    public void queueMemberEvent(String name, MemberState m) {
        emit(memberRecord(event(name, "agent,all"), m));
    }

    // ---- cdr -------------------------------------------------------------------------------------------------

    /** Cdr event (class cdr); field UniqueID is spelled that way in Asterisk. */
    public void cdr(Channel c, String source, String callerId, String destination, String destContext,
            String destChannel, String lastApp, String lastData) {
        cdr(c, source, callerId, destination, destContext, destChannel, lastApp, lastData, null);
    }

    /**
     * Cdr event with the disposition Asterisk gives when it is not the channel's own answer state: a caller who
     * abandons while the queue dials an agent is NO ANSWER although the trunk leg was answered, and the agent's
     * cancelled ;2 is FAILED (capture 11). {@code null}: ANSWERED if the channel was answered, else NO ANSWER.
     */
    public void cdr(Channel c, String source, String callerId, String destination, String destContext,
            String destChannel, String lastApp, String lastData, String disposition) {
        long end = System.currentTimeMillis();
        long answered = c.answeredMillis == 0 ? 0 : c.answeredMillis;
        AmiMessage m = event("Cdr", "cdr,all").add("AccountCode", "").add("Source", source)
                .add("Destination", destination).add("DestinationContext", destContext).add("CallerID", callerId)
                .add("Channel", c.name).add("DestinationChannel", destChannel).add("LastApplication", lastApp)
                .add("LastData", lastData).add("StartTime", cdrTime(c.createdMillis))
                .add("AnswerTime", answered == 0 ? "" : cdrTime(answered)).add("EndTime", cdrTime(end))
                .add("Duration", (end - c.createdMillis) / 1000)
                .add("BillableSeconds", answered == 0 ? 0 : (end - answered) / 1000)
                .add("Disposition", disposition != null ? disposition : answered == 0 ? "NO ANSWER" : "ANSWERED")
                .add("AMAFlags", "DOCUMENTATION")
                .add("UniqueID", c.uniqueid).add("UserField", "");
        emit(m);
    }

    private static String cdrTime(long millis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneId.systemDefault()).format(CDR_TIME);
    }

    /** CDR CallerID field: "name" <num>, with empty parts when unknown. */
    public static String cdrCallerId(Channel c) {
        String name = Channel.UNKNOWN.equals(c.callerIdName) ? "" : c.callerIdName;
        String num = Channel.UNKNOWN.equals(c.callerIdNum) ? "" : c.callerIdNum;
        return "\"" + name + "\" <" + num + ">";
    }

    public static String cdrSource(Channel c) {
        return Channel.UNKNOWN.equals(c.callerIdNum) ? "" : c.callerIdNum;
    }
}
