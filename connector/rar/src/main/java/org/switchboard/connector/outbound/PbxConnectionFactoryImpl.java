package org.switchboard.connector.outbound;

import java.io.Serializable;

import javax.naming.Reference;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;

import org.switchboard.connector.api.PbxConnection;
import org.switchboard.connector.api.PbxConnectionFactory;
import org.switchboard.connector.api.PbxException;

/** What applications look up at {@code java:/switchboard/pbx}. */
public final class PbxConnectionFactoryImpl implements PbxConnectionFactory, Serializable, Referenceable {

    private static final long serialVersionUID = 1L;

    private final PbxManagedConnectionFactory managedConnectionFactory;
    private final ConnectionManager connectionManager;
    private Reference reference;

    PbxConnectionFactoryImpl(PbxManagedConnectionFactory managedConnectionFactory,
            ConnectionManager connectionManager) {
        this.managedConnectionFactory = managedConnectionFactory;
        this.connectionManager = connectionManager;
    }

    @Override
    public PbxConnection getConnection() throws PbxException {
        try {
            return (PbxConnection) connectionManager.allocateConnection(managedConnectionFactory, null);
        } catch (ResourceException e) {
            throw new PbxException("No connection to the PBX: " + e.getMessage(), true, e);
        }
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
