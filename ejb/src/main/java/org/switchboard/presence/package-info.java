/**
 * Agent states and presence: one state machine in plain Java ({@link org.switchboard.presence.PresenceMachine})
 * over an immutable value per agent ({@link org.switchboard.presence.AgentPresence}).
 *
 * <p>Why immutable values: the service locks the agent's row ({@code AgentSessions.lock}), applies one input to
 * its value, and stores the result, the history entries and (after the PBX accepted it) the pause state in one
 * transaction. Two sessions handling events of the same agent take turns on that row lock (a transaction that
 * needs several agents locks them in username order, {@code AgentSessions.lockOrder}, so none deadlock), and the
 * row's version column catches a write that did not lock. Nothing is held in memory between inputs.
 *
 * <p>How {@code agent.AgentEvents} feeds it from {@code CallEvent}s (each input at {@code event.time()}). The agent
 * is found ({@code agent.EventRouting}) by the member interface of queue and member events, by the device of a
 * {@code DialEnd}'s {@code DestChannel}, by the nailed-up leg's channel, or by an Originate's ActionID; other
 * events (BridgeLeave, the Hangup of the agent's call leg) are not routed to agents:
 * <ul>
 * <li>{@code AGENT_OFFERED} → {@code CallOffered(linkedId)}</li>
 * <li>{@code AGENT_CONNECTED} → {@code CallConnected(linkedId)}</li>
 * <li>{@code AGENT_COMPLETED} → {@code CallEnded(linkedId)}: the only event that ends a connected call (besides a
 *     resync that no longer finds it, below); a repeat changes nothing</li>
 * <li>{@code AGENT_RING_NO_ANSWER}, and {@code DIAL_ENDED} NOANSWER of the agent's leg →
 *     {@code RingNoAnswer(linkedId)}</li>
 * <li>{@code DIAL_ENDED} of the agent's leg with any other status but ANSWER (CANCEL: the caller hung up while it
 *     rang; Asterisk then sends neither AgentRingNoAnswer nor AgentComplete) → {@code RingCancelled(linkedId)}</li>
 * <li>{@code MEMBER_STATUS} / {@code MEMBER_ADDED} / {@code SNAPSHOT_MEMBER} →
 *     {@code MemberStatus(attribute "status")}; a sign-in starts with the device status unknown, and the
 *     sign-in's own {@code QueueMemberAdded} tells the phone's state</li>
 * <li>{@code ORIGINATE_RESULT} of a nailed-up sign-in: success records the leg; failure →
 *     {@code NailedUpLegLost}. {@code CHANNEL_HUNGUP} of the nailed-up leg → {@code NailedUpLegLost}</li>
 * <li>{@code SNAPSHOT_COMPLETE} (not part of a batch; each agent in a transaction of its own): memberships added
 *     again; a nailed-up leg no longer among the live {@code linkedIds} → {@code NailedUpLegLost}; a current call
 *     no longer among them → {@code CallEnded} at the snapshot time; then {@code PbxStateLost}, so the pause state
 *     is sent again</li>
 * </ul>
 * Console actions and UC presence map one to one; a timer feeds {@code Tick} at
 * {@code AgentPresence.nextDeadline()}.
 */
package org.switchboard.presence;
