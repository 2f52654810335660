package org.switchboard.connector.api;

/**
 * The PBX happenings Switchboard cares about, named for what they mean rather than for the AMI event that
 * carried them. The AMI source of each is given so a reader of a capture can find it.
 */
public enum CallEventType {
    /** {@code Newchannel}: a channel (one leg of a call) was created. */
    CHANNEL_CREATED,
    /** {@code QueueCallerJoin}: the caller entered a queue. */
    CALLER_QUEUED,
    /** {@code AgentCalled}: the queue offers the call to a member; the earliest event naming the agent. */
    AGENT_OFFERED,
    /** {@code AgentRingNoAnswer}: the offered member did not answer in time. */
    AGENT_RING_NO_ANSWER,
    /** {@code AgentConnect}: the member answered and is bridged to the caller. */
    AGENT_CONNECTED,
    /** {@code QueueCallerAbandon}: the caller hung up while waiting in the queue. */
    CALLER_ABANDONED,
    /** {@code AgentComplete}: the queue call with that member ended (talk time is unreliable after a Redirect). */
    AGENT_COMPLETED,
    /** {@code BlindTransfer} / {@code AttendedTransfer}: the call was transferred. */
    CALL_TRANSFERRED,
    /** {@code DialBegin} (outbound, e.g. click-to-dial): a leg started dialling a destination. */
    DIAL_STARTED,
    /** {@code DialEnd}: the dial attempt ended; {@link CallEvent#reason()} holds the DialStatus. */
    DIAL_ENDED,
    /** {@code BridgeEnter}: a channel joined a bridge (talk starts when a second party enters). */
    BRIDGE_ENTERED,
    /** {@code BridgeLeave}: a channel left a bridge (talk ends; reliable even after a Redirect). */
    BRIDGE_LEFT,
    /** {@code Hangup}: a channel hung up; {@link CallEvent#reason()} holds the cause code. */
    CHANNEL_HUNGUP,
    /** {@code OriginateResponse}: the result of an asynchronous Originate. */
    ORIGINATE_RESULT,
    /** {@code QueueMemberAdded}. */
    MEMBER_ADDED,
    /** {@code QueueMemberRemoved}. */
    MEMBER_REMOVED,
    /** {@code QueueMemberPause}. */
    MEMBER_PAUSED,
    /** {@code QueueMemberStatus}: device status of a member changed. */
    MEMBER_STATUS,
    /** Resync after (re)connect, from {@code CoreShowChannels}: a channel that exists now. */
    SNAPSHOT_CHANNEL,
    /** Resync after (re)connect, from {@code QueueStatus}: a member as it is now. */
    SNAPSHOT_MEMBER,
    /** Resync after (re)connect, from {@code QueueStatus}: a caller waiting in a queue now. */
    SNAPSHOT_QUEUE_ENTRY,
    /**
     * Resync finished. Attribute {@code linkedIds} lists every call alive now (named by a snapshot or by a live
     * event since PBX_CONNECTED); a call in progress not listed ended while the connector was not listening.
     */
    SNAPSHOT_COMPLETE,
    /** The AMI session was established (first time or after a reconnect). */
    PBX_CONNECTED,
    /** The AMI session was lost. */
    PBX_DISCONNECTED
}
