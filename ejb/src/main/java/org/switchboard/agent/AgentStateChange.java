package org.switchboard.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.switchboard.presence.AgentStatus;
import org.switchboard.presence.StateChange;

/** One entry of an agent's state history (occupancy, reports, the supervisor's "time in state"). */
@Entity
@Table(name = "agent_state_change")
public class AgentStateChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private AgentStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private AgentStatus to;

    private String reason;

    @Column(name = "linked_id")
    private String linkedId;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected AgentStateChange() {
    }

    AgentStateChange(String username, StateChange change) {
        this.username = username;
        this.from = change.from();
        this.to = change.to();
        this.reason = change.reason() == null ? null : truncate(change.reason(), 64);
        this.linkedId = change.linkedId();
        this.changedAt = change.at();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public AgentStatus getFrom() {
        return from;
    }

    public AgentStatus getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
