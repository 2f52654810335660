package org.switchboard.operations;

import java.util.List;

/** Port to the running PBX connectors' statistics (JMX in {@code infrastructure.jmx}). */
public interface Connectors {

    List<ConnectorSummary> all();
}
