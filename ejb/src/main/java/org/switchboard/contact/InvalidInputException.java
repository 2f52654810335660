package org.switchboard.contact;

import jakarta.ejb.ApplicationException;

/**
 * Input a person can correct (a number that is not one, an address that is not one), with a message for them
 * (400). An application exception, so it reaches the caller as itself, not as a logged system failure.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }
}
