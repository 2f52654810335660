package org.switchboard.dialling;

import jakarta.ejb.ApplicationException;

/** The agent or approval is not the administrator's tenant's, or does not exist: answered 404 alike. */
@ApplicationException(rollback = true)
public class ApprovalNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ApprovalNotFoundException(String message) {
        super(message);
    }
}
