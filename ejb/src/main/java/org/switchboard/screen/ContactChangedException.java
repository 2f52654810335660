package org.switchboard.screen;

import jakarta.ejb.ApplicationException;

/** A contact edited on the pop was changed by someone else since the agent read it: reload, then change again. */
@ApplicationException(rollback = true)
public class ContactChangedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContactChangedException(String message) {
        super(message);
    }
}
