package org.switchboard.connector;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import javax.transaction.xa.XAResource;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;

import org.switchboard.connector.ami.AmiActionSender;
import org.switchboard.connector.ami.AmiEventTranslator;
import org.switchboard.connector.ami.AmiSession;
import org.switchboard.connector.ami.SessionConfig;
import org.switchboard.connector.api.CallEventType;
import org.switchboard.connector.api.PbxDestinations;
import org.switchboard.connector.api.PbxException;
import org.switchboard.connector.publish.EventBuffer;
import org.switchboard.connector.publish.EventPublisher;
import org.switchboard.connector.publish.EventSink;
import org.switchboard.connector.publish.JmsEventSink;
import org.switchboard.connector.publish.OfferPublisher;

/**
 * The Switchboard PBX connector. One activation = one PBX = one AMI session: {@link #start} schedules the
 * {@link AmiSession} and the {@link EventPublisher} as WorkManager work; call events go from asterisk-java's
 * event thread through the bounded {@link EventBuffer} to the call topic. Several PBXs are several activations of
 * the same archive, each with its own {@code pbxId}.
 *
 * <p>Config properties (ra.xml, set per activation by the server configuration): see the setters. The secret
 * is never logged.
 */
public class AsteriskResourceAdapter implements ResourceAdapter {

    private static final long DRAIN_MILLIS = 5_000;
    /** The buffer's bound when none is configured: 64 MiB, and never more than a sixteenth of the heap. */
    static final long DEFAULT_BUFFER_MAX_BYTES = 64L * 1024 * 1024;

    private String pbxId = "pbx1";
    private String host = "127.0.0.1";
    private Integer port = 5038;
    private String username;
    private String secret;
    private Integer reconnectMinMillis = 500;
    private Integer reconnectMaxMillis = 30_000;
    private Integer actionTimeoutMillis = 5_000;
    private Integer pingIntervalMillis = 20_000;
    private String eventMask = "";
    private String connectionFactoryJndiName = "java:/ConnectionFactory";
    private String callTopicJndiName = PbxDestinations.CALL_TOPIC;
    private Long bufferMaxBytes = 0L;
    private Integer publishPartitions = 8;
    private String offerTopicJndiName = PbxDestinations.OFFER_TOPIC;

    private BiFunction<String, String, EventSink> sinkFactory =
            (factory, topic) -> new JmsEventSink(factory, topic, publishPartitions);

    private volatile EventBuffer buffer;
    private volatile AmiSession session;
    private volatile EventPublisher publisher;
    private volatile OfferPublisher offers;
    private volatile javax.management.ObjectName monitorName;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        SessionConfig config;
        try {
            config = new SessionConfig(pbxId, host, port, username, secret, reconnectMinMillis,
                    reconnectMaxMillis, actionTimeoutMillis, pingIntervalMillis, eventMask);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ResourceAdapterInternalException("Invalid configuration of the PBX connector: "
                    + e.getMessage(), e);
        }
        ConnectorLog.started(pbxId, host, port, callTopicJndiName);
        EventBuffer events = new EventBuffer(pbxId, bufferBytes(bufferMaxBytes, Runtime.getRuntime().maxMemory()));
        // the hook from the publisher to the session; the session exists a few lines below
        java.util.concurrent.atomic.AtomicReference<AmiSession> sessionRef =
                new java.util.concurrent.atomic.AtomicReference<>();
        EventPublisher eventPublisher = new EventPublisher(pbxId, events,
                sinkFactory.apply(connectionFactoryJndiName, callTopicJndiName), reconnectMinMillis,
                reconnectMaxMillis, DRAIN_MILLIS, () -> {
                    AmiSession s = sessionRef.get();
                    if (s != null) {
                        s.requestResync();
                    }
                });
        OfferPublisher offerPublisher = offerTopicJndiName == null || offerTopicJndiName.isBlank() ? null
                : new OfferPublisher(pbxId, JmsEventSink.hints(connectionFactoryJndiName, offerTopicJndiName));
        AmiSession amiSession = new AmiSession(config, new AmiEventTranslator(pbxId, Clock.systemUTC()), event -> {
            events.offer(event);
            if (offerPublisher != null && event.type() == CallEventType.AGENT_OFFERED) {
                offerPublisher.offer(event); // the pop's fast lane, see OfferPublisher
            }
        });
        sessionRef.set(amiSession);
        WorkManager workManager = context.getWorkManager();
        try {
            workManager.scheduleWork(eventPublisher, WorkManager.INDEFINITE, null, null);
            this.publisher = eventPublisher;
            if (offerPublisher != null) {
                workManager.scheduleWork(offerPublisher, WorkManager.INDEFINITE, null, null);
                this.offers = offerPublisher;
            }
            workManager.scheduleWork(amiSession, WorkManager.INDEFINITE, null, null);
            this.session = amiSession;
            this.buffer = events;
            this.monitorName = ConnectorMonitor.register(pbxId, this::statistics);
        } catch (WorkException e) {
            eventPublisher.release();
            throw new ResourceAdapterInternalException("Cannot schedule the PBX connector's work", e);
        }
    }

    /**
     * The buffer's bound: the configured bytes, or by default 64 MiB but at most a sixteenth of the heap, so a
     * long JMS outage cannot take the server's memory.
     */
    static long bufferBytes(Long configured, long maxHeap) {
        if (configured != null && configured > 0) {
            return configured;
        }
        long heapShare = maxHeap == Long.MAX_VALUE ? DEFAULT_BUFFER_MAX_BYTES : maxHeap / 16;
        return Math.max(1024 * 1024, Math.min(DEFAULT_BUFFER_MAX_BYTES, heapShare));
    }

    @Override
    public void stop() {
        ConnectorMonitor.unregister(monitorName);
        monitorName = null;
        AmiSession amiSession = session;
        EventPublisher eventPublisher = publisher;
        session = null;
        try {
            if (amiSession != null) {
                amiSession.release();
                amiSession.awaitFinished(actionTimeoutMillis + 2_000L, TimeUnit.MILLISECONDS);
            }
            if (eventPublisher != null) {
                eventPublisher.release();
                eventPublisher.awaitFinished(DRAIN_MILLIS + 2_000L, TimeUnit.MILLISECONDS);
            }
            OfferPublisher offerPublisher = offers;
            offers = null;
            if (offerPublisher != null) {
                offerPublisher.release();
                offerPublisher.awaitFinished(2_000L, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        publisher = null;
        EventBuffer events = buffer;
        if (events != null) {
            ConnectorLog.stopped(pbxId, events.accepted(), events.publishedCount(), events.refused());
        }
    }

    /** Where outbound connections send their actions: the live session, or "not started". */
    public AmiActionSender actionSender() {
        AmiSession amiSession = session;
        if (amiSession != null) {
            return amiSession;
        }
        String id = pbxId;
        return new AmiActionSender() {
            @Override
            public String pbxId() {
                return id;
            }

            @Override
            public org.asteriskjava.manager.response.ManagerResponse send(
                    org.asteriskjava.manager.action.ManagerAction action) throws PbxException {
                throw new PbxException("The connector of PBX " + id + " is not started", true);
            }
        };
    }

    /** Counters for monitoring (also the MBean {@code org.switchboard:type=Connector,pbx=<pbxId>}). */
    public ConnectorStatistics statistics() {
        EventBuffer events = buffer;
        AmiSession amiSession = session;
        EventPublisher eventPublisher = publisher;
        boolean connected = amiSession != null && amiSession.isConnected();
        if (events == null) {
            return new ConnectorStatistics(pbxId, connected, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        return new ConnectorStatistics(pbxId, connected, events.accepted(), events.publishedCount(),
                events.refused(), events.refusedBytes(), events.buffered(), events.bufferedBytes(),
                events.capacityBytes(), events.peakBytes(),
                eventPublisher == null ? 0 : eventPublisher.resyncsRequested());
    }

    /** For tests: publish somewhere other than JMS. */
    void setSinkFactory(BiFunction<String, String, EventSink> sinkFactory) {
        this.sinkFactory = sinkFactory;
    }

    @Override
    public void endpointActivation(MessageEndpointFactory endpointFactory, ActivationSpec spec)
            throws ResourceException {
        throw new NotSupportedException("Call events are published to " + callTopicJndiName
                + "; the connector has no inbound message endpoints");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) {
        // no inbound endpoints
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return null;
    }

    // ---- config properties (ra.xml) ----

    public String getPbxId() {
        return pbxId;
    }

    public void setPbxId(String pbxId) {
        this.pbxId = pbxId;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** JavaBean getter for the container only (config-property-confidential in ra.xml); never logged. */
    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public Integer getReconnectMinMillis() {
        return reconnectMinMillis;
    }

    public void setReconnectMinMillis(Integer reconnectMinMillis) {
        this.reconnectMinMillis = reconnectMinMillis;
    }

    public Integer getReconnectMaxMillis() {
        return reconnectMaxMillis;
    }

    public void setReconnectMaxMillis(Integer reconnectMaxMillis) {
        this.reconnectMaxMillis = reconnectMaxMillis;
    }

    public Integer getActionTimeoutMillis() {
        return actionTimeoutMillis;
    }

    public void setActionTimeoutMillis(Integer actionTimeoutMillis) {
        this.actionTimeoutMillis = actionTimeoutMillis;
    }

    public Integer getPingIntervalMillis() {
        return pingIntervalMillis;
    }

    public void setPingIntervalMillis(Integer pingIntervalMillis) {
        this.pingIntervalMillis = pingIntervalMillis;
    }

    public String getEventMask() {
        return eventMask;
    }

    public void setEventMask(String eventMask) {
        this.eventMask = eventMask;
    }

    public String getConnectionFactoryJndiName() {
        return connectionFactoryJndiName;
    }

    public void setConnectionFactoryJndiName(String connectionFactoryJndiName) {
        this.connectionFactoryJndiName = connectionFactoryJndiName;
    }

    public String getCallTopicJndiName() {
        return callTopicJndiName;
    }

    public void setCallTopicJndiName(String callTopicJndiName) {
        this.callTopicJndiName = callTopicJndiName;
    }

    public Long getBufferMaxBytes() {
        return bufferMaxBytes;
    }

    public void setBufferMaxBytes(Long bufferMaxBytes) {
        this.bufferMaxBytes = bufferMaxBytes;
    }

    public String getOfferTopicJndiName() {
        return offerTopicJndiName;
    }

    public void setOfferTopicJndiName(String offerTopicJndiName) {
        this.offerTopicJndiName = offerTopicJndiName;
    }

    public Integer getPublishPartitions() {
        return publishPartitions;
    }

    public void setPublishPartitions(Integer publishPartitions) {
        this.publishPartitions = publishPartitions;
    }

    // JCA: a resource adapter JavaBean compares by its configuration
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AsteriskResourceAdapter other)) {
            return false;
        }
        return Objects.equals(pbxId, other.pbxId) && Objects.equals(host, other.host)
                && Objects.equals(port, other.port) && Objects.equals(username, other.username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pbxId, host, port, username);
    }
}
