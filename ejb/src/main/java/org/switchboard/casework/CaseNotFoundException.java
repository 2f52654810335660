package org.switchboard.casework;

import jakarta.ejb.ApplicationException;

/** No such case for this caller (another tenant's looks the same: not found). */
@ApplicationException(rollback = true)
public class CaseNotFoundException extends CaseException {

    private static final long serialVersionUID = 1L;

    public CaseNotFoundException(String message) {
        super(message);
    }
}
