package org.switchboard.contact;

import jakarta.ejb.ApplicationException;

/** The record was changed by someone else since the caller read it (optimistic locking, 409). */
@ApplicationException(rollback = true)
public class RecordChangedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordChangedException(String message) {
        super(message);
    }
}
