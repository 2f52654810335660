package org.switchboard.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A live channel of a call in progress; lets a resync after a PBX reconnect tell which calls are gone. */
@Entity
@Table(name = "call_channel")
@IdClass(CallChannel.Key.class)
public class CallChannel {

    public record Key(String pbxId, String uniqueId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "pbx_id")
    private String pbxId;

    @Id
    @Column(name = "unique_id")
    private String uniqueId;

    @Column(name = "linked_id", nullable = false)
    private String linkedId;

    private String channel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CallChannel() {
    }

    public CallChannel(String pbxId, String uniqueId, String linkedId, String channel, Instant createdAt) {
        this.pbxId = pbxId;
        this.uniqueId = uniqueId;
        this.linkedId = linkedId;
        this.channel = channel;
        this.createdAt = createdAt;
    }

    public String getLinkedId() {
        return linkedId;
    }
}
