package org.switchboard.connector.outbound;

import jakarta.resource.spi.ManagedConnectionMetaData;

/** What the container may show about the EIS: an Asterisk PBX over AMI. */
public final class PbxManagedConnectionMetaData implements ManagedConnectionMetaData {

    private final PbxManagedConnectionFactory factory;

    PbxManagedConnectionMetaData(PbxManagedConnectionFactory factory) {
        this.factory = factory;
    }

    @Override
    public String getEISProductName() {
        return "Asterisk (AMI)";
    }

    @Override
    public String getEISProductVersion() {
        return factory.adapterDescription();
    }

    /** Shared session: no limit from the EIS side. */
    @Override
    public int getMaxConnections() {
        return 0;
    }

    @Override
    public String getUserName() {
        return factory.adapterUserName();
    }
}
