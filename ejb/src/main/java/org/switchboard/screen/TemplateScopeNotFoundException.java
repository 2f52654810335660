package org.switchboard.screen;

import jakarta.ejb.ApplicationException;

/** An agent group that is not one of the administrator's tenant's groups: as if it did not exist. */
@ApplicationException(rollback = true)
public class TemplateScopeNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateScopeNotFoundException(String group) {
        super("No agent group '" + group + "'");
    }
}
