package org.switchboard.agent;

import jakarta.ejb.ApplicationException;

/** An agent action that cannot be done, with a message for the agent. Rolls the transaction back. */
@ApplicationException(rollback = true)
public class AgentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AgentException(String message) {
        super(message);
    }

    public AgentException(String message, Throwable cause) {
        super(message, cause);
    }
}
