package org.switchboard.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.switchboard.tenant.TenantDirectory;

/**
 * The operations view for administrators of the default tenant (the installation's operator). An administrator
 * of another tenant is told there is nothing here ({@link OperationsNotVisibleException}, a 404): the broker and
 * the connector are shared by every tenant and are none of one customer's business.
 */
@Stateless
@RolesAllowed("admin")
@TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads the broker and JMX, not the database
public class OperationsService {

    @Inject
    DeadLetters deadLetters;

    @Inject
    Connectors connectors;

    @EJB
    TenantDirectory tenants;

    public DeadLetterSummary deadLetters() {
        requireOperator();
        return deadLetters.summary();
    }

    public List<ConnectorSummary> connectors() {
        requireOperator();
        return connectors.all();
    }

    private void requireOperator() {
        if (tenants.current() != TenantDirectory.DEFAULT_TENANT) {
            throw new OperationsNotVisibleException();
        }
    }
}
