package org.switchboard.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An agent's working state: the phone they signed in with and whether they take calls. */
@Entity
public class Agent {

    @Id
    private String username;

    /** Queues the agent serves, comma separated (skills-based membership replaces this later). */
    private String queues;

    private String extension;

    @Column(name = "member_interface")
    private String memberInterface;

    @Enumerated(EnumType.STRING)
    private AgentState state = AgentState.OFFLINE;

    @Column(name = "state_reason")
    private String stateReason;

    @Column(name = "state_since")
    private Instant stateSince;

    @Version
    private long version;

    protected Agent() {
    }

    public Agent(String username, String queues) {
        this.username = username;
        this.queues = queues;
    }

    void signedIn(String extension, String memberInterface, Instant at) {
        this.extension = extension;
        this.memberInterface = memberInterface;
        state(AgentState.NOT_READY, "Signed in", at);
    }

    void signedOut(Instant at) {
        this.extension = null;
        this.memberInterface = null;
        state(AgentState.OFFLINE, null, at);
    }

    void state(AgentState state, String reason, Instant at) {
        this.state = state;
        this.stateReason = reason;
        this.stateSince = at;
    }

    public String getUsername() {
        return username;
    }

    public List<String> queueNames() {
        return Arrays.stream(queues.split(",")).map(String::strip).filter(q -> !q.isEmpty()).toList();
    }

    public String getExtension() {
        return extension;
    }

    public String getMemberInterface() {
        return memberInterface;
    }

    public AgentState getState() {
        return state;
    }

    public String getStateReason() {
        return stateReason;
    }

    public Instant getStateSince() {
        return stateSince;
    }
}
