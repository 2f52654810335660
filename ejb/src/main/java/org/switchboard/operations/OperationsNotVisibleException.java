package org.switchboard.operations;

import jakarta.ejb.ApplicationException;

/** An administrator of a tenant other than the default one asked for the installation's operations view. */
@ApplicationException
public class OperationsNotVisibleException extends RuntimeException {

    public OperationsNotVisibleException() {
        super("Not found");
    }
}
