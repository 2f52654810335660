package org.switchboard.connector.outbound;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;

import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;

import org.switchboard.connector.ami.AmiActionSender;

/**
 * A light handle on the adapter's one AMI session (asterisk-java's {@code sendAction} is thread-safe, so
 * pooled managed connections share it). No transactions.
 */
public final class PbxManagedConnection implements ManagedConnection {

    private final PbxManagedConnectionFactory factory;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<PbxConnectionImpl> handles = new CopyOnWriteArraySet<>();
    private PrintWriter logWriter;

    PbxManagedConnection(PbxManagedConnectionFactory factory) {
        this.factory = factory;
    }

    AmiActionSender sender() {
        return factory.sender();
    }

    PbxManagedConnectionFactory factory() {
        return factory;
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        PbxConnectionImpl handle = new PbxConnectionImpl(this);
        handles.add(handle);
        return handle;
    }

    void handleClosed(PbxConnectionImpl handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        for (ConnectionEventListener listener : listeners) {
            listener.connectionClosed(event);
        }
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof PbxConnectionImpl handle)) {
            throw new ResourceException("Not a PbxConnection handle: " + connection);
        }
        handle.associate(this);
        handles.add(handle);
    }

    @Override
    public void cleanup() {
        for (PbxConnectionImpl handle : handles) {
            handle.invalidate();
        }
        handles.clear();
    }

    @Override
    public void destroy() {
        cleanup();
        listeners.clear();
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("The PBX connector does not support transactions");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("The PBX connector does not support transactions");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new PbxManagedConnectionMetaData(factory);
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }
}
