package org.switchboard.connector.api;

import java.util.Map;

/**
 * Actions on the PBX. Every method returns once the PBX has accepted the action, or throws a
 * {@link PbxException} saying why not (refused, or unreachable).
 */
public interface PbxConnection extends AutoCloseable {

    /** Which PBX this connection talks to. */
    String pbxId();

    /**
     * The action ids of {@link #originateApplication} start with this (asterisk-java may put its own prefix in
     * front on the wire): a line Switchboard dials into an application for its own use, such as a nailed-up agent's
     * line, never a customer call, so the call records leave such calls out.
     */
    String LINE_ACTION_ID_PREFIX = "swb-line-";

    /**
     * Asynchronous Originate: the PBX calls {@code channel} (e.g. the agent's phone) and, when it answers,
     * continues in {@code context}/{@code exten}/priority 1 (e.g. dials the customer). Returns the action id
     * under which the {@link CallEventType#ORIGINATE_RESULT} event will arrive.
     */
    String originate(String channel, String context, String exten, String callerId, Map<String, String> variables)
            throws PbxException;

    /**
     * Asynchronous Originate into a dialplan application: the PBX calls {@code channel} and, when it answers,
     * runs {@code application(data)} on it (e.g. ConfBridge for a nailed-up agent line). Returns the action id
     * of the {@link CallEventType#ORIGINATE_RESULT} event, whose channel is the line while it lasts. The action id
     * starts with {@link #LINE_ACTION_ID_PREFIX}.
     */
    String originateApplication(String channel, String application, String data, String callerId,
            Map<String, String> variables) throws PbxException;

    void hangup(String channel) throws PbxException;

    void redirect(String channel, String context, String exten) throws PbxException;

    void queueAdd(String queue, String memberInterface, String memberName, String stateInterface, int penalty,
            boolean paused) throws PbxException;

    void queueRemove(String queue, String memberInterface) throws PbxException;

    /** Changes a member's penalty in one queue (lower penalties are rung first). */
    void queuePenalty(String queue, String memberInterface, int penalty) throws PbxException;

    /** Pause ({@code paused = true}, with a reason) or unpause a member; {@code queue} null means all queues. */
    void queuePause(String queue, String memberInterface, boolean paused, String reason) throws PbxException;

    @Override
    void close();
}
