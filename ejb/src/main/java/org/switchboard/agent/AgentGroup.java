package org.switchboard.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import org.switchboard.presence.PresencePolicy;

/** An agent group's settings: after-call work, the grace period for a vanished console, deferred work rules. */
@Entity
@Table(name = "agent_group")
public class AgentGroup {

    @Id
    private String name;

    @Column(name = "wrap_up_seconds")
    private int wrapUpSeconds;

    @Column(name = "grace_seconds")
    private int graceSeconds;

    @Column(name = "deferred_while_on_call")
    private boolean deferredWhileOnCall;

    /** The tenant whose agents these are; its administrators manage the group. */
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private long tenantId;

    protected AgentGroup() {
    }

    public String getName() {
        return name;
    }

    public long getTenantId() {
        return tenantId;
    }

    public Duration wrapUp() {
        return Duration.ofSeconds(wrapUpSeconds);
    }

    public Duration grace() {
        return Duration.ofSeconds(graceSeconds);
    }

    public boolean isDeferredWhileOnCall() {
        return deferredWhileOnCall;
    }

    /** A missed call sets the agent not ready: a queue should not keep ringing a phone nobody answers. */
    public PresencePolicy policy() {
        return new PresencePolicy(wrapUp(), true);
    }
}
