package org.switchboard.pbxsim.manager;

import java.util.List;
import java.util.Locale;
import org.switchboard.pbxsim.ami.AmiMessage;
import org.switchboard.pbxsim.pbx.DeviceState;
import org.switchboard.pbxsim.pbx.MemberState;
import org.switchboard.pbxsim.pbx.Pbx;
import org.switchboard.pbxsim.pbx.QueueState;

/** app_queue's manager actions, with the exact response texts of Asterisk 22. */
final class QueueActions {
    private final Pbx pbx;

    QueueActions(Pbx pbx) {
        this.pbx = pbx;
    }

    static boolean truthy(String s) {
        if (s == null) {
            return false;
        }
        String v = s.trim().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("yes") || v.equals("1") || v.equals("on") || v.equals("y")
                || v.equals("t");
    }

    private static int parseInt(String s, int fallback) {
        try {
            return s == null || s.isBlank() ? fallback : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    void queueAdd(ActionContext a) {
        String queueName = a.get("Queue");
        String iface = a.get("Interface");
        if (queueName == null || queueName.isEmpty()) {
            a.error("'Queue' not specified.");
            return;
        }
        if (iface == null || iface.isEmpty()) {
            a.error("'Interface' not specified.");
            return;
        }
        String err = pbx.addMember(queueName, iface, a.get("MemberName"), a.get("StateInterface"),
                parseInt(a.get("Penalty"), 0), truthy(a.get("Paused")), a.get("Reason", ""));
        if (err != null) {
            a.error(err);
            return;
        }
        a.success("Added interface to queue");
        pbx.memberAdded(queueName, iface);
    }

    void queueRemove(ActionContext a) {
        String queueName = a.get("Queue");
        String iface = a.get("Interface");
        if (queueName == null || queueName.isEmpty() || iface == null || iface.isEmpty()) {
            a.error("Need 'Queue' and 'Interface' parameters.");
            return;
        }
        String err = pbx.removeMember(queueName, iface, () -> a.success("Removed interface from queue"));
        if (err != null) {
            a.error(err);
        }
    }

    void queuePause(ActionContext a) {
        String iface = a.get("Interface");
        String pausedS = a.get("Paused");
        if (iface == null || iface.isEmpty() || pausedS == null || pausedS.isEmpty()) {
            a.error("Need 'Interface' and 'Paused' parameters.");
            return;
        }
        boolean paused = truthy(pausedS);
        List<MemberState> targets = targets(a.get("Queue"), iface);
        if (targets.isEmpty()) {
            a.error("Interface not found");
            return;
        }
        a.success(paused ? "Interface paused successfully" : "Interface unpaused successfully");
        String reason = a.get("Reason", "");
        long now = System.currentTimeMillis() / 1000;
        for (MemberState m : targets) {
            m.paused = paused;
            m.pausedReason = paused ? reason : "";
            if (paused) {
                m.lastPause = now;
            }
            pbx.ev.deviceStateChange("Queue:" + m.queue + "_pause_" + m.iface, paused ? "INUSE" : "NOT_INUSE");
            pbx.availHint(pbx.queues.get(m.queue));
            pbx.ev.queueMemberEvent("QueueMemberPause", m);
        }
        if (!paused) {
            pbx.distribute();
        }
    }

    void queuePenalty(ActionContext a) {
        String iface = a.get("Interface");
        String penaltyS = a.get("Penalty");
        if (iface == null || iface.isEmpty()) {
            a.error("'Interface' not specified.");
            return;
        }
        if (penaltyS == null || penaltyS.isEmpty()) {
            a.error("'Penalty' not specified.");
            return;
        }
        int penalty = parseInt(penaltyS, -1);
        List<MemberState> targets = targets(a.get("Queue"), iface);
        if (penalty < 0 || targets.isEmpty()) {
            a.error("Invalid interface, queuename or penalty");
            return;
        }
        a.success("Interface penalty set successfully");
        for (MemberState m : targets) {
            m.penalty = penalty;
            pbx.ev.queueMemberEvent("QueueMemberPenalty", m);
        }
    }

    /** Members matching an interface in one queue, or in all queues when Queue is absent. */
    private List<MemberState> targets(String queueName, String iface) {
        if (queueName == null || queueName.isEmpty()) {
            return pbx.membersByInterface(iface);
        }
        QueueState q = pbx.queues.get(queueName);
        MemberState m = q == null ? null : q.members.get(iface);
        return m == null ? List.of() : List.of(m);
    }

    void queueStatus(ActionContext a) {
        String queueFilter = a.get("Queue");
        String memberFilter = a.get("Member");
        a.respond(Responses.listStart(a.action(), "Queue status will follow"));
        int items = 0;
        long now = System.currentTimeMillis();
        for (QueueState q : pbx.queues.values()) {
            if (queueFilter != null && !queueFilter.isEmpty() && !q.name.equals(queueFilter)) {
                continue;
            }
            AmiMessage params = Responses.listEvent("QueueParams").add("Queue", q.name).add("Max", 0)
                    .add("Strategy", q.strategy).add("Calls", q.waiting.size()).add("Holdtime", q.holdtime())
                    .add("TalkTime", q.talktime()).add("Completed", q.completed).add("Abandoned", q.abandoned)
                    .add("ServiceLevel", 20).add("ServicelevelPerf", q.serviceLevelPerf())
                    .add("ServicelevelPerf2", q.serviceLevelPerf()).add("Weight", 0);
            Responses.actionId(params, a.action());
            a.listEvent(params);
            items++;
            for (MemberState m : q.members.values()) {
                if (memberFilter != null && !memberFilter.isEmpty() && !memberFilter.equals(m.name)
                        && !memberFilter.equals(m.iface)) {
                    continue;
                }
                AmiMessage e = Responses.listEvent("QueueMember").add("Queue", q.name).add("Name", m.name)
                        .add("Location", m.iface).add("StateInterface", m.stateInterface)
                        .add("Membership", "dynamic").add("Penalty", m.penalty).add("CallsTaken", m.callsTaken)
                        .add("LastCall", m.lastCall).add("LastPause", m.lastPause).add("LoginTime", m.loginTime)
                        .add("InCall", m.inCall ? 1 : 0).add("Status", pbx.memberStatus(m))
                        .add("Paused", m.paused ? 1 : 0).add("PausedReason", m.pausedReason)
                        .add("Wrapuptime", 0);
                Responses.actionId(e, a.action());
                a.listEvent(e);
                items++;
            }
            if (memberFilter == null || memberFilter.isEmpty()) {
                int pos = 1;
                for (QueueState.Waiting w : q.waiting) {
                    var c = w.channel();
                    AmiMessage e = Responses.listEvent("QueueEntry").add("Queue", q.name).add("Position", pos++)
                            .add("Channel", c.name).add("Uniqueid", c.uniqueid).add("CallerIDNum", c.callerIdNum)
                            .add("CallerIDName", org.switchboard.pbxsim.ami.Escaping.escapeName(c.callerIdName))
                            .add("ConnectedLineNum", "unknown").add("ConnectedLineName", "unknown")
                            .add("Wait", (now - w.joinedMillis()) / 1000).add("Priority", 0);
                    Responses.actionId(e, a.action());
                    a.listEvent(e);
                    items++;
                }
            }
        }
        a.listEvent(Responses.listComplete(a.action(), "QueueStatusComplete", items));
    }

    void queueSummary(ActionContext a) {
        String queueFilter = a.get("Queue");
        a.respond(Responses.listStart(a.action(), "Queue summary will follow"));
        int items = 0;
        long now = System.currentTimeMillis();
        for (QueueState q : pbx.queues.values()) {
            if (queueFilter != null && !queueFilter.isEmpty() && !q.name.equals(queueFilter)) {
                continue;
            }
            int available = 0;
            for (MemberState m : q.members.values()) {
                if (!m.paused && pbx.deviceState(m.stateInterface) == DeviceState.NOT_INUSE) {
                    available++;
                }
            }
            long longest = q.waiting.isEmpty() ? 0 : (now - q.waiting.get(0).joinedMillis()) / 1000;
            AmiMessage e = Responses.listEvent("QueueSummary").add("Queue", q.name)
                    .add("LoggedIn", q.members.size()).add("Available", available).add("Callers", q.waiting.size())
                    .add("HoldTime", q.holdtime()).add("TalkTime", q.talktime()).add("LongestHoldTime", longest);
            Responses.actionId(e, a.action());
            a.listEvent(e);
            items++;
        }
        a.listEvent(Responses.listComplete(a.action(), "QueueSummaryComplete", items));
    }
}
