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
import java.time.Duration;
import java.time.Instant;

/**
 * One call (one Asterisk {@code Linkedid}) as Switchboard records it. Changed only by {@link CallTracker}
 * as the PBX's events arrive, which keeps the rules in one plain, unit-tested place.
 */
@Entity
@Table(name = "call_record")
public class Call {

    public enum Direction { INBOUND, OUTBOUND }

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
            this.callerNumber = number;
            this.callerE164 = e164;
        }
        if (name != null && !name.isBlank()) {
            this.callerName = name;
        }
    }

    void startedNoLaterThan(Instant time) {
        if (startedAt == null || time.isBefore(startedAt)) {
            startedAt = time;
        }
    }

    void queued(String queue, Instant time) {
        this.queue = queue;
        if (queuedAt == null) {
            queuedAt = time;
        }
        direction = Direction.INBOUND;
    }

    void offered(String memberInterface, String memberName, String agentChannel, String agentUsername,
            Instant time) {
        this.memberInterface = memberInterface;
        this.memberName = memberName;
        this.agentChannel = agentChannel;
        this.agentUsername = agentUsername;
        this.offeredAt = time;
    }

    void answered(String memberInterface, String memberName, String agentChannel, String agentUsername,
            Integer holdSeconds, Instant time) {
        this.memberInterface = memberInterface;
        this.memberName = memberName;
        if (agentChannel != null) {
            this.agentChannel = agentChannel;
        }
        if (agentUsername != null) {
            this.agentUsername = agentUsername;
        }
        this.holdSeconds = holdSeconds;
        if (answeredAt == null) {
            answeredAt = time;
        }
    }

    void outbound(String agentUsername, String memberInterface) {
        this.direction = Direction.OUTBOUND;
        if (agentUsername != null) {
            this.agentUsername = agentUsername;
        }
        if (memberInterface != null) {
            this.memberInterface = memberInterface;
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

    void talkEnded(Instant time) {
        if (answeredAt != null && talkSeconds == null && !time.isBefore(answeredAt)) {
            talkSeconds = (int) Duration.between(answeredAt, time).toSeconds();
        }
    }

    void ended(Instant time, CallOutcome finalOutcome) {
        endedAt = time;
        talkEnded(time);
        outcome = finalOutcome;
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

    public boolean isInProgress() {
        return outcome == CallOutcome.IN_PROGRESS || endedAt == null;
    }
}
