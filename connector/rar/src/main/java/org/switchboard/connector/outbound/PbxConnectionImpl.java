package org.switchboard.connector.outbound;

import java.util.Map;
import java.util.UUID;

import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.QueueAddAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.action.QueuePenaltyAction;
import org.asteriskjava.manager.action.QueueRemoveAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.switchboard.connector.ami.AmiActionSender;
import org.switchboard.connector.ami.AmiActionValues;
import org.switchboard.connector.api.PbxConnection;
import org.switchboard.connector.api.PbxException;

/**
 * The connection handle applications get: builds the AMI action and sends it on the adapter's live session.
 * Closing it returns the managed connection to the pool.
 */
public final class PbxConnectionImpl implements PbxConnection {

    private volatile PbxManagedConnection managedConnection;

    PbxConnectionImpl(PbxManagedConnection managedConnection) {
        this.managedConnection = managedConnection;
    }

    @Override
    public String pbxId() {
        return sender().pbxId();
    }

    @Override
    public String originate(String channel, String context, String exten, String callerId,
            Map<String, String> variables) throws PbxException {
        OriginateAction action = originateAction(channel, callerId, variables);
        action.setContext(required(context, "context"));
        action.setExten(required(exten, "exten"));
        action.setPriority(1);
        send(action);
        return action.getActionId();
    }

    @Override
    public String originateApplication(String channel, String application, String data, String callerId,
            Map<String, String> variables) throws PbxException {
        OriginateAction action = originateAction(channel, callerId, variables);
        action.setActionId(LINE_ACTION_ID_PREFIX + UUID.randomUUID());
        action.setApplication(required(application, "application"));
        action.setData(optional(data, "data"));
        send(action);
        return action.getActionId();
    }

    private static OriginateAction originateAction(String channel, String callerId, Map<String, String> variables) {
        OriginateAction action = new OriginateAction();
        action.setChannel(required(channel, "channel"));
        if (callerId != null && !callerId.isBlank()) {
            action.setCallerId(optional(callerId, "callerId"));
        }
        if (variables != null && !variables.isEmpty()) {
            variables.forEach((name, value) -> optional(value, "variable " + optional(name, "variable name")));
            action.setVariables(Map.copyOf(variables));
        }
        action.setAsync(Boolean.TRUE);
        action.setActionId("swb-orig-" + UUID.randomUUID());
        return action;
    }

    @Override
    public void hangup(String channel) throws PbxException {
        send(new HangupAction(required(channel, "channel")));
    }

    @Override
    public void redirect(String channel, String context, String exten) throws PbxException {
        send(new RedirectAction(required(channel, "channel"), required(context, "context"),
                required(exten, "exten"), 1));
    }

    @Override
    public void queueAdd(String queue, String memberInterface, String memberName, String stateInterface,
            int penalty, boolean paused) throws PbxException {
        QueueAddAction action = new QueueAddAction();
        action.setQueue(required(queue, "queue"));
        action.setInterface(required(memberInterface, "memberInterface"));
        if (memberName != null && !memberName.isBlank()) {
            action.setMemberName(optional(memberName, "memberName"));
        }
        if (stateInterface != null && !stateInterface.isBlank()) {
            action.setStateInterface(optional(stateInterface, "stateInterface"));
        }
        action.setPenalty(penalty);
        action.setPaused(paused);
        send(action);
    }

    @Override
    public void queueRemove(String queue, String memberInterface) throws PbxException {
        send(new QueueRemoveAction(required(queue, "queue"), required(memberInterface, "memberInterface")));
    }

    @Override
    public void queuePenalty(String queue, String memberInterface, int penalty) throws PbxException {
        send(new QueuePenaltyAction(required(memberInterface, "memberInterface"), penalty,
                required(queue, "queue")));
    }

    @Override
    public void queuePause(String queue, String memberInterface, boolean paused, String reason)
            throws PbxException {
        QueuePauseAction action = new QueuePauseAction();
        action.setInterface(required(memberInterface, "memberInterface"));
        if (queue != null && !queue.isBlank()) {
            action.setQueue(optional(queue, "queue"));
        }
        action.setPaused(paused);
        if (reason != null && !reason.isBlank()) {
            action.setReason(optional(reason, "reason"));
        }
        send(action);
    }

    @Override
    public void close() {
        PbxManagedConnection mc = managedConnection;
        managedConnection = null;
        if (mc != null) {
            mc.handleClosed(this);
        }
    }

    /** The container moved this handle to another managed connection. */
    void associate(PbxManagedConnection mc) {
        managedConnection = mc;
    }

    /** The managed connection was cleaned up or destroyed: this handle is dead. */
    void invalidate() {
        managedConnection = null;
    }

    private void send(ManagerAction action) throws PbxException {
        sender().send(action);
    }

    private AmiActionSender sender() {
        PbxManagedConnection mc = managedConnection;
        if (mc == null) {
            throw new IllegalStateException("PbxConnection is closed");
        }
        return mc.sender();
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return AmiActionValues.singleLine(value, name);
    }

    private static String optional(String value, String name) {
        return AmiActionValues.singleLine(value, name);
    }
}
