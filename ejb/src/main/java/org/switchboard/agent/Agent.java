package org.switchboard.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.switchboard.presence.AgentPresence;
import org.switchboard.presence.AgentStatus;
import org.switchboard.presence.PresenceCodec;

/**
 * An agent's working state: the phone they signed in with (and how the PBX reaches it), their group, and the
 * presence state machine's value with its effective state projected into columns for queries and views.
 */
@Entity
public class Agent {

    @Id
    private String username;

    @Column(name = "group_name", nullable = false)
    private String groupName;

    /** Extension, SIP device or E.164 number; null when signed out. */
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "phone_kind")
    private PhoneKind phoneKind;

    @Column(name = "member_interface")
    private String memberInterface;

    @Column(name = "state_interface")
    private String stateInterface;

    @Column(name = "nailed_up")
    private boolean nailedUp;

    @Column(name = "nailed_channel")
    private String nailedChannel;

    /** The Originate that dials the nailed-up line (its result names the channel). */
    @Column(name = "nailed_originate")
    private String nailedOriginate;

    /** The line's Linkedid, to tell after a PBX resync whether it still exists. */
    @Column(name = "nailed_linked_id")
    private String nailedLinkedId;

    @Enumerated(EnumType.STRING)
    private AgentStatus state = AgentStatus.OFFLINE;

    @Column(name = "state_reason")
    private String stateReason;

    @Column(name = "state_since")
    private Instant stateSince;

    /** {@link AgentPresence} as JSON; null means offline and never seen. */
    @Column(name = "presence")
    private String presenceJson;

    @Column(name = "next_deadline")
    private Instant nextDeadline;

    /** The last heartbeat of the agent's console; null when they work without one (softphone, CTI client). */
    @Column(name = "console_seen_at")
    private Instant consoleSeenAt;

    @Version
    private long version;

    protected Agent() {
    }

    void signedIn(Phone phone, String memberInterface, String stateInterface, String nailedOriginate) {
        this.consoleSeenAt = null; // set by the console's heartbeat, if the agent works with one
        this.phone = phone.value();
        this.phoneKind = phone.kind();
        this.nailedUp = phone.nailedUp();
        this.nailedChannel = null;
        this.nailedOriginate = nailedOriginate;
        this.nailedLinkedId = null;
        this.memberInterface = memberInterface;
        this.stateInterface = stateInterface;
    }

    void signedOut() {
        this.phone = null;
        this.phoneKind = null;
        this.nailedUp = false;
        nailedLegGone();
        this.memberInterface = null;
        this.stateInterface = null;
        this.consoleSeenAt = null;
    }

    public AgentPresence presence() {
        return presenceJson == null ? AgentPresence.offline() : PresenceCodec.fromJson(presenceJson);
    }

    /** Stores the state machine's value and projects its effective state for queries. */
    void presence(AgentPresence presence) {
        this.presenceJson = PresenceCodec.toJson(presence);
        this.state = presence.status();
        this.stateReason = presence.state().reason();
        this.stateSince = presence.since();
        this.nextDeadline = presence.nextDeadline().orElse(null);
    }

    void nailedLegUp(String channel, String linkedId) {
        this.nailedChannel = channel;
        this.nailedLinkedId = linkedId;
        this.nailedOriginate = null;
    }

    void nailedLegGone() {
        this.nailedChannel = null;
        this.nailedLinkedId = null;
        this.nailedOriginate = null;
    }

    public String getUsername() {
        return username;
    }

    public String getGroupName() {
        return groupName;
    }

    public String getPhone() {
        return phone;
    }

    public PhoneKind getPhoneKind() {
        return phoneKind;
    }

    public String getMemberInterface() {
        return memberInterface;
    }

    public String getStateInterface() {
        return stateInterface;
    }

    public boolean isNailedUp() {
        return nailedUp;
    }

    public String getNailedChannel() {
        return nailedChannel;
    }

    public String getNailedOriginate() {
        return nailedOriginate;
    }

    public String getNailedLinkedId() {
        return nailedLinkedId;
    }

    public AgentStatus getState() {
        return state;
    }

    public boolean isSignedIn() {
        return state != AgentStatus.OFFLINE;
    }

    public String getStateReason() {
        return stateReason;
    }

    public Instant getStateSince() {
        return stateSince;
    }

    public Instant getConsoleSeenAt() {
        return consoleSeenAt;
    }
}
