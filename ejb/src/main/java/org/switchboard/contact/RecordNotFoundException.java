package org.switchboard.contact;

import jakarta.ejb.ApplicationException;

/** No such contact or account for this caller; another tenant's record looks exactly the same (404). */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String message) {
        super(message);
    }
}
