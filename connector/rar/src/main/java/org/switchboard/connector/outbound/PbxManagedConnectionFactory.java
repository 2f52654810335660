package org.switchboard.connector.outbound;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.Set;

import javax.security.auth.Subject;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;

import org.switchboard.connector.AsteriskResourceAdapter;
import org.switchboard.connector.ami.AmiActionSender;
import org.switchboard.connector.api.PbxException;

/**
 * Outbound connection definition of the adapter (bound at {@code java:/switchboard/pbx}). Every managed
 * connection it creates sends on the associated adapter's one AMI session.
 */
public class PbxManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation {

    private static final long serialVersionUID = 1L;

    private transient ResourceAdapter resourceAdapter;
    private transient AmiActionSender sender;
    private transient PrintWriter logWriter;

    public PbxManagedConnectionFactory() {
    }

    /** For use outside a container (tests): actions go to the given sender. */
    public PbxManagedConnectionFactory(AmiActionSender sender) {
        this.sender = sender;
    }

    @Override
    public Object createConnectionFactory(ConnectionManager connectionManager) {
        return new PbxConnectionFactoryImpl(this, connectionManager);
    }

    @Override
    public Object createConnectionFactory() {
        return new PbxConnectionFactoryImpl(this, new UnmanagedConnectionManager());
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
        return new PbxManagedConnection(this);
    }

    @Override
    public ManagedConnection matchManagedConnections(@SuppressWarnings("rawtypes") Set connections,
            Subject subject, ConnectionRequestInfo info) {
        for (Object candidate : connections) {
            if (candidate instanceof PbxManagedConnection mc && mc.factory() == this) {
                return mc;
            }
        }
        return null;
    }

    AmiActionSender sender() {
        if (sender != null) {
            return sender;
        }
        if (resourceAdapter instanceof AsteriskResourceAdapter ra) {
            return ra.actionSender();
        }
        return NOT_STARTED;
    }

    String adapterDescription() {
        return resourceAdapter instanceof AsteriskResourceAdapter ra ? ra.getPbxId() : "unknown PBX";
    }

    String adapterUserName() {
        return resourceAdapter instanceof AsteriskResourceAdapter ra ? ra.getUsername() : null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) throws ResourceException {
        this.resourceAdapter = resourceAdapter;
    }

    // JCA: equality over the configuration (there is none besides the adapter)
    @Override
    public boolean equals(Object o) {
        return o instanceof PbxManagedConnectionFactory other && Objects.equals(resourceAdapter,
                other.resourceAdapter) && Objects.equals(sender, other.sender);
    }

    @Override
    public int hashCode() {
        return Objects.hash(resourceAdapter, sender);
    }

    private static final AmiActionSender NOT_STARTED = new AmiActionSender() {
        @Override
        public String pbxId() {
            return "unknown";
        }

        @Override
        public org.asteriskjava.manager.response.ManagerResponse send(
                org.asteriskjava.manager.action.ManagerAction action) throws PbxException {
            throw new PbxException("The PBX connector is not started", true);
        }
    };

    /** Outside a container: every allocation is a fresh managed connection. */
    static final class UnmanagedConnectionManager implements ConnectionManager {
        private static final long serialVersionUID = 1L;

        @Override
        public Object allocateConnection(ManagedConnectionFactory mcf, ConnectionRequestInfo info)
                throws ResourceException {
            ManagedConnection mc = mcf.createManagedConnection(null, info);
            return mc.getConnection(null, info);
        }
    }
}
