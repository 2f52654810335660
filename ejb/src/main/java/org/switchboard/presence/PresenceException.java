package org.switchboard.presence;

/** A console action that makes no sense in the agent's state; the message can be shown to the agent. */
public class PresenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PresenceException(String message) {
        super(message);
    }
}
