package org.switchboard.casework;

import jakarta.ejb.ApplicationException;

/** A case change that cannot be made, with a message for the user (e.g. someone else changed it meanwhile). */
@ApplicationException(rollback = true)
public class CaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseException(String message) {
        super(message);
    }
}
