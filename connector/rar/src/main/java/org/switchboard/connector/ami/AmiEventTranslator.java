package org.switchboard.connector.ami;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.AgentRingNoAnswerEvent;
import org.asteriskjava.manager.event.AttendedTransferEvent;
import org.asteriskjava.manager.event.BlindTransferEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.BridgeLeaveEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.QueueMemberAddedEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueMemberPauseEvent;
import org.asteriskjava.manager.event.QueueMemberPausedEvent;
import org.asteriskjava.manager.event.QueueMemberRemovedEvent;
import org.asteriskjava.manager.event.QueueMemberStatusEvent;
import org.switchboard.connector.ConnectorLog;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventType;

/**
 * Turns asterisk-java events into {@link CallEvent}s. Cheap enough for asterisk-java's event thread: one map
 * lookup on the event's exact class, a few getters, one SHA-256. Events that do not matter (Newexten, VarSet,
 * DeviceStateChange, Cdr, asterisk-java's synthetic legacy events ...) give {@code null}; the first of each
 * class is logged at debug.
 *
 * <p>Rules:
 * <ul>
 * <li>Caller-ID and member names are unescaped (AMI writes {@code \"}, {@code \'}, {@code \?}, {@code \\}:
 * connector/README.md, AMI-8); the placeholders {@code <unknown>} and {@code <null>} become null (AMI-9).</li>
 * <li>{@code time} is the AMI {@code Timestamp} (manager.conf {@code timestampevents = yes}), otherwise the
 * time asterisk-java read the event (connector/README.md, AMI-13).</li>
 * <li>{@code eventId} is a hash over the PBX id, the AMI event name, the Timestamp and the distinguishing fields
 * (unique ids, interface, queue, channel, status), so the same AMI event read twice gets the same id. Without
 * a Timestamp the receive time is used and ids are no longer stable across a replay.</li>
 * <li>Duplicate {@code DialEnd} (connector/README.md, AMI-1: a cancelled ringing leg gets CANCEL+CANCEL or
 * NOANSWER+CANCEL for the same caller&rarr;DestUniqueid pair): the first DialEnd is final and published, later
 * ones for the same pair are dropped here. Consumers never see the second one.</li>
 * <li>Snapshot events ({@link #snapshot}) get ids from the resync they belong to plus the state they describe:
 * the same state in the same resync gives the same id. They differ between resyncs on purpose: the topic uses
 * the id for Artemis duplicate detection, which would otherwise drop the second resync's snapshot of a call that
 * did not change, and consumers would then wrongly end that call at SNAPSHOT_COMPLETE.</li>
 * </ul>
 * Thread-safe (asterisk-java may deliver from a new event thread after a reconnect).
 */
public final class AmiEventTranslator {

    private static final int DIAL_END_MEMORY = 10_000;

    private final String pbxId;
    private final Clock clock;
    private final Map<Class<?>, Function<ManagerEvent, CallEvent>> live = new HashMap<>();
    private final Map<Class<?>, Function<ManagerEvent, Draft>> snapshots = new HashMap<>();
    private final Set<Class<?>> reportedUnknown = ConcurrentHashMap.newKeySet();
    private final AtomicLong sequence = new AtomicLong();
    /**
     * Calls (and which of their fields) already reported as cut: a hostile caller ID is in nearly every event of
     * its call, and one line per call and set of fields tells the operator as much as twenty.
     */
    private final Map<String, Boolean> cutReported = new LinkedHashMap<>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > DIAL_END_MEMORY;
        }
    };
    /** Uniqueid to Linkedid of the channels listed by the resync {@link #resyncOfChannels}. */
    private final Map<String, String> resyncChannels = new HashMap<>();
    private String resyncOfChannels;
    private final Map<String, Boolean> dialEnds = new LinkedHashMap<>(256, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > DIAL_END_MEMORY;
        }
    };

    public AmiEventTranslator(String pbxId, Clock clock) {
        this.pbxId = pbxId;
        this.clock = clock;
        on(NewChannelEvent.class, this::newChannel);
        on(QueueCallerJoinEvent.class, this::callerJoined);
        on(AgentCalledEvent.class, this::agentCalled);
        on(AgentRingNoAnswerEvent.class, this::agentRingNoAnswer);
        on(AgentConnectEvent.class, this::agentConnected);
        on(QueueCallerAbandonEvent.class, this::callerAbandoned);
        on(AgentCompleteEvent.class, this::agentCompleted);
        on(BlindTransferEvent.class, this::blindTransfer);
        on(AttendedTransferEvent.class, this::attendedTransfer);
        on(DialBeginEvent.class, this::dialBegin);
        on(DialEndEvent.class, this::dialEnd);
        on(BridgeEnterEvent.class, this::bridgeEnter);
        on(BridgeLeaveEvent.class, this::bridgeLeave);
        on(HangupEvent.class, this::hangup);
        on(OriginateResponseEvent.class, this::originateResponse);
        on(QueueMemberAddedEvent.class, this::memberAdded);
        on(QueueMemberRemovedEvent.class, this::memberRemoved);
        on(QueueMemberPauseEvent.class, this::memberPaused);
        on(QueueMemberPausedEvent.class, this::memberPaused);
        on(QueueMemberStatusEvent.class, this::memberStatus);
        snapshot(CoreShowChannelEvent.class, this::snapshotChannel);
        snapshot(QueueMemberEvent.class, this::snapshotMember);
        snapshot(QueueEntryEvent.class, this::snapshotEntry);
    }

    public String pbxId() {
        return pbxId;
    }

    /** A live event, or null if it does not matter. Never throws for a well-typed event. */
    public CallEvent translate(ManagerEvent event) {
        Function<ManagerEvent, CallEvent> handler = live.get(event.getClass());
        if (handler == null) {
            if (reportedUnknown.add(event.getClass())) {
                ConnectorLog.eventDropped(event.getClass().getSimpleName());
            }
            return null;
        }
        return handler.apply(event);
    }

    /**
     * An item of a resync list ({@code CoreShowChannel}, {@code QueueMember}, {@code QueueEntry}), or null for
     * any other event (e.g. {@code QueueParams}).
     *
     * @param resyncId identifies the resync (one per connect), see {@link #connected}
     */
    public CallEvent snapshot(ManagerEvent event, String resyncId) {
        Function<ManagerEvent, Draft> handler = snapshots.get(event.getClass());
        if (handler == null) {
            return null;
        }
        Draft d = handler.apply(event);
        d.stamp = resyncId;
        synchronized (resyncChannels) {
            if (!resyncId.equals(resyncOfChannels)) {
                resyncChannels.clear();
                resyncOfChannels = resyncId;
            }
            if (d.type == CallEventType.SNAPSHOT_CHANNEL && d.uniqueId != null && d.linkedId != null) {
                if (resyncChannels.size() < DIAL_END_MEMORY) {
                    resyncChannels.put(d.uniqueId, d.linkedId);
                }
            } else if (d.type == CallEventType.SNAPSHOT_QUEUE_ENTRY && d.uniqueId != null) {
                // QueueEntry has no Linkedid: the call is the one CoreShowChannels (sent first) gave that
                // channel; a channel it did not list is taken as the call's first channel.
                d.linkedId = resyncChannels.getOrDefault(d.uniqueId, d.uniqueId);
            }
        }
        return d.build();
    }

    /** PBX_CONNECTED: the start of a resync. */
    public CallEvent connected(String resyncId, String host, int port, String version) {
        Draft d = new Draft(CallEventType.PBX_CONNECTED, "PbxConnected", clock.instant(), resyncId);
        d.reason = version;
        d.attr("host", host).attr("port", Integer.toString(port)).attr("resyncId", resyncId);
        return d.build();
    }

    /**
     * SNAPSHOT_COMPLETE: every snapshot of this resync has been published before it. Attribute {@code linkedIds}
     * (comma separated) lists every call alive now; a call in progress not listed ended while disconnected.
     */
    public CallEvent snapshotComplete(String resyncId, int channels, int members, int entries,
            java.util.Collection<String> aliveLinkedIds) {
        Draft d = new Draft(CallEventType.SNAPSHOT_COMPLETE, "SnapshotComplete", clock.instant(), resyncId);
        d.attr("linkedIds", String.join(",", aliveLinkedIds));
        d.attr("resyncId", resyncId).attr("channels", Integer.toString(channels))
                .attr("members", Integer.toString(members)).attr("queueEntries", Integer.toString(entries));
        return d.build();
    }

    /** PBX_DISCONNECTED: the session of that resync ended ({@code reason}: lost or stopped). */
    public CallEvent disconnected(String resyncId, String reason) {
        Draft d = new Draft(CallEventType.PBX_DISCONNECTED, "PbxDisconnected", clock.instant(), resyncId);
        d.reason = reason;
        d.attr("resyncId", resyncId);
        return d.build();
    }

    // ---- live events ----

    private CallEvent newChannel(NewChannelEvent e) {
        Draft d = draft(CallEventType.CHANNEL_CREATED, e);
        d.channel(e.getChannel(), e.getUniqueId(), e.getLinkedid());
        d.caller(e.getCallerIdNum(), e.getCallerIdName());
        d.reason = AmiText.value(e.getChannelStateDesc());
        d.attr("context", e.getContext()).attr("exten", e.getExten());
        return d.build();
    }

    private CallEvent callerJoined(QueueCallerJoinEvent e) {
        Draft d = draft(CallEventType.CALLER_QUEUED, e);
        d.channel(e.getChannel(), e.getUniqueId(), e.getLinkedId());
        d.caller(e.getCallerIdNum(), e.getCallerIdName());
        d.queue = e.getQueue();
        d.attr("position", e.getPosition()).attr("count", e.getCount());
        return d.build();
    }

    private CallEvent agentCalled(AgentCalledEvent e) {
        Draft d = draft(CallEventType.AGENT_OFFERED, e);
        d.channel(e.getChannel(), e.getUniqueId(), e.getLinkedId());
        d.caller(e.getCallerIdNum(), e.getCallerIdName());
        d.member(e.getQueue(), e.getInterface(), e.getMemberName());
        d.dest(e.getDestChannel(), e.getDestUniqueId());
        return d.build();
    }

    private CallEvent agentRingNoAnswer(AgentRingNoAnswerEvent e) {
        Draft d = draft(CallEventType.AGENT_RING_NO_ANSWER, e);
        d.channel(e.getChannel(), e.getUniqueId(), e.getLinkedId());
        d.caller(e.getCallerIdNum(), e.getCallerIdName());
        d.member(e.getQueue(), e.getInterface(), e.getMemberName());
        d.dest(e.getDestChannel(), e.getDestUniqueId());
        d.attr("ringTimeMillis", e.getRingtime()); // milliseconds here, seconds in AgentConnect (AMI-12)
        return d.build();
    }

    private CallEvent agentConnected(AgentConnectEvent e) {
        Draft d = draft(CallEventType.AGENT_CONNECTED, e);
        d.channel(e.getChannel(), e.getUniqueId(), e.getLinkedId());
        d.caller(e.getCallerIdNum(), e.getCallerIdName());
        d.member(e.getQueue(), e.getInterface(), e.getMemberName());
        d.dest(e.getDestChannel(), e.getDestUniqueId());
        d.hold = AmiText.integer(e.getHoldTime());
        d.attr("ringTimeSeconds", e.getRingtime());
        return d.build();
    }

    private CallEvent callerAbandoned(QueueCallerAbandonEvent e) {
        Draft d = draft(CallEventType.CALLER_ABANDONED, e);
        d.channel(e.getChannel(), e.getUniqueId(), e.getLinkedId());
        d.caller(e.getCallerIdNum(), e.getCallerIdName());
        d.queue = e.getQueue();
        d.hold = e.getHoldTime();
        d.attr("position", e.getPosition()).attr("originalPosition", e.getOriginalPosition());
        return d.build();
    }

    private CallEvent agentCompleted(AgentCompleteEvent e) {
        Draft d = draft(CallEventType.AGENT_COMPLETED, e);
        d.channel(e.getChannel(), e.getUniqueId(), e.getLinkedId());
        d.caller(e.getCallerIdNum(), e.getCallerIdName());
        d.member(e.getQueue(), e.getInterface(), e.getMemberName());
        d.dest(e.getDestChannel(), e.getDestUniqueId());
        d.hold = AmiText.integer(e.getHoldTime());
        d.talk = AmiText.integer(e.getTalkTime());
        d.reason = AmiText.value(e.getReason());
        return d.build();
    }

    private CallEvent blindTransfer(BlindTransferEvent e) {
        Draft d = draft(CallEventType.CALL_TRANSFERRED, e);
        d.channel(e.getTransfererChannel(), e.getTransfererUniqueId(), e.getTransfererLinkedId());
        d.caller(e.getTransfereeCallerIdNum(), e.getTransfereeCallerIdName());
        d.dest(e.getTransfereeChannel(), e.getTransfereeUniqueId());
        d.reason = AmiText.value(e.getResult());
        d.attr("kind", "blind").attr("context", e.getContext()).attr("exten", e.getExtension())
                .attr("bridgeId", e.getBridgeUniqueId());
        return d.build();
    }

    private CallEvent attendedTransfer(AttendedTransferEvent e) {
        Draft d = draft(CallEventType.CALL_TRANSFERRED, e);
        d.channel(e.getOrigTransfererChannel(), e.getOrigTransfererUniqueid(), e.getOrigTransfererLinkedId());
        d.caller(e.getTransfereeCallerIDNum(), e.getTransfereeCallerIDName());
        d.dest(e.getTransfereeChannel(), e.getTransfereeUniqueid());
        d.reason = AmiText.value(e.getResult());
        d.attr("kind", "attended").attr("destType", e.getDestType())
                .attr("secondTransfererChannel", e.getSecondTransfererChannel())
                .attr("secondTransfererUniqueId", e.getSecondTransfererUniqueid())
                .attr("transferTargetChannel", e.getTransferTargetChannel())
                .attr("transferTargetUniqueId", e.getTransferTargetUniqueID());
        return d.build();
    }

    private CallEvent dialBegin(DialBeginEvent e) {
        Draft d = draft(CallEventType.DIAL_STARTED, e);
        // an Originate's DialBegin has no Channel fields, only Dest* (connector/README.md, AMI-4)
        d.channel(e.getChannel(), e.getUniqueId(), firstOf(e.getLinkedId(), e.getDestLinkedId()));
        d.caller(e.getCallerIdNum(), e.getCallerIdName());
        d.dest(e.getDestChannel(), e.getDestUniqueId());
        d.attr("dialString", e.getDialString());
        return d.build();
    }

    private CallEvent dialEnd(DialEndEvent e) {
        String pair = e.getUniqueId() + "->" + e.getDestUniqueId();
        synchronized (dialEnds) {
            if (dialEnds.putIfAbsent(pair, Boolean.TRUE) != null) {
                ConnectorLog.duplicateDialEnd(e.getUniqueId(), e.getDestUniqueId(), e.getDialStatus());
                return null;
            }
        }
        Draft d = draft(CallEventType.DIAL_ENDED, e);
        d.channel(e.getChannel(), e.getUniqueId(), firstOf(e.getLinkedId(), e.getDestLinkedId()));
        d.caller(e.getCallerIdNum(), e.getCallerIdName());
        d.dest(e.getDestChannel(), e.getDestUniqueId());
        d.reason = AmiText.value(e.getDialStatus());
        return d.build();
    }

    private CallEvent bridgeEnter(BridgeEnterEvent e) {
        Draft d = draft(CallEventType.BRIDGE_ENTERED, e);
        d.channel(e.getChannel(), e.getUniqueId(), e.getLinkedId());
        d.caller(e.getCallerIdNum(), e.getCallerIdName());
        d.attr("bridgeId", e.getBridgeUniqueId()).attr("bridgeNumChannels", e.getBridgeNumChannels());
        return d.build();
    }

    private CallEvent bridgeLeave(BridgeLeaveEvent e) {
        Draft d = draft(CallEventType.BRIDGE_LEFT, e);
        d.channel(e.getChannel(), e.getUniqueId(), e.getLinkedId());
        d.caller(e.getCallerIdNum(), e.getCallerIdName());
        d.attr("bridgeId", e.getBridgeUniqueId()).attr("bridgeNumChannels", e.getBridgeNumChannels());
        return d.build();
    }

    private CallEvent hangup(HangupEvent e) {
        Draft d = draft(CallEventType.CHANNEL_HUNGUP, e);
        d.channel(e.getChannel(), e.getUniqueId(), e.getLinkedId());
        d.caller(e.getCallerIdNum(), e.getCallerIdName());
        d.reason = AmiText.string(e.getCause());
        d.attr("causeText", e.getCauseTxt());
        return d.build();
    }

    private CallEvent originateResponse(OriginateResponseEvent e) {
        Draft d = draft(CallEventType.ORIGINATE_RESULT, e);
        // an originated channel is the first channel of a new call: its Uniqueid is the call's Linkedid
        d.channel(e.getChannel(), e.getUniqueId(), e.getUniqueId());
        d.caller(e.getCallerIdNum(), e.getCallerIdName());
        d.reason = AmiText.value(e.getResponse());
        d.attr("actionId", e.getActionId()).attr("reasonCode", e.getReason())
                .attr("context", e.getContext()).attr("exten", e.getExten());
        return d.build();
    }

    private CallEvent memberAdded(QueueMemberAddedEvent e) {
        Draft d = draft(CallEventType.MEMBER_ADDED, e);
        d.member(e.getQueue(), e.getInterface(), e.getMemberName());
        d.paused = e.getPaused();
        d.reason = AmiText.value(e.getPausedReason());
        d.attr("status", e.getStatus()).attr("stateInterface", e.getStateinterface())
                .attr("penalty", e.getPenalty()).attr("callsTaken", e.getCallsTaken());
        return d.build();
    }

    private CallEvent memberRemoved(QueueMemberRemovedEvent e) {
        Draft d = draft(CallEventType.MEMBER_REMOVED, e);
        d.member(e.getQueue(), e.getInterface(), e.getMemberName());
        d.paused = e.getPaused();
        d.attr("status", e.getStatus()).attr("stateInterface", e.getStateinterface())
                .attr("callsTaken", e.getCallstaken());
        return d.build();
    }

    private CallEvent memberPaused(QueueMemberPausedEvent e) {
        Draft d = draft(CallEventType.MEMBER_PAUSED, e);
        d.member(e.getQueue(), e.getInterface(), e.getMemberName());
        d.paused = e.getPaused();
        String reason = firstOf(e.getPausedReason(), e.getReason());
        if (e instanceof QueueMemberPauseEvent p) {
            reason = firstOf(p.getPausedreason(), reason);
            d.attr("status", p.getStatus()).attr("stateInterface", p.getStateInterface());
        }
        d.reason = AmiText.value(reason);
        return d.build();
    }

    @SuppressWarnings("deprecation") // QueueMemberStatus carries "MemberName", only the deprecated getter reads it
    private CallEvent memberStatus(QueueMemberStatusEvent e) {
        Draft d = draft(CallEventType.MEMBER_STATUS, e);
        d.member(e.getQueue(), e.getInterface(), firstOf(e.getMemberName(), e.getName()));
        d.paused = e.getPaused();
        d.reason = AmiText.value(e.getPausedreason());
        d.attr("status", e.getStatus()).attr("stateInterface", e.getStateinterface())
                .attr("inCall", e.getIncall()).attr("callsTaken", e.getCallsTaken());
        return d.build();
    }

    // ---- resync lists ----

    private Draft snapshotChannel(CoreShowChannelEvent e) {
        Draft d = draft(CallEventType.SNAPSHOT_CHANNEL, e);
        d.channel(e.getChannel(), e.getUniqueid(), e.getLinkedid());
        d.caller(e.getCallerIdNum(), e.getCallerIdName());
        d.reason = AmiText.value(e.getChannelStateDesc());
        d.attr("application", e.getApplication()).attr("applicationData", e.getApplicationdata())
                .attr("bridgeId", e.getBridgeid()).attr("duration", e.getDuration())
                .attr("connectedLineNum", AmiText.value(e.getConnectedLineNum()))
                .attr("connectedLineName", AmiText.name(e.getConnectedLineName()))
                .attr("context", e.getContext()).attr("exten", e.getExten());
        d.idExtras = new String[] {e.getBridgeid(), e.getApplication()};
        return d;
    }

    @SuppressWarnings("deprecation") // "Location" of the QueueMember list item
    private Draft snapshotMember(QueueMemberEvent e) {
        Draft d = draft(CallEventType.SNAPSHOT_MEMBER, e);
        d.member(e.getQueue(), e.getLocation(), firstOf(e.getName(), e.getMemberName()));
        d.paused = e.getPaused();
        d.reason = AmiText.value(e.getPausedreason());
        d.attr("status", e.getStatus()).attr("stateInterface", e.getStateinterface())
                .attr("inCall", e.getIncall()).attr("callsTaken", e.getCallsTaken())
                .attr("penalty", e.getPenalty()).attr("membership", e.getMembership());
        d.idExtras = new String[] {AmiText.string(e.getStatus()), AmiText.string(e.getIncall())};
        return d;
    }

    private Draft snapshotEntry(QueueEntryEvent e) {
        Draft d = draft(CallEventType.SNAPSHOT_QUEUE_ENTRY, e);
        d.channel(e.getChannel(), e.getUniqueId(), null);
        // app_queue writes "unknown" (no angle brackets) for a missing caller ID in QueueEntry
        // (connector/README.md, AMI-9)
        d.caller(unknownAsNull(e.getCallerIdNum()), unknownAsNull(e.getCallerIdName()));
        d.queue = e.getQueue();
        d.attr("position", e.getPosition()).attr("waitSeconds", e.getWait());
        d.idExtras = new String[] {AmiText.string(e.getPosition())};
        return d;
    }

    // ---- plumbing ----

    private <E extends ManagerEvent> void on(Class<E> type, Function<E, CallEvent> handler) {
        live.put(type, event -> handler.apply(type.cast(event)));
    }

    private <E extends ManagerEvent> void snapshot(Class<E> type, Function<E, Draft> handler) {
        snapshots.put(type, event -> handler.apply(type.cast(event)));
    }

    private Draft draft(CallEventType type, ManagerEvent e) {
        String name = e.getClass().getSimpleName();
        if (name.endsWith("Event")) {
            name = name.substring(0, name.length() - 5);
        }
        Double timestamp = e.getTimestamp();
        if (timestamp != null) {
            long micros = Math.round(timestamp * 1_000_000d);
            Instant time = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1_000L);
            return new Draft(type, name, time, Long.toString(micros));
        }
        Date received = e.getDateReceived();
        Instant time = received != null ? received.toInstant() : clock.instant();
        return new Draft(type, name, time, "received:" + time.toEpochMilli() + ":" + sequence.incrementAndGet());
    }

    private static String unknownAsNull(String value) {
        return "unknown".equals(value) ? null : value;
    }

    private static String firstOf(String a, String b) {
        return AmiText.value(a) != null ? a : b;
    }

    /** The fields of a CallEvent being built; the id is computed from them in {@link #build()}. */
    private final class Draft {
        final CallEventType type;
        final String amiName;
        final Instant time;
        String stamp;
        String linkedId;
        String uniqueId;
        String channel;
        String queue;
        String callerNumber;
        String callerName;
        String memberInterface;
        String memberName;
        String destChannel;
        String destUniqueId;
        String reason;
        Integer hold;
        Integer talk;
        Boolean paused;
        String[] idExtras = new String[0];
        Map<String, String> attributes;

        Draft(CallEventType type, String amiName, Instant time, String stamp) {
            this.type = type;
            this.amiName = amiName;
            this.time = time;
            this.stamp = stamp;
        }

        void channel(String channelName, String unique, String linked) {
            channel = AmiText.value(channelName);
            uniqueId = AmiText.value(unique);
            linkedId = AmiText.value(linked);
        }

        void caller(String number, String name) {
            callerNumber = AmiText.value(number);
            callerName = AmiText.name(name);
        }

        void member(String queueName, String iface, String name) {
            queue = AmiText.value(queueName);
            memberInterface = AmiText.value(iface);
            memberName = AmiText.name(name);
        }

        void dest(String channelName, String unique) {
            destChannel = AmiText.value(channelName);
            destUniqueId = AmiText.value(unique);
        }

        /**
         * Whatever the PBX sent, the event fits the records: see {@link FieldBounds}. One log line per event that
         * had to be changed, naming the fields, never their (untrusted, possibly personal) values.
         */
        private void fit() {
            FieldBounds b = new FieldBounds();
            linkedId = b.fit("linkedId", linkedId, FieldBounds.ID);
            uniqueId = b.fit("uniqueId", uniqueId, FieldBounds.ID);
            channel = b.fit("channel", channel, FieldBounds.CHANNEL);
            queue = b.fit("queue", queue, FieldBounds.QUEUE);
            callerNumber = b.fit("callerNumber", callerNumber, FieldBounds.CALLER_NUMBER);
            callerName = b.fit("callerName", callerName, FieldBounds.CALLER_NAME);
            memberInterface = b.fit("memberInterface", memberInterface, FieldBounds.MEMBER_INTERFACE);
            memberName = b.fit("memberName", memberName, FieldBounds.MEMBER_NAME);
            destChannel = b.fit("destChannel", destChannel, FieldBounds.CHANNEL);
            destUniqueId = b.fit("destUniqueId", destUniqueId, FieldBounds.ID);
            reason = b.fit("reason", reason, FieldBounds.REASON);
            if (attributes != null) {
                for (Map.Entry<String, String> a : attributes.entrySet()) {
                    a.setValue(b.fit(a.getKey(), a.getValue(), FieldBounds.ATTRIBUTE));
                }
                attributes.values().removeIf(java.util.Objects::isNull);
            }
            String notes = b.notes();
            if (notes != null) {
                boolean first;
                synchronized (cutReported) {
                    first = cutReported.putIfAbsent(linkedId + "|" + b.fields(), Boolean.TRUE) == null;
                }
                if (first) {
                    ConnectorLog.valuesCut(pbxId, amiName, linkedId, notes);
                }
            }
        }

        Draft attr(String key, Object value) {
            if (value != null) {
                String s = value.toString();
                if (!s.isEmpty()) {
                    if (attributes == null) {
                        attributes = new HashMap<>();
                    }
                    attributes.put(key, s);
                }
            }
            return this;
        }

        CallEvent build() {
            fit();
            String[] parts = new String[11 + idExtras.length];
            parts[0] = pbxId;
            parts[1] = amiName;
            parts[2] = stamp;
            parts[3] = uniqueId;
            parts[4] = destUniqueId;
            parts[5] = memberInterface;
            parts[6] = queue;
            parts[7] = channel;
            parts[8] = reason;
            parts[9] = paused == null ? null : paused.toString();
            parts[10] = type.name();
            System.arraycopy(idExtras, 0, parts, 11, idExtras.length);
            for (int i = 11; i < parts.length; i++) {
                parts[i] = parts[i] == null || parts[i].length() <= FieldBounds.ATTRIBUTE ? parts[i]
                        : parts[i].substring(0, FieldBounds.ATTRIBUTE);
            }
            return new CallEvent(EventIds.of(parts), pbxId, type, time, linkedId, uniqueId, channel, queue,
                    callerNumber, callerName, memberInterface, memberName, destChannel, destUniqueId, reason, hold,
                    talk, paused, attributes);
        }
    }
}
