package org.switchboard.screen;

import jakarta.ejb.ApplicationException;

/**
 * A template change made on top of a version that is no longer the current one (someone else saved meanwhile),
 * or a version that is not kept any more. The message says what to do.
 */
@ApplicationException(rollback = true)
public class TemplateConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateConflictException(String message) {
        super(message);
    }
}
