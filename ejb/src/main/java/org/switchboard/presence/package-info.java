/**
 * Agent states and presence: one state machine in plain Java ({@link org.switchboard.presence.PresenceMachine})
 * over an immutable value per agent ({@link org.switchboard.presence.AgentPresence}).
 *
 * <p>Why immutable values: the service loads the agent's value, applies one input, and stores the result, the
 * history entries and (after the PBX accepted it) the pause state in one transaction; with an optimistic-lock
 * version two nodes handling events of the same agent cannot both win, and the loser simply retries with the
 * fresh value. Nothing is held in memory between inputs.
 *
 * <p>Feeding it from {@code CallEvent}s (the agent found by {@code memberInterface} or by the call's agent
 * channel; pass {@code event.time()} as the input's time):
 * <ul>
 * <li>{@code AGENT_OFFERED} → {@code CallOffered(linkedId)}</li>
 * <li>{@code AGENT_CONNECTED} → {@code CallConnected(linkedId)}</li>
 * <li>{@code BRIDGE_LEFT} / {@code CHANNEL_HUNGUP} of the agent's channel, and {@code AGENT_COMPLETED} →
 *     {@code CallEnded(linkedId)}; the first one counts, the others are repeats</li>
 * <li>{@code AGENT_RING_NO_ANSWER}, and {@code DIAL_ENDED} NOANSWER of the agent's leg → {@code RingNoAnswer(linkedId)}</li>
 * <li>{@code DIAL_ENDED} of the agent's leg with any other status but ANSWER (CANCEL: the caller hung up while it
 *     rang; Asterisk then sends neither AgentRingNoAnswer nor AgentComplete) → {@code RingCancelled(linkedId)}</li>
 * <li>{@code MEMBER_STATUS} / {@code MEMBER_ADDED} / {@code SNAPSHOT_MEMBER} →
 *     {@code MemberStatus(attribute "status")}; a sign-in starts with the device status unknown</li>
 * <li>{@code SNAPSHOT_COMPLETE}: for an agent whose current call is not among the live {@code linkedIds},
 *     {@code CallEnded} at the snapshot time; after the PBX restarted and memberships were re-added,
 *     {@code PbxStateLost}</li>
 * </ul>
 * Console actions and UC presence map one to one; a timer feeds {@code Tick} at
 * {@code AgentPresence.nextDeadline()}.
 */
package org.switchboard.presence;
