package org.switchboard.connector.ami;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueStatusCompleteEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.switchboard.connector.Backoff;
import org.switchboard.connector.ConnectorLog;
import org.switchboard.connector.LongRunningWork;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventType;
import org.switchboard.connector.api.PbxException;

/**
 * The one AMI session of a resource adapter activation, run as a long-running Work: one guarded recovery loop
 * that connects, serves and, when the connection is lost or cannot be made, waits with capped exponential
 * backoff and starts again, for as long as the adapter runs.
 *
 * <p>asterisk-java's own reconnect (a raw thread, fixed 50 ms/5 s intervals, not configurable) is not used:
 * every attempt uses a fresh {@link ManagerConnection}; when one is lost the loop logs it off, which also ends
 * the reconnect thread asterisk-java has just started for it. A failed first login in asterisk-java simply
 * throws, and the same loop retries it.
 *
 * <p>After every login: {@code PBX_CONNECTED}, then the resync ({@code CoreShowChannels} &rarr;
 * SNAPSHOT_CHANNEL, {@code QueueStatus} &rarr; SNAPSHOT_MEMBER / SNAPSHOT_QUEUE_ENTRY), then
 * {@code SNAPSHOT_COMPLETE}. The list items are translated on asterisk-java's event thread in stream order,
 * interleaved correctly with live events. On loss (or stop) {@code PBX_DISCONNECTED}.
 *
 * <p>asterisk-java's event thread only translates and offers to the buffer (never blocks).
 */
public final class AmiSession extends LongRunningWork implements AmiActionSender {

    private static final long WAIT_SLICE_MILLIS = 250;
    private static final String RESYNC_PREFIX = "swb-resync-";
    private static final String RESYNC_REQUESTED = "resync requested";

    private final SessionConfig config;
    private final AmiEventTranslator translator;
    private final Consumer<CallEvent> out;
    private final Function<SessionConfig, ManagerConnection> connectionFactory;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicInteger generations = new AtomicInteger();
    private final AtomicLong logins = new AtomicLong();
    private volatile Link current;
    /** Set by {@link #requestResync()}: serve ends the connection so that the next login resyncs. */
    private volatile boolean resyncRequested;

    public AmiSession(SessionConfig config, AmiEventTranslator translator, Consumer<CallEvent> out) {
        this(config, translator, out, AmiSession::openConnection);
    }

    AmiSession(SessionConfig config, AmiEventTranslator translator, Consumer<CallEvent> out,
            Function<SessionConfig, ManagerConnection> connectionFactory) {
        super("switchboard-ami-" + config.pbxId());
        this.config = config;
        this.translator = translator;
        this.out = out;
        this.connectionFactory = connectionFactory;
    }

    static ManagerConnection openConnection(SessionConfig c) {
        DefaultManagerConnection connection = new DefaultManagerConnection(c.host(), c.port(), c.username(),
                c.secret());
        connection.setDefaultResponseTimeout(c.actionTimeoutMillis());
        connection.setDefaultEventTimeout(resyncTimeout(c));
        connection.setSocketTimeout((int) Math.min(Integer.MAX_VALUE, c.actionTimeoutMillis()));
        connection.setKeepAliveAfterAuthenticationFailure(false);
        return connection;
    }

    private static long resyncTimeout(SessionConfig c) {
        return Math.max(3 * c.actionTimeoutMillis(), 10_000);
    }

    @Override
    public String pbxId() {
        return config.pbxId();
    }

    public boolean isConnected() {
        Link link = current;
        return link != null && link.connection.getState() == ManagerConnectionState.CONNECTED;
    }

    /** Number of successful logins so far (first connect and reconnects). */
    public long logins() {
        return logins.get();
    }

    @Override
    public void run() {
        Backoff backoff = new Backoff(config.reconnectMinMillis(), config.reconnectMaxMillis());
        try {
            while (!stopping()) {
                Link link;
                try {
                    link = connect();
                } catch (Exception e) {
                    long delay = backoff.nextDelay();
                    ConnectorLog.connectFailed(config.pbxId(), config.host(), config.port(), delay, e);
                    pause(delay);
                    continue;
                }
                backoff.reset();
                String outcome = serve(link);
                current = null;
                link.close();
                out.accept(translator.disconnected(link.resyncId, outcome));
                if (RESYNC_REQUESTED.equals(outcome)) {
                    continue; // reconnect at once: the login's resync is the whole, tested path
                }
                if (!stopping()) {
                    ConnectorLog.disconnected(config.pbxId(), config.host(), config.port());
                    pause(backoff.nextDelay());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            ConnectorLog.workFailed(name(), e);
            throw e;
        } finally {
            Link link = current;
            current = null;
            if (link != null) {
                link.close();
            }
            ConnectorLog.sessionStopped(config.pbxId());
            finished.countDown();
        }
    }

    private Link connect() throws Exception {
        int generation = generations.incrementAndGet();
        ManagerConnection connection = connectionFactory.apply(config);
        Link link = new Link(generation, connection);
        connection.addEventListener(link);
        try {
            String mask = config.eventMask();
            if (mask == null || mask.isBlank()) {
                connection.login();
            } else {
                connection.login(mask);
            }
        } catch (Exception e) {
            link.close();
            throw e;
        }
        logins.incrementAndGet();
        return link;
    }

    /** Serves one logged-in connection until it is lost or the session stops; returns why it ended. */
    private String serve(Link link) throws InterruptedException {
        resyncRequested = false; // this login resyncs anyway
        current = link;
        String version = String.valueOf(link.connection.getVersion());
        ConnectorLog.connected(config.pbxId(), config.host(), config.port(), version);
        out.accept(translator.connected(link.resyncId, config.host(), config.port(), version));
        try {
            resync(link);
        } catch (Exception e) {
            if (link.lost.getCount() == 0 || stopping()) {
                return stopping() ? "stopped" : "lost";
            }
            ConnectorLog.resyncFailed(config.pbxId(), e);
            return "resync failed";
        }
        long idleMillis = 0;
        while (true) {
            if (stopping()) {
                return "stopped";
            }
            if (link.lost.await(WAIT_SLICE_MILLIS, TimeUnit.MILLISECONDS)) {
                return stopping() ? "stopped" : "lost";
            }
            if (resyncRequested) {
                ConnectorLog.resyncForDroppedEvents(config.pbxId());
                return RESYNC_REQUESTED;
            }
            idleMillis += WAIT_SLICE_MILLIS;
            if (config.pingIntervalMillis() > 0 && idleMillis >= config.pingIntervalMillis()) {
                idleMillis = 0;
                try {
                    link.connection.sendAction(new PingAction(), config.actionTimeoutMillis());
                } catch (Exception e) {
                    if (link.lost.getCount() == 0) {
                        return "lost";
                    }
                    ConnectorLog.keepAliveFailed(config.pbxId(), e);
                    return "keep-alive failed";
                }
            }
        }
    }

    private void resync(Link link) throws Exception {
        CoreShowChannelsAction channels = new CoreShowChannelsAction();
        channels.setActionId(link.channelsActionId);
        expectSuccess(link.connection.sendEventGeneratingAction(channels, resyncTimeout(config)), "CoreShowChannels");
        QueueStatusAction queues = new QueueStatusAction();
        queues.setActionId(link.queuesActionId);
        expectSuccess(link.connection.sendEventGeneratingAction(queues, resyncTimeout(config)), "QueueStatus");
    }

    private static void expectSuccess(ResponseEvents events, String action) {
        ManagerResponse response = events.getResponse();
        if (response instanceof ManagerError) {
            throw new IllegalStateException(action + " refused: " + response.getMessage());
        }
    }

    private boolean stopping() {
        return stopRequested.getCount() == 0;
    }

    private void pause(long millis) throws InterruptedException {
        stopRequested.await(millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Asks for the PBX's state to be read again (call events were dropped on the way to JMS): the session logs
     * off and in again, and the login's resync ({@code SNAPSHOT_COMPLETE}) closes the calls that ended unseen.
     * Returns at once; a session that is not connected resyncs at its next login anyway.
     */
    public void requestResync() {
        resyncRequested = true;
    }

    /** Asks the session to log off and end; returns at once. */
    @Override
    public void release() {
        stopRequested.countDown();
    }

    public boolean awaitFinished(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }

    @Override
    public ManagerResponse send(ManagerAction action) throws PbxException {
        AmiActionValues.requireSingleLines(action);
        Link link = current;
        if (link == null || link.connection.getState() != ManagerConnectionState.CONNECTED) {
            throw new PbxException("PBX " + config.pbxId() + " is not connected", true);
        }
        ManagerResponse response;
        try {
            // plain request/response even for asterisk-java's "event generating" Originate and Hangup:
            // Originate is Async, its result arrives later as the OriginateResponse event
            response = link.connection.sendAction(action, config.actionTimeoutMillis());
        } catch (TimeoutException e) {
            throw new PbxException("PBX " + config.pbxId() + " did not answer " + action.getAction() + " within "
                    + config.actionTimeoutMillis() + " ms", true, e);
        } catch (IOException | IllegalStateException e) {
            throw new PbxException("PBX " + config.pbxId() + " is not reachable: " + e.getMessage(), true, e);
        }
        if (response == null) {
            throw new PbxException("PBX " + config.pbxId() + " gave no response to " + action.getAction(), true);
        }
        if (response instanceof ManagerError || "Error".equalsIgnoreCase(response.getResponse())) {
            String message = response.getMessage() != null ? response.getMessage()
                    : action.getAction() + " failed";
            ConnectorLog.actionFailed(config.pbxId(), action.getAction(), message);
            throw new PbxException(message, false);
        }
        return response;
    }

    /** One ManagerConnection and the listener that feeds its events to the buffer. */
    private final class Link implements ManagerEventListener {
        final ManagerConnection connection;
        final String resyncId;
        final String channelsActionId;
        final String queuesActionId;
        final CountDownLatch lost = new CountDownLatch(1);
        final AtomicInteger snapshotChannels = new AtomicInteger();
        final AtomicInteger snapshotMembers = new AtomicInteger();
        final AtomicInteger snapshotEntries = new AtomicInteger();
        /**
         * Calls known to be alive during this resync: named by a snapshot, or by a live event since login. Sent
         * with SNAPSHOT_COMPLETE so a consumer can close the others from that one event, whatever order its
         * per-call message groups are consumed in. Touched only on asterisk-java's event thread.
         */
        final java.util.Set<String> aliveCalls = new java.util.LinkedHashSet<>();
        boolean snapshotDone;
        volatile boolean active = true;

        Link(int generation, ManagerConnection connection) {
            this.connection = connection;
            this.resyncId = config.pbxId() + "-" + System.currentTimeMillis() + "-" + generation;
            this.channelsActionId = RESYNC_PREFIX + resyncId + "-channels";
            this.queuesActionId = RESYNC_PREFIX + resyncId + "-queues";
        }

        /** On asterisk-java's event thread: translate and offer, nothing else. */
        @Override
        public void onManagerEvent(ManagerEvent event) {
            if (!active) {
                return;
            }
            try {
                if (event instanceof DisconnectEvent) {
                    lost.countDown();
                    return;
                }
                if (event instanceof ConnectEvent) {
                    return;
                }
                if (event instanceof ResponseEvent response) {
                    String actionId = response.getActionId();
                    if (actionId != null && actionId.startsWith(RESYNC_PREFIX)) {
                        resyncItem(event, actionId);
                        return;
                    }
                }
                CallEvent translated = translator.translate(event);
                if (translated != null) {
                    if (!snapshotDone && translated.linkedId() != null) {
                        aliveCalls.add(translated.linkedId());
                    }
                    out.accept(translated);
                }
            } catch (RuntimeException e) {
                ConnectorLog.translationFailed(event.getClass().getName(), e);
            }
        }

        private void resyncItem(ManagerEvent event, String actionId) {
            if (event instanceof QueueStatusCompleteEvent) {
                if (queuesActionId.equals(actionId)) {
                    snapshotDone = true;
                    out.accept(translator.snapshotComplete(resyncId, snapshotChannels.get(), snapshotMembers.get(),
                            snapshotEntries.get(), aliveCalls));
                }
                return;
            }
            if (!actionId.equals(channelsActionId) && !actionId.equals(queuesActionId)) {
                return; // a list of an earlier connection
            }
            CallEvent snapshot = translator.snapshot(event, resyncId);
            if (snapshot == null) {
                return;
            }
            if (snapshot.linkedId() != null && snapshot.type() != CallEventType.SNAPSHOT_MEMBER) {
                aliveCalls.add(snapshot.linkedId());
            }
            switch (snapshot.type()) {
                case SNAPSHOT_CHANNEL -> snapshotChannels.incrementAndGet();
                case SNAPSHOT_MEMBER -> snapshotMembers.incrementAndGet();
                default -> snapshotEntries.incrementAndGet();
            }
            out.accept(snapshot);
        }

        /** Logs off (clean when still connected; stops asterisk-java's reconnect thread when not). */
        void close() {
            ManagerConnectionState state = connection.getState();
            if (state == ManagerConnectionState.CONNECTED || state == ManagerConnectionState.RECONNECTING) {
                try {
                    connection.logoff();
                } catch (RuntimeException e) {
                    // already gone
                }
            }
            active = false;
            connection.removeEventListener(this);
        }
    }
}
