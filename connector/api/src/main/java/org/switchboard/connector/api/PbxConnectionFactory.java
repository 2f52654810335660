package org.switchboard.connector.api;

/**
 * The resource adapter's outbound connection factory, looked up at {@link PbxDestinations#CONNECTION_FACTORY}.
 * Connections are cheap handles on the adapter's AMI session; close them (try-with-resources).
 */
public interface PbxConnectionFactory {

    /** A connection to the default (first configured) PBX. */
    PbxConnection getConnection() throws PbxException;
}
