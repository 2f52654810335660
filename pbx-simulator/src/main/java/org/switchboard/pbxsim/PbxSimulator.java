package org.switchboard.pbxsim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.switchboard.pbxsim.ami.AmiMessage;
import org.switchboard.pbxsim.ami.AmiServer;
import org.switchboard.pbxsim.ami.AmiSession;
import org.switchboard.pbxsim.load.LoadGenerator;
import org.switchboard.pbxsim.load.LoadRun;
import org.switchboard.pbxsim.load.LoadSpec;
import org.switchboard.pbxsim.manager.ActionHandler;
import org.switchboard.pbxsim.pbx.Channel;
import org.switchboard.pbxsim.pbx.DeviceState;
import org.switchboard.pbxsim.pbx.MemberState;
import org.switchboard.pbxsim.pbx.Pbx;
import org.switchboard.pbxsim.pbx.QueueState;
import org.switchboard.pbxsim.replay.Replayer;
import org.switchboard.pbxsim.scenario.QueueCall;
import org.switchboard.pbxsim.scenario.QueueEngine;
import org.switchboard.pbxsim.scenario.SimCall;
import org.switchboard.pbxsim.scenario.Timing;

/**
 * An Asterisk 22 look-alike speaking AMI over TCP: the demo PBX, the test double and the load generator.
 *
 * <pre>
 * PbxSimulator sim = PbxSimulator.start(SimulatorConfig.builder().port(0).credentials("switchboard", "secret").build());
 * InboundCall call = sim.inboundCall("support", "+4930123456789", "Max Mustermann");
 * </pre>
 *
 * <h2>Simulated dialplan contexts</h2>
 * Every endpoint is a Local channel, as in the captures (see their README for [customers], [inbound], [agents],
 * [outbound] and [pstn]). Two more contexts serve agents who sign in with any phone:
 * <ul>
 * <li>{@code [switchboard-remote]}: an agent's own phone by its E164 number,
 * {@code Local/+4915102000001@switchboard-remote}. It rings and answers like an [agents] handset
 * ({@link #setAutoAnswer} takes the number or the interface). As a queue member
 * ({@code Local/<E164>@switchboard-remote/n}, StateInterface e.g. {@code Custom:agent-agent1}) it is rung and
 * bridged like an extension. Nothing in this dialplan sets the member's Custom: state.</li>
 * <li>{@code [switchboard-nailed]}: {@code exten => _[a-zA-Z0-9].,1,NoOp()}, {@code Answer()},
 * {@code ConfBridge(agent-${EXTEN})}. A nailed-up agent signs in with Originate Channel
 * {@code Local/<E164>@switchboard-remote}, Application {@code ConfBridge}, Data {@code agent-<user>}; the answered
 * phone stays in that conference. The queue member {@code Local/<user>@switchboard-nailed/n} then answers at once,
 * without ringing, and joins the conference for each call; the nailed leg stays up when the call ends.</li>
 * </ul>
 * ConfBridge events (ConfbridgeStart/Join/Leave/End, the CBAnn announcer channel, softmix bridge) follow
 * app_confbridge of Asterisk 22; no capture records them.
 */
public final class PbxSimulator implements AutoCloseable {
    private final SimulatorConfig config;
    private final Pbx pbx;
    private final QueueEngine engine;
    private final AmiServer server;
    private final List<RecordedAction> actions = new CopyOnWriteArrayList<>();
    private final Object actionSignal = new Object();
    private int demoSeq;

    private PbxSimulator(SimulatorConfig config) throws IOException {
        this.config = config;
        AmiServer[] ref = new AmiServer[1];
        this.pbx = new Pbx(bytes -> ref[0].broadcastEvent(bytes), config.dialplanNoise);
        this.engine = new QueueEngine(pbx, timing(config), config.companyDid);
        pbx.run(this::createQueues);
        ActionHandler handler = new ActionHandler(pbx, engine, config.credentials, pbx::publish, this::record);
        this.server = new AmiServer(InetAddress.getByName(config.bindAddress), config.port, handler,
                config.maxClientBacklogBytes);
        ref[0] = server;
    }

    /** Starts listening at once; port 0 picks a free port. */
    public static PbxSimulator start(SimulatorConfig config) {
        try {
            return new PbxSimulator(config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + config.port, e);
        }
    }

    private static Timing timing(SimulatorConfig c) {
        return new Timing(c.ringTime.toMillis(), c.autoAnswer, c.queueTimeout.toMillis(), c.retry.toMillis(),
                c.talkTime.toMillis(), c.customerPatience.toMillis(), c.pstnRingTime.toMillis(),
                c.pstnTalkTime.toMillis());
    }

    private void createQueues() {
        pbx.queues.clear();
        config.queues.forEach((name, strategy) -> pbx.queues.put(name, new QueueState(name, strategy)));
    }

    public int port() {
        return server.port();
    }

    public SimulatorConfig config() {
        return config;
    }

    // ---- calls -----------------------------------------------------------------------------------------------

    /** An inbound call enters the queue now (events as in capture 01/02), with the configured timing. */
    public InboundCall inboundCall(String queue, String number, String callerName) {
        return inboundCall(queue, number, callerName, CallOptions.defaults());
    }

    public InboundCall inboundCall(String queue, String number, String callerName, CallOptions options) {
        Timing t = engine.defaults();
        if (options.ringTime() != null) {
            t = t.withRing(options.ringTime().toMillis());
        }
        if (options.talkTime() != null) {
            t = t.withTalk(options.talkTime().toMillis());
        }
        if (options.patience() != null) {
            t = t.withPatience(options.patience().toMillis());
        }
        Timing timing = t;
        return pbx.call(() -> {
            if (!pbx.queues.containsKey(queue)) {
                throw new IllegalArgumentException("no such queue: " + queue);
            }
            String name = callerName == null ? "" : callerName;
            List<String[]> vars = List.of(new String[] {"CUSTNUM", number}, new String[] {"CUSTNAME", name});
            QueueCall call = new QueueCall(engine, queue, number, name, "sim-orig-" + (++demoSeq), vars, timing);
            call.start();
            return call;
        });
    }

    /** Descriptions of the calls in progress (queue calls and click-to-dial). */
    public List<String> callsInProgress() {
        List<String> list = new ArrayList<>();
        for (SimCall c : engine.calls()) {
            list.add(pbx.call(c::describe));
        }
        return list;
    }

    /** Number of channels that currently exist (as CoreShowChannels would list them). */
    public int channelCount() {
        return pbx.call(pbx.channels::size);
    }

    /** Names of the channels that currently exist, in creation order (as CoreShowChannels would list them). */
    public List<String> channels() {
        return pbx.call(() -> List.copyOf(pbx.channels.keySet()));
    }

    /** Channel names of the users in a ConfBridge conference (e.g. agent-agent1); empty if it does not exist. */
    public List<String> conferenceUsers(String conference) {
        return pbx.call(() -> engine.confBridge().users(conference));
    }

    /**
     * The far end of a live channel hangs up, e.g. the mobile network dropped a nailed-up agent's phone: the newest
     * channel whose name starts with the prefix hangs up with Cause 16 and its call ends as it would in Asterisk.
     * For a whole Local pair (prefix {@code Local/+4915102000001@switchboard-remote}) that is the ;2 leg, the phone.
     *
     * @return the name of the channel that hung up
     * @throws IllegalArgumentException if no live channel of a call matches
     */
    public String hangupChannel(String channelNamePrefix) {
        String name = pbx.call(() -> {
            Channel found = null;
            for (Channel c : pbx.channels.values()) {
                if (c.name.startsWith(channelNamePrefix) && c.owner instanceof SimCall call && !call.ended()) {
                    found = c;
                }
            }
            if (found != null) {
                ((SimCall) found.owner).hangupChannel(found);
            }
            return found == null ? null : found.name;
        });
        if (name == null) {
            throw new IllegalArgumentException("no live channel starts with " + channelNamePrefix);
        }
        return name;
    }

    /** Whether agent handsets with this extension or interface answer (overrides the config). */
    public void setAutoAnswer(String extensionOrInterface, boolean answer) {
        engine.setAutoAnswer(extensionOrInterface, answer);
    }

    public void setDialplanNoise(boolean on) {
        pbx.run(() -> pbx.setNoise(on));
    }

    // ---- members ---------------------------------------------------------------------------------------------

    public List<Member> members(String queue) {
        return pbx.call(() -> {
            QueueState q = pbx.queues.get(queue);
            List<Member> list = new ArrayList<>();
            if (q != null) {
                for (MemberState m : q.members.values()) {
                    list.add(new Member(m.queue, m.iface, m.name, m.stateInterface, m.penalty, m.paused,
                            m.pausedReason, m.inCall, pbx.memberStatus(m), m.callsTaken));
                }
            }
            return list;
        });
    }

    /** Logs an agent in from Java (same events as QueueAdd). */
    public void addMember(String queue, String iface, String memberName, String stateInterface) {
        pbx.call(() -> {
            String err = pbx.addMember(queue, iface, memberName, stateInterface, 0, false, "");
            if (err != null) {
                throw new IllegalStateException(err);
            }
            pbx.memberAdded(queue, iface);
            return null;
        });
    }

    /** Sets a device state as Setvar DEVICE_STATE(...) would (QueueMemberStatus follows). */
    public void setDeviceState(String device, String state) {
        pbx.run(() -> pbx.setDevice(device, DeviceState.parse(state), true));
    }

    // ---- test hooks ------------------------------------------------------------------------------------------

    private void record(AmiSession session, AmiMessage action) {
        Map<String, String> headers = action.asMap();
        String name = action.get("Action");
        actions.add(new RecordedAction(name == null ? "" : name, headers, action.getAll("Variable"), Instant.now()));
        synchronized (actionSignal) {
            actionSignal.notifyAll();
        }
    }

    /** Every action received since start (or the last {@link #clearActions()}), in order. */
    public List<RecordedAction> actions() {
        return List.copyOf(actions);
    }

    public void clearActions() {
        actions.clear();
    }

    /** First recorded action with that name (case-insensitive), waiting for it if needed. */
    public RecordedAction awaitAction(String name, Duration timeout) {
        return awaitAction(a -> a.name().equalsIgnoreCase(name), timeout);
    }

    public RecordedAction awaitAction(Predicate<RecordedAction> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (actionSignal) {
            while (true) {
                for (RecordedAction a : actions) {
                    if (match.test(a)) {
                        return a;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no matching action within " + timeout + "; got " + actions);
                }
                try {
                    actionSignal.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Drops every client connection at once (no Goodbye), as a network failure would. */
    public void disconnectClients() {
        server.disconnectAll();
    }

    /** Closes the listening socket for a while (connection refused), then listens on the same port again. */
    public void refuseConnections(Duration window) {
        server.refuseConnections(window);
    }

    /**
     * A simulated Asterisk restart: connections dropped, calls, nailed-up legs, conferences and channels gone without
     * events, dynamic members forgotten (persistentmembers=no), queue statistics reset.
     */
    public void restart() {
        server.disconnectAll();
        pbx.call(() -> {
            engine.clear();
            pbx.channels.clear();
            pbx.devices.clear();
            createQueues();
            return null;
        });
    }

    /** Sends raw bytes (possibly malformed) to every logged-in client, as they are. */
    public void sendRaw(String frame) {
        byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);
        pbx.run(() -> server.broadcastRaw(bytes, 1));
    }

    /** Number of connected clients (logged in or not). */
    public int clientCount() {
        return server.sessions().size();
    }

    /** Events written to all client sockets so far. */
    public long eventsWritten() {
        return server.eventsWritten();
    }

    // ---- replay and load -------------------------------------------------------------------------------------

    /** Streams a capture's events to the logged-in clients; blocks until sent. Returns the number of events. */
    public int replay(Path capture, ReplaySpeed speed) {
        try {
            return Replayer.replay(capture, speed, bytes -> pbx.run(() -> server.broadcastEvent(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a load run in the background. */
    public LoadRun generateLoad(LoadSpec spec) {
        return LoadGenerator.start(spec, engine, server::eventsWritten);
    }

    @Override
    public void close() {
        server.close();
        pbx.shutdown();
    }
}
