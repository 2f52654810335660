package org.switchboard.connector;

/**
 * Counters of one adapter activation.
 *
 * @param accepted  events taken into the buffer
 * @param published events stored by the topic
 * @param refused   events dropped because the buffer was full (JMS down too long); each is also logged as
 *                  SWBCON0020 (rate-limited)
 * @param buffered  accepted and not yet published
 */
public record ConnectorStatistics(String pbxId, boolean connected, long accepted, long published, long refused,
        long buffered) {
}
