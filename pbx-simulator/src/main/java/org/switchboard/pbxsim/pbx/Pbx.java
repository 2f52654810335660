package org.switchboard.pbxsim.pbx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The simulated PBX core. All call state lives on one thread ("pbx"), as it would be one event loop: that keeps
 * event order deterministic per call and needs no locks. Other threads hand work over with {@link #run} or
 * {@link #call}.
 */
public final class Pbx {
    private static final System.Logger LOG = System.getLogger(Pbx.class.getName());
    private final ScheduledExecutorService loop;
    private volatile Thread loopThread;
    private final Consumer<byte[]> sink;
    private final AtomicLong eventsPublished = new AtomicLong();
    private volatile boolean noise;

    public final Map<String, QueueState> queues = new LinkedHashMap<>();
    public final Map<String, DeviceState> devices = new HashMap<>();
    public final Map<String, Channel> channels = new LinkedHashMap<>();
    public final Events ev;
    private long uniqueSeq = 200;
    private int localSeq = 0x60;
    private Runnable distributor = () -> { };
    private boolean distributionPending;
    public final long startMillis = System.currentTimeMillis();
    public long processedCalls;

    public Pbx(Consumer<byte[]> sink, boolean noise) {
        this.sink = sink;
        this.noise = noise;
        this.loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pbx");
            t.setDaemon(true);
            loopThread = t;
            return t;
        });
        this.ev = new Events(this);
    }

    // ---- threading -------------------------------------------------------------------------------------------

    public boolean onLoop() {
        return Thread.currentThread() == loopThread;
    }

    public void run(Runnable r) {
        if (onLoop()) {
            r.run();
        } else {
            loop.execute(guard(r));
        }
    }

    public <T> T call(Callable<T> c) {
        if (onLoop()) {
            try {
                return c.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        Future<T> f = loop.submit(c);
        try {
            return f.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    public ScheduledFuture<?> later(long millis, Runnable r) {
        return loop.schedule(guard(r), Math.max(0, millis), TimeUnit.MILLISECONDS);
    }

    /** A scenario bug must not kill the loop thread, or the whole simulator would go silent. */
    private static Runnable guard(Runnable r) {
        return () -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "scenario step failed; simulator keeps running", e);
            }
        };
    }

    public void shutdown() {
        loop.shutdownNow();
    }

    // ---- events ----------------------------------------------------------------------------------------------

    public boolean noise() {
        return noise;
    }

    public void setNoise(boolean noise) {
        this.noise = noise;
    }

    public void publish(byte[] event) {
        eventsPublished.incrementAndGet();
        sink.accept(event);
    }

    public long eventsPublished() {
        return eventsPublished.get();
    }

    // ---- ids and channels ------------------------------------------------------------------------------------

    public String newUniqueid() {
        return (System.currentTimeMillis() / 1000) + "." + (uniqueSeq++);
    }

    /** A Local channel pair: ;1 starts Down, ;2 starts Ring (it is being called), both share the sequence number. */
    public Channel[] newLocalPair(String exten, String context, String linkedid) {
        Channel[] pair = newUnrealPair("Local/" + exten + "@" + context, context, exten, linkedid);
        pair[1].state = 4;
        return pair;
    }

    /**
     * A pair of "unreal" channels (Local, ConfBridge's CBAnn), named {@code <device>-XXXXXXXX;1/;2}. Asterisk counts
     * the sequence number across all unreal channel types, so it is one counter here too. Both legs start Down.
     */
    public Channel[] newUnrealPair(String device, String context, String exten, String linkedid) {
        String base = device + "-" + String.format("%08x", localSeq++);
        Channel one = new Channel(base + ";1", newUniqueid(), linkedid, 0, context, exten);
        Channel two = new Channel(base + ";2", newUniqueid(), linkedid == null ? one.uniqueid : linkedid, 0,
                context, exten);
        channels.put(one.name, one);
        channels.put(two.name, two);
        return new Channel[] {one, two};
    }

    public void removeChannel(Channel c) {
        c.hungUp = true;
        channels.remove(c.name);
    }

    public Channel findChannel(String name) {
        return name == null ? null : channels.get(name);
    }

    // ---- queues, members, devices ----------------------------------------------------------------------------

    public void setDistributor(Runnable distributor) {
        this.distributor = distributor;
    }

    /** Asks the queue engine to offer waiting callers to free members (after any state change). */
    public void distribute() {
        // Coalesced and deferred: the current flow finishes its event sequence before new offers start.
        if (!distributionPending) {
            distributionPending = true;
            loop.execute(guard(() -> {
                distributionPending = false;
                distributor.run();
            }));
        }
    }

    public DeviceState deviceState(String device) {
        return devices.getOrDefault(device, DeviceState.NOT_INUSE);
    }

    public int memberStatus(MemberState m) {
        return deviceState(m.stateInterface).code;
    }

    public boolean available(MemberState m) {
        return !m.paused && !m.offered && !m.inCall && deviceState(m.stateInterface) == DeviceState.NOT_INUSE;
    }

    public List<MemberState> membersWithState(String stateInterface) {
        List<MemberState> list = new ArrayList<>();
        for (QueueState q : queues.values()) {
            for (MemberState m : q.members.values()) {
                if (m.stateInterface.equals(stateInterface)) {
                    list.add(m);
                }
            }
        }
        return list;
    }

    public List<MemberState> membersByInterface(String iface) {
        List<MemberState> list = new ArrayList<>();
        for (QueueState q : queues.values()) {
            MemberState m = q.members.get(iface);
            if (m != null) {
                list.add(m);
            }
        }
        return list;
    }

    /**
     * Changes a device state: DeviceStateChange, then QueueMemberStatus for each member watching it (as app_queue
     * does), then the queue's _avail hint. {@code memberStatus=false} defers the member events to the caller.
     */
    public void setDevice(String device, DeviceState state, boolean memberStatus) {
        DeviceState old = devices.put(device, state);
        if (old == state) {
            return;
        }
        ev.deviceStateChange(device, state.name());
        if (memberStatus) {
            memberStatusChanged(device);
        }
    }

    public void memberStatusChanged(String stateInterface) {
        for (MemberState m : membersWithState(stateInterface)) {
            ev.queueMemberEvent("QueueMemberStatus", m);
            availHint(queues.get(m.queue));
        }
        distribute();
    }

    /** Queue:<name>_avail hint device, which Asterisk updates when the count of free members hits/leaves 0. */
    public void availHint(QueueState q) {
        if (q == null || !noise) {
            return;
        }
        boolean any = false;
        for (MemberState m : q.members.values()) {
            if (!m.paused && deviceState(m.stateInterface) == DeviceState.NOT_INUSE) {
                any = true;
                break;
            }
        }
        String dev = "Queue:" + q.name + "_avail";
        DeviceState st = any ? DeviceState.NOT_INUSE : DeviceState.INUSE;
        if (devices.put(dev, st) != st) {
            ev.deviceStateChange(dev, st.name());
        }
    }

    /** Adds a dynamic member as QueueAdd does; returns the Asterisk error text, or null on success. */
    public String addMember(String queueName, String iface, String name, String stateInterface, int penalty,
            boolean paused, String reason) {
        QueueState q = queues.get(queueName);
        if (q == null) {
            return "Unable to add interface to queue: No such queue";
        }
        if (q.members.containsKey(iface)) {
            return "Unable to add interface: Already there";
        }
        long now = System.currentTimeMillis() / 1000;
        MemberState m = new MemberState(queueName, iface, name, stateInterface, penalty, now);
        if (paused) {
            m.paused = true;
            m.pausedReason = reason == null ? "" : reason;
            m.lastPause = now;
        }
        q.members.put(iface, m);
        return null;
    }

    /** Events after a successful add (separate so the AMI response can go first, as in capture 03). */
    public void memberAdded(String queueName, String iface) {
        QueueState q = queues.get(queueName);
        ev.queueMemberEvent("QueueMemberAdded", q.members.get(iface));
        availHint(q);
        distribute();
    }

    /** Removes a member; returns the Asterisk error text, or null after emitting QueueMemberRemoved. */
    public String removeMember(String queueName, String iface, Runnable beforeEvents) {
        QueueState q = queues.get(queueName);
        if (q == null) {
            return "Unable to remove interface from queue: No such queue";
        }
        MemberState m = q.members.remove(iface);
        if (m == null) {
            return "Unable to remove interface: Not there";
        }
        beforeEvents.run();
        ev.queueMemberEvent("QueueMemberRemoved", m);
        availHint(q);
        return null;
    }
}
