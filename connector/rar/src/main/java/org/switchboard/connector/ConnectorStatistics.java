package org.switchboard.connector;

/**
 * Counters of one adapter activation, also readable over JMX ({@link ConnectorMonitorMBean}).
 *
 * @param accepted         events taken into the buffer
 * @param published        events stored by the topic
 * @param refused          events dropped because the buffer was full (JMS down too long); logged as SWBCON0020
 *                         (rate-limited)
 * @param refusedBytes     their estimated size
 * @param buffered         accepted and not yet published
 * @param bufferedBytes    their estimated heap
 * @param capacityBytes    the buffer's bound (config property {@code bufferMaxBytes})
 * @param peakBytes        the most the buffer has held since the start
 * @param resyncsRequested resyncs of the PBX state asked for because events were dropped (SWBCON0025)
 */
public record ConnectorStatistics(String pbxId, boolean connected, long accepted, long published, long refused,
        long refusedBytes, long buffered, long bufferedBytes, long capacityBytes, long peakBytes,
        long resyncsRequested) {

    /** How full the buffer is, 0 to 100. */
    public int fillPercent() {
        return capacityBytes <= 0 ? 0 : (int) Math.min(100, bufferedBytes * 100 / capacityBytes);
    }
}
