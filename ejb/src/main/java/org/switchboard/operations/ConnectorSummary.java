package org.switchboard.operations;

/** One PBX connector's counters, as its MBean {@code org.switchboard:type=Connector,pbx=<id>} shows them. */
public record ConnectorSummary(String pbxId, boolean connected, long accepted, long published, long refused,
        long refusedBytes, long buffered, long bufferedBytes, long capacityBytes, long peakBytes, int fillPercent,
        long resyncsRequested) {
}
