package org.switchboard.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One call (one Asterisk {@code Linkedid}) as Switchboard records it. Changed only by {@link CallTracker}
 * as the PBX's events arrive, which keeps the rules in one plain, unit-tested place.
 */
@Entity
@Table(name = "call_record")
public class Call {

    public enum Direction { INBOUND, OUTBOUND }

    // Column lengths (V1). The connector already cuts the PBX's values to these; the record cuts again so that no
    // event, wherever it came from, can fail on a value too long for its column.
    static final int NUMBER_LENGTH = 64;
    static final int NAME_LENGTH = 200;
    static final int QUEUE_LENGTH = 64;
    static final int USERNAME_LENGTH = 64;
    static final int INTERFACE_LENGTH = 128;
    static final int CHANNEL_LENGTH = 128;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pbx_id", nullable = false)
    private String pbxId;

    @Column(name = "linked_id", nullable = false)
    private String linkedId;

    @Enumerated(EnumType.STRING)
    private Direction direction = Direction.INBOUND;

    @Column(name = "caller_number")
    private String callerNumber;

    @Column(name = "caller_e164")
    private String callerE164;

    @Column(name = "caller_name")
    private String callerName;

    @Column(name = "queue_name")
    private String queue;

    @Column(name = "agent_username")
    private String agentUsername;

    @Column(name = "member_interface")
    private String memberInterface;

    @Column(name = "member_name")
    private String memberName;

    @Column(name = "agent_channel")
    private String agentChannel;

    @Column(name = "contact_id")
    private Long contactId;

    /** Whose call this is: decided once, by its queue or else its agent (null until either is known). */
    @Column(name = "tenant_id")
    private Long tenantId;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "talk_seconds")
    private Integer talkSeconds;

    @Column(name = "hold_seconds")
    private Integer holdSeconds;

    @Enumerated(EnumType.STRING)
    private CallOutcome outcome = CallOutcome.IN_PROGRESS;

    /** The time of the latest event that showed the call alive; where a call whose end was not seen ends. */
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    /** The end was not seen: the resync after a (re)connect found the call gone and closed it at lastSeenAt. */
    @Column(name = "closed_by_resync", nullable = false)
    private boolean closedByResync;

    @Version
    private long version;

    protected Call() {
    }

    public Call(String pbxId, String linkedId, Instant startedAt) {
        this.pbxId = pbxId;
        this.linkedId = linkedId;
        this.startedAt = startedAt;
    }

    // --- changes, used by CallTracker -------------------------------------------------------------

    void caller(String number, String e164, String name) {
        if (number != null && !number.isBlank()) {
            this.callerNumber = fit(number, NUMBER_LENGTH);
            this.callerE164 = e164 != null && e164.length() <= 16 ? e164 : null;
        }
        if (name != null && !name.isBlank()) {
            this.callerName = fit(name, NAME_LENGTH);
        }
    }

    /** Cut to a column's length, never inside a surrogate pair. */
    static String fit(String value, int length) {
        if (value == null || value.length() <= length) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(length - 1)) ? length - 1 : length;
        return value.substring(0, end);
    }

    void seen(Instant time) {
        if (lastSeenAt == null || time.isAfter(lastSeenAt)) {
            lastSeenAt = time;
        }
    }

    void startedNoLaterThan(Instant time) {
        if (startedAt == null || time.isBefore(startedAt)) {
            startedAt = time;
        }
    }

    void queued(String queue, Instant time) {
        this.queue = fit(queue, QUEUE_LENGTH);
        if (queuedAt == null) {
            queuedAt = time;
        }
        direction = Direction.INBOUND;
    }

    /** Known to be in this queue (a resync saw its channel running {@code Queue}), since when unknown. */
    void inQueue(String queue) {
        this.queue = fit(queue, QUEUE_LENGTH);
        direction = Direction.INBOUND;
    }

    void offered(String memberInterface, String memberName, String agentChannel, String agentUsername,
            Instant time) {
        this.memberInterface = fit(memberInterface, INTERFACE_LENGTH);
        this.memberName = fit(memberName, INTERFACE_LENGTH);
        this.agentChannel = fit(agentChannel, CHANNEL_LENGTH);
        this.agentUsername = fit(agentUsername, USERNAME_LENGTH);
        this.offeredAt = time;
    }

    void answered(String memberInterface, String memberName, String agentChannel, String agentUsername,
            Integer holdSeconds, Instant time) {
        this.memberInterface = fit(memberInterface, INTERFACE_LENGTH);
        this.memberName = fit(memberName, INTERFACE_LENGTH);
        if (agentChannel != null) {
            this.agentChannel = fit(agentChannel, CHANNEL_LENGTH);
        }
        if (agentUsername != null) {
            this.agentUsername = fit(agentUsername, USERNAME_LENGTH);
        }
        this.holdSeconds = holdSeconds;
        if (answeredAt == null) {
            answeredAt = time;
        }
    }

    void outbound(String agentUsername, String memberInterface) {
        this.direction = Direction.OUTBOUND;
        if (agentUsername != null) {
            this.agentUsername = fit(agentUsername, USERNAME_LENGTH);
        }
        if (memberInterface != null) {
            this.memberInterface = fit(memberInterface, INTERFACE_LENGTH);
        }
    }

    /** An outbound call starts ringing the customer: for the agent's screen this is its offer. */
    void dialling(Instant time) {
        this.offeredAt = time;
    }

    void outboundAnswered(Instant time) {
        if (answeredAt == null) {
            answeredAt = time;
        }
    }

    void holdSeconds(Integer seconds) {
        this.holdSeconds = seconds;
    }

    void outcome(CallOutcome outcome) {
        this.outcome = outcome;
    }

    /**
     * Talk in whole seconds as Asterisk counts it (app_queue's TalkTime, {@code time(NULL) - callstart}): the
     * difference of the two times' whole seconds, not of the exact times rounded down, which is a second short
     * in about half of all calls (the shared captures' AgentComplete TalkTime agree with this in every call).
     */
    void talkEnded(Instant time) {
        if (answeredAt != null && talkSeconds == null && !time.isBefore(answeredAt)) {
            talkSeconds = (int) Math.min(Integer.MAX_VALUE, time.getEpochSecond() - answeredAt.getEpochSecond());
        }
    }

    void ended(Instant time, CallOutcome finalOutcome) {
        endedAt = time;
        talkEnded(time);
        outcome = finalOutcome;
    }

    /** The end was not seen: the call ends at the last moment it was known to be alive. */
    void closedByResync(CallOutcome finalOutcome) {
        Instant at = lastKnownAlive();
        ended(at, finalOutcome);
        closedByResync = true;
    }

    /** lastSeenAt, or for records written before it existed the latest of their times. */
    Instant lastKnownAlive() {
        Instant at = lastSeenAt;
        for (Instant t : new Instant[] {startedAt, queuedAt, offeredAt, answeredAt}) {
            if (t != null && (at == null || t.isAfter(at))) {
                at = t;
            }
        }
        return at;
    }

    /** A call in progress that the resync found with an agent's channel in a bridge: answered, at latest then. */
    void answeredBeforeResync(String agentUsername, String agentChannel, Instant time) {
        if (answeredAt != null) {
            return;
        }
        if (this.agentUsername == null) {
            this.agentUsername = fit(agentUsername, USERNAME_LENGTH);
            this.agentChannel = fit(agentChannel, CHANNEL_LENGTH);
        }
        answeredAt = time;
        if (offeredAt == null) {
            offeredAt = time;
        }
    }

    /** The contact the call is with: the only match of the caller's number, or the one the agent picked. */
    public void contact(Long contactId) {
        this.contactId = contactId;
    }

    void belongsTo(long tenantId) {
        this.tenantId = tenantId;
    }

    public Long getTenantId() {
        return tenantId;
    }

    // --- reading ----------------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public String getPbxId() {
        return pbxId;
    }

    public String getLinkedId() {
        return linkedId;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getCallerNumber() {
        return callerNumber;
    }

    public String getCallerE164() {
        return callerE164;
    }

    public String getCallerName() {
        return callerName;
    }

    public String getQueue() {
        return queue;
    }

    public String getAgentUsername() {
        return agentUsername;
    }

    public String getMemberInterface() {
        return memberInterface;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getAgentChannel() {
        return agentChannel;
    }

    public Long getContactId() {
        return contactId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Integer getTalkSeconds() {
        return talkSeconds;
    }

    public Integer getHoldSeconds() {
        return holdSeconds;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public boolean isClosedByResync() {
        return closedByResync;
    }

    public boolean isInProgress() {
        return outcome == CallOutcome.IN_PROGRESS || endedAt == null;
    }
}
