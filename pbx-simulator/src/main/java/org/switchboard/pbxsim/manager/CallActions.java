package org.switchboard.pbxsim.manager;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.switchboard.pbxsim.ami.AmiMessage;
import org.switchboard.pbxsim.ami.Escaping;
import org.switchboard.pbxsim.pbx.Channel;
import org.switchboard.pbxsim.pbx.Pbx;
import org.switchboard.pbxsim.scenario.ClickToDial;
import org.switchboard.pbxsim.scenario.NailedLeg;
import org.switchboard.pbxsim.scenario.Originate;
import org.switchboard.pbxsim.scenario.QueueCall;
import org.switchboard.pbxsim.scenario.QueueEngine;
import org.switchboard.pbxsim.scenario.SimCall;

/** Originate, Hangup, Redirect and the channel listings. */
final class CallActions {
    private final Pbx pbx;
    private final QueueEngine engine;

    CallActions(QueueEngine engine) {
        this.engine = engine;
        this.pbx = engine.pbx();
    }

    /** Originate variables: each Variable header may hold several comma-separated name=value pairs. */
    static List<String[]> variables(AmiMessage action) {
        List<String[]> vars = new ArrayList<>();
        for (String header : action.getAll("Variable")) {
            for (String part : header.split(",")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    vars.add(new String[] {part.substring(0, eq).trim(), part.substring(eq + 1)});
                }
            }
        }
        return vars;
    }

    private static String var(List<String[]> vars, String name) {
        for (String[] v : vars) {
            if (v[0].equals(name)) {
                return v[1];
            }
        }
        return null;
    }

    /** Parses CallerID: "Name" <num>, Name <num>, or a bare number. Returns {num, name}. */
    static String[] parseCallerId(String cid) {
        if (cid == null || cid.isBlank()) {
            return new String[] {null, null};
        }
        String s = cid.trim();
        int lt = s.lastIndexOf('<');
        int gt = s.lastIndexOf('>');
        if (lt >= 0 && gt > lt) {
            String name = s.substring(0, lt).trim();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
            return new String[] {s.substring(lt + 1, gt).trim(), name.isEmpty() ? null : name};
        }
        return new String[] {s, null};
    }

    /**
     * Originate to a queue (Channel Local/<E164>@customers, as the recording client did), click-to-dial (Channel
     * Local/<ext>@agents, Context/Exten the number) or a nailed-up sign-in (Application ConfBridge).
     */
    void originate(ActionContext a) {
        String channel = a.get("Channel");
        if (channel == null || channel.isEmpty()) {
            a.error("Channel not specified");
            return;
        }
        int slash = channel.indexOf('/');
        if (slash <= 0) {
            a.error("Invalid channel");
            return;
        }
        String resource = channel.substring(slash + 1);
        if (resource.endsWith("/n")) {
            resource = resource.substring(0, resource.length() - 2);
        }
        int at = resource.indexOf('@');
        String chanExten = at >= 0 ? resource.substring(0, at) : resource;
        String chanContext = at >= 0 ? resource.substring(at + 1) : "agents";
        String application = a.get("Application");
        if (application != null && !application.isEmpty()) {
            originateApplication(a, application, chanExten, chanContext);
            return;
        }
        String exten = a.get("Exten");
        String context = a.get("Context", "default");
        if (exten == null || exten.isEmpty()) {
            a.error("Originate needs Context/Exten or Application");
            return;
        }
        List<String[]> vars = variables(a.action());
        boolean inbound = "customers".equals(chanContext) || pbx.queues.containsKey(exten) && "inbound".equals(context);
        if (inbound && !pbx.queues.containsKey(exten)) {
            a.error("Extension does not exist.");
            return;
        }
        a.success("Originate successfully queued");
        if (inbound) {
            String name = var(vars, "CUSTNAME");
            if (name == null) {
                name = parseCallerId(a.get("CallerID"))[1];
            }
            QueueCall call = new QueueCall(engine, exten, chanExten, name, a.get("ActionID"), vars, engine.defaults());
            call.start();
        } else {
            new ClickToDial(engine, chanExten, chanContext, context, exten, originateOf(a), engine.defaults()).start();
        }
    }

    /** Only ConfBridge is simulated: the nailed-up agent leg. Data is ConfBridge's: conference[,profiles...]. */
    private void originateApplication(ActionContext a, String application, String phone, String phoneContext) {
        if (!"ConfBridge".equalsIgnoreCase(application)) {
            a.error("Originate with Application " + application + " is not supported by the simulator");
            return;
        }
        String conference = a.get("Data", "").split(",")[0].trim();
        if (conference.isEmpty()) {
            a.error("ConfBridge needs Data: the conference name");
            return;
        }
        a.success("Originate successfully queued");
        new NailedLeg(engine, phone, phoneContext, conference, originateOf(a), engine.defaults()).start();
    }

    private static Originate originateOf(ActionContext a) {
        long timeout = 30000;
        try {
            timeout = Long.parseLong(a.get("Timeout", "30000").trim());
        } catch (NumberFormatException e) {
            // keep Asterisk's default
        }
        String[] cid = parseCallerId(a.get("CallerID"));
        return new Originate(a.get("ActionID"), variables(a.action()), cid[0], cid[1], timeout);
    }

    private List<Channel> matching(String spec) {
        List<Channel> list = new ArrayList<>();
        if (spec.length() > 2 && spec.startsWith("/") && spec.endsWith("/")) {
            try {
                Pattern p = Pattern.compile(spec.substring(1, spec.length() - 1));
                for (Channel c : pbx.channels.values()) {
                    if (p.matcher(c.name).find()) {
                        list.add(c);
                    }
                }
            } catch (PatternSyntaxException e) {
                return list;
            }
        } else {
            Channel c = pbx.findChannel(spec);
            if (c != null) {
                list.add(c);
            }
        }
        return list;
    }

    void hangup(ActionContext a) {
        String spec = a.get("Channel");
        if (spec == null || spec.isEmpty()) {
            a.error("No channel specified");
            return;
        }
        List<Channel> chans = matching(spec);
        if (chans.isEmpty()) {
            a.error("No such channel");
            return;
        }
        a.success("Channel Hungup");
        for (Channel c : chans) {
            if (!c.hungUp && c.owner instanceof SimCall call && !call.ended()) {
                call.hangupChannel(c);
            }
        }
    }

    void redirect(ActionContext a) {
        String name = a.get("Channel");
        if (name == null || name.isEmpty()) {
            a.error("Channel not specified");
            return;
        }
        Channel c = pbx.findChannel(name);
        if (c == null) {
            a.error("Channel does not exist: " + name);
            return;
        }
        String exten = a.get("Exten", "");
        if (c.owner instanceof SimCall call && call.redirect(c, a.get("Context", c.context), exten)) {
            // Asterisk answers after the channel is moved; the events are already queued before this response
            a.success("Redirect successful");
        } else {
            a.error("Redirect failed");
        }
    }

    void coreShowChannels(ActionContext a) {
        a.respond(Responses.listStart(a.action(), "Channels will follow"));
        long now = System.currentTimeMillis();
        int n = 0;
        for (Channel c : pbx.channels.values()) {
            AmiMessage e = Responses.listEvent("CoreShowChannel");
            Responses.actionId(e, a.action());
            org.switchboard.pbxsim.pbx.Events.channel(e, "", c);
            long secs = (now - c.createdMillis) / 1000;
            e.add("Application", c.application).add("ApplicationData", c.applicationData)
                    .add("Duration", String.format("%02d:%02d:%02d", secs / 3600, secs / 60 % 60, secs % 60))
                    .add("BridgeId", c.bridgeId);
            a.listEvent(e);
            n++;
        }
        a.listEvent(Responses.listComplete(a.action(), "CoreShowChannelsComplete", n));
    }

    void status(ActionContext a) {
        a.respond(Responses.listStart(a.action(), "Channel status will follow"));
        long now = System.currentTimeMillis();
        int n = 0;
        for (Channel c : pbx.channels.values()) {
            AmiMessage e = new AmiMessage().add("Event", "Status").add("Privilege", "Call");
            org.switchboard.pbxsim.pbx.Events.channel(e, "", c);
            String tech = c.name.substring(0, c.name.indexOf('/')); // Local, or CBAnn for a conference's announcer
            e.add("Type", tech).add("DNID", "").add("EffectiveConnectedLineNum", c.connectedNum)
                    .add("EffectiveConnectedLineName", Escaping.escapeName(c.connectedName))
                    .add("TimeToHangup", 0).add("BridgeID", c.bridgeId).add("Application", c.application)
                    .add("Data", c.applicationData).add("Nativeformats", "(slin)").add("Readformat", "slin")
                    .add("Readtrans", "").add("Writeformat", "slin").add("Writetrans", "").add("Callgroup", 0)
                    .add("Pickupgroup", 0).add("Seconds", (now - c.createdMillis) / 1000);
            Responses.actionId(e, a.action());
            a.listEvent(e);
            n++;
        }
        a.listEvent(Responses.listComplete(a.action(), "StatusComplete", n).add("Items", n));
    }
}
