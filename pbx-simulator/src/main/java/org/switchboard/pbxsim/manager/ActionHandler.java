package org.switchboard.pbxsim.manager;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.switchboard.pbxsim.ami.ActionListener;
import org.switchboard.pbxsim.ami.AmiMessage;
import org.switchboard.pbxsim.ami.AmiSession;
import org.switchboard.pbxsim.pbx.DeviceState;
import org.switchboard.pbxsim.pbx.Events;
import org.switchboard.pbxsim.pbx.Pbx;
import org.switchboard.pbxsim.scenario.QueueEngine;

/**
 * Dispatches client actions. Everything runs on the PBX thread so a response and the events it causes keep the
 * order seen in the captures (e.g. QueueAdd response, then QueueMemberAdded).
 */
public final class ActionHandler implements ActionListener {
    private static final DateTimeFormatter EVENT_TV =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    private final Pbx pbx;
    private final Map<String, String> credentials;
    private final Consumer<byte[]> broadcast;
    private final BiConsumer<AmiSession, AmiMessage> recorder;
    private final QueueActions queues;
    private final CallActions calls;
    private final Map<String, Consumer<ActionContext>> actions = new HashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> globals = new HashMap<>();

    public ActionHandler(Pbx pbx, QueueEngine engine, Map<String, String> credentials, Consumer<byte[]> broadcast,
            BiConsumer<AmiSession, AmiMessage> recorder) {
        this.pbx = pbx;
        this.credentials = Map.copyOf(credentials);
        this.broadcast = broadcast;
        this.recorder = recorder;
        this.queues = new QueueActions(pbx);
        this.calls = new CallActions(engine);
        globals.put("COMPANY_DID", engine.companyDid());
        register();
    }

    private void register() {
        actions.put("ping", this::ping);
        actions.put("logoff", this::logoff);
        actions.put("events", this::events);
        actions.put("coresettings", this::coreSettings);
        actions.put("corestatus", this::coreStatus);
        actions.put("command", this::command);
        actions.put("getvar", this::getvar);
        actions.put("setvar", this::setvar);
        actions.put("listcommands", this::listCommands);
        actions.put("queueadd", queues::queueAdd);
        actions.put("queueremove", queues::queueRemove);
        actions.put("queuepause", queues::queuePause);
        actions.put("queuepenalty", queues::queuePenalty);
        actions.put("queuestatus", queues::queueStatus);
        actions.put("queuesummary", queues::queueSummary);
        actions.put("originate", calls::originate);
        actions.put("hangup", calls::hangup);
        actions.put("redirect", calls::redirect);
        actions.put("coreshowchannels", calls::coreShowChannels);
        actions.put("status", calls::status);
    }

    @Override
    public void onAction(AmiSession session, AmiMessage action) {
        recorder.accept(session, action);
        pbx.run(() -> handle(new ActionContext(session, action)));
    }

    private void handle(ActionContext a) {
        if (a.session().isClosed()) {
            return;
        }
        String name = a.get("Action");
        if (name == null || name.isEmpty()) {
            a.error("Missing action in request");
            return;
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals("challenge")) {
            challenge(a);
            return;
        }
        if (key.equals("login")) {
            login(a);
            return;
        }
        if (!a.session().isAuthenticated() && !key.equals("logoff")) {
            a.error("Permission denied");
            return;
        }
        Consumer<ActionContext> handler = actions.get(key);
        if (handler == null) {
            a.error("Invalid/unknown command: " + name + ". Use Action: ListCommands to show available commands.");
            broadcast.accept(securityEvent("RequestBadFormat", "Error", a.session())
                    .add("RequestType", "Action: " + name)
                    .add("SessionTV", EVENT_TV.format(Instant.now()))
                    .add("AccountID", a.session().username()).toBytes());
            return;
        }
        handler.accept(a);
    }

    // ---- authentication --------------------------------------------------------------------------------------

    private void challenge(ActionContext a) {
        if (!"md5".equalsIgnoreCase(a.get("AuthType", ""))) {
            a.error("Must specify AuthType");
            return;
        }
        if (a.session().challenge() == null) {
            a.session().setChallenge(Integer.toString(100_000_000 + random.nextInt(900_000_000)));
        }
        a.respond(Responses.response(a.action(), "Success").add("Challenge", a.session().challenge()));
    }

    private void login(ActionContext a) {
        AmiSession s = a.session();
        if (s.isAuthenticated()) {
            a.success("Already authenticated");
            return;
        }
        String user = a.get("Username", "");
        String secret = credentials.get(user);
        boolean ok = false;
        if (secret != null) {
            if ("md5".equalsIgnoreCase(a.get("AuthType", "")) && s.challenge() != null) {
                ok = Md5.hex(s.challenge() + secret).equalsIgnoreCase(a.get("Key", ""));
            } else {
                ok = secret.equals(a.get("Secret"));
            }
        }
        if (!ok) {
            a.error("Authentication failed");
            // Asterisk drops the connection about a second after a failed login (capture 00b)
            pbx.later(1000, s::close);
            return;
        }
        String events = a.get("Events");
        if (events != null && (events.equalsIgnoreCase("off") || events.equalsIgnoreCase("no"))) {
            s.setEventsOn(false);
        }
        a.success("Authentication accepted");
        s.setAuthenticated(user);
        long uptime = (System.currentTimeMillis() - pbx.startMillis) / 1000;
        s.sendEvent(new AmiMessage().add("Event", "FullyBooted").add("Privilege", "system,all")
                .add("Uptime", uptime).add("LastReload", uptime).add("Status", "Fully Booted"));
        broadcast.accept(securityEvent("SuccessfulAuth", "Informational", s).add("UsingPassword", 0)
                .add("SessionTV", EVENT_TV.format(Instant.now())).toBytes());
    }

    private static AmiMessage securityEvent(String name, String severity, AmiSession s) {
        AmiMessage m = Events.event(name, "security,all").add("EventTV", EVENT_TV.format(Instant.now()))
                .add("Severity", severity).add("Service", "AMI").add("EventVersion", 1);
        if ("SuccessfulAuth".equals(name)) {
            m.add("AccountID", s.username());
        }
        return m.add("SessionID", s.sessionId()).add("LocalAddress", s.localAddress())
                .add("RemoteAddress", s.remoteAddress());
    }

    // ---- housekeeping actions --------------------------------------------------------------------------------

    private void ping(ActionContext a) {
        a.respond(Responses.response(a.action(), "Success").add("Ping", "Pong").add("Timestamp", Events.timestamp()));
    }

    private void logoff(ActionContext a) {
        a.respond(Responses.response(a.action(), "Goodbye").add("Message", "Thanks for all the fish."));
        a.session().close();
    }

    private void events(ActionContext a) {
        String mask = a.get("EventMask", "on").trim();
        boolean on = !(mask.equalsIgnoreCase("off") || mask.equalsIgnoreCase("no") || mask.equalsIgnoreCase("false"));
        a.session().setEventsOn(on);
        a.respond(Responses.response(a.action(), "Success").add("Events", on ? "On" : "Off"));
    }

    private void coreSettings(ActionContext a) {
        a.respond(Responses.response(a.action(), "Success").add("AMIversion", "11.0.0")
                .add("AsteriskVersion", "22.10.1").add("SystemName", "").add("CoreMaxCalls", 0)
                .add("CoreMaxLoadAvg", "0.000000").add("CoreRunUser", "").add("CoreRunGroup", "")
                .add("CoreMaxFilehandles", 8192).add("CoreRealTimeEnabled", "No").add("CoreCDRenabled", "Yes")
                .add("CoreHTTPenabled", "No").add("SoundsSearchCustomDir", "No"));
    }

    private void coreStatus(ActionContext a) {
        Instant start = Instant.ofEpochMilli(pbx.startMillis);
        String date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC).format(start);
        String time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC).format(start);
        a.respond(Responses.response(a.action(), "Success").add("CoreStartupDate", date)
                .add("CoreStartupTime", time).add("CoreReloadDate", date).add("CoreReloadTime", time)
                .add("CoreCurrentCalls", pbx.channels.size()).add("CoreProcessedCalls", pbx.processedCalls));
    }

    private void command(ActionContext a) {
        String cmd = a.get("Command", "").trim();
        AmiMessage r = Responses.success(a.action(), "Command output follows");
        if (cmd.equalsIgnoreCase("core show version")) {
            r.add("Output", "Asterisk 22.10.1 built by switchboard @ pbx-simulator on a x86_64 running Linux");
        } else {
            r.add("Output", "No such command '" + cmd + "' (type 'core show help " + cmd + "' for other possible "
                    + "commands)");
        }
        a.respond(r);
    }

    private void getvar(ActionContext a) {
        String var = a.get("Variable", "");
        String value = globals.getOrDefault(var, "");
        if (var.startsWith("DEVICE_STATE(") && var.endsWith(")")) {
            value = pbx.deviceState(var.substring(13, var.length() - 1)).name();
        }
        a.respond(Responses.response(a.action(), "Success").add("Variable", var).add("Value", value));
    }

    /** Setvar DEVICE_STATE(Custom:agentX)=STATE drives member status as in capture 03; others become globals. */
    private void setvar(ActionContext a) {
        String var = a.get("Variable", "");
        String value = a.get("Value", "");
        if (var.isEmpty()) {
            a.error("No variable specified");
            return;
        }
        a.success("Variable Set");
        if (var.startsWith("DEVICE_STATE(") && var.endsWith(")")) {
            pbx.setDevice(var.substring(13, var.length() - 1), DeviceState.parse(value), true);
        } else {
            globals.put(var, value);
        }
    }

    private void listCommands(ActionContext a) {
        AmiMessage r = Responses.response(a.action(), "Success");
        r.add("Challenge", "Generate Challenge for MD5 Auth.  (Priv: <none>)");
        r.add("Command", "Execute Asterisk CLI Command.  (Priv: command,all)");
        r.add("CoreSettings", "Show PBX core settings (version etc).  (Priv: system,reporting,all)");
        r.add("CoreShowChannels", "List currently active channels.  (Priv: system,reporting,all)");
        r.add("CoreStatus", "Show PBX core status variables.  (Priv: system,reporting,all)");
        r.add("Events", "Control Event Flow.  (Priv: <none>)");
        r.add("Getvar", "Gets a channel variable or function value.  (Priv: call,reporting,all)");
        r.add("Hangup", "Hangup channel.  (Priv: system,call,all)");
        r.add("ListCommands", "List available manager commands.  (Priv: <none>)");
        r.add("Login", "Login Manager.  (Priv: <none>)");
        r.add("Logoff", "Logoff Manager.  (Priv: <none>)");
        r.add("Originate", "Originate a call.  (Priv: originate,all)");
        r.add("Ping", "Keepalive command.  (Priv: <none>)");
        r.add("QueueAdd", "Add interface to queue.  (Priv: agent,all)");
        r.add("QueuePause", "Makes a queue member temporarily unavailable.  (Priv: agent,all)");
        r.add("QueuePenalty", "Set the penalty for a queue member.  (Priv: agent,all)");
        r.add("QueueRemove", "Remove interface from queue.  (Priv: agent,all)");
        r.add("QueueStatus", "Show queue status.  (Priv: <none>)");
        r.add("QueueSummary", "Show queue summary.  (Priv: <none>)");
        r.add("Redirect", "Redirect (transfer) a call.  (Priv: call,all)");
        r.add("Setvar", "Sets a channel variable or function value.  (Priv: call,all)");
        r.add("Status", "List channel status.  (Priv: system,call,reporting,all)");
        a.respond(r);
    }
}
