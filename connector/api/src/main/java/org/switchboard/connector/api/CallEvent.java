package org.switchboard.connector.api;

import java.time.Instant;
import java.util.Map;

/**
 * One PBX happening, immutable, as published by the connector on the call topic (as JSON, see
 * {@link CallEventCodec}). Fields that do not apply to a type are {@code null}.
 *
 * <p>All strings come from the PBX and are untrusted: the connector has already undone AMI's backslash
 * escaping of caller-ID names, but a name may still contain markup and must be escaped on output.
 *
 * @param eventId        deterministic id (same AMI event, same id) used by consumers to drop duplicates
 * @param pbxId          which PBX (one AMI session each) the event came from
 * @param type           what happened
 * @param time           the PBX's {@code Timestamp} when present, otherwise the time the connector read it
 * @param linkedId       the call: {@code Linkedid}, the Uniqueid of the call's first channel
 * @param uniqueId       the leg: {@code Uniqueid} of the channel the event is about
 * @param channel        channel name of that leg
 * @param queue          queue name, for queue and member events
 * @param callerNumber   caller-ID number of the call's caller (for agent events: the customer's number)
 * @param callerName     caller-ID name, unescaped, untrusted
 * @param memberInterface queue member interface (AgentCalled {@code Interface}, QueueMember {@code Location})
 * @param memberName     queue member name
 * @param destChannel    the second channel ({@code DestChannel}) of two-channel events
 * @param destUniqueId   the second channel's Uniqueid
 * @param reason         cause code, dial status, AgentComplete reason, pause reason, originate response
 * @param holdSeconds    hold (queue wait) time in seconds, where the PBX reports it
 * @param talkSeconds    talk time in seconds, where the PBX reports it
 * @param paused         member paused flag, for member events
 * @param attributes     anything else worth keeping (status codes, action ids, bridge ids), never null
 */
public record CallEvent(
        String eventId,
        String pbxId,
        CallEventType type,
        Instant time,
        String linkedId,
        String uniqueId,
        String channel,
        String queue,
        String callerNumber,
        String callerName,
        String memberInterface,
        String memberName,
        String destChannel,
        String destUniqueId,
        String reason,
        Integer holdSeconds,
        Integer talkSeconds,
        Boolean paused,
        Map<String, String> attributes) {

    public CallEvent {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("eventId is required");
        }
        if (pbxId == null || type == null || time == null) {
            throw new IllegalArgumentException("pbxId, type and time are required");
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** The JMS group of this event: events of one call are consumed in order. */
    public String callGroup() {
        return pbxId + ":" + (linkedId != null ? linkedId : uniqueId != null ? uniqueId : "pbx");
    }

    /**
     * The partition of this event's call among {@code partitions}: the events of one call always land in the
     * same one, so a batch per partition keeps each call's order while partitions are consumed in parallel.
     */
    public int partition(int partitions) {
        return Math.floorMod(callGroup().hashCode(), partitions);
    }

    /**
     * For {@link CallEventType#SNAPSHOT_COMPLETE}: the Linkedids of every call the PBX has now (attribute
     * {@code linkedIds}, comma separated); empty for other events.
     */
    public java.util.Set<String> aliveLinkedIds() {
        java.util.Set<String> alive = new java.util.HashSet<>();
        String listed = attributes.get("linkedIds");
        if (listed != null) {
            for (String id : listed.split(",")) {
                if (!id.isBlank()) {
                    alive.add(id.strip());
                }
            }
        }
        return alive;
    }

    public String attribute(String name) {
        return attributes.get(name);
    }
}
