package org.switchboard.agent;

import jakarta.ejb.ApplicationException;

/** The agent does not exist, or not for this caller (another supervisor's group): answered as 404 alike. */
@ApplicationException(rollback = true)
public class AgentNotFoundException extends AgentException {

    private static final long serialVersionUID = 1L;

    public AgentNotFoundException(String message) {
        super(message);
    }
}
