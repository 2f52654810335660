package org.switchboard.connector;

import org.jboss.logging.Logger;

/**
 * Every log message of the connector, each with a stable id ({@code SWBCON}nnnn) that operators can grep and
 * alert on. The AMI secret is never passed to any of these methods.
 */
public final class ConnectorLog {

    private static final Logger LOG = Logger.getLogger("org.switchboard.connector");

    private ConnectorLog() {
    }

    public static void connected(String pbxId, String host, int port, String version) {
        LOG.infof("SWBCON0001: Connected to PBX %s at %s:%d (%s)", pbxId, host, port, version);
    }

    public static void disconnected(String pbxId, String host, int port) {
        LOG.warnf("SWBCON0002: Lost the AMI connection to PBX %s at %s:%d, reconnecting", pbxId, host, port);
    }

    public static void connectFailed(String pbxId, String host, int port, long retryMillis, Throwable cause) {
        LOG.warnf("SWBCON0003: Cannot log in to PBX %s at %s:%d (%s), next attempt in %d ms", pbxId, host, port,
                describe(cause), retryMillis);
    }

    public static void resyncFailed(String pbxId, Throwable cause) {
        LOG.errorf("SWBCON0004: Resync of PBX %s after connect failed (%s), reconnecting", pbxId, describe(cause));
    }

    public static void keepAliveFailed(String pbxId, Throwable cause) {
        LOG.warnf("SWBCON0005: PBX %s did not answer the keep-alive Ping (%s), reconnecting", pbxId,
                describe(cause));
    }

    public static void sessionStopped(String pbxId) {
        LOG.infof("SWBCON0006: AMI session of PBX %s stopped", pbxId);
    }

    public static void eventDropped(String eventClass) {
        LOG.debugf("SWBCON0010: AMI event %s is not translated (logged once per type)", eventClass);
    }

    public static void translationFailed(String eventClass, Throwable cause) {
        LOG.warnf(cause, "SWBCON0011: Skipped AMI event %s that could not be translated", eventClass);
    }

    public static void duplicateDialEnd(String uniqueId, String destUniqueId, String status) {
        LOG.debugf("SWBCON0012: Dropped a second DialEnd %s for %s -> %s (the first one is final)", status, uniqueId,
                destUniqueId);
    }

    public static void bufferFull(String pbxId, long capacityBytes, long usedBytes, long refusedSoFar) {
        LOG.errorf("SWBCON0020: Event buffer of PBX %s is full (%d of %d bytes, JMS unavailable?): call events are"
                + " being refused, %d refused so far; the PBX state is resynced once publishing works again", pbxId,
                usedBytes, capacityBytes, refusedSoFar);
    }

    public static void resyncRequested(String pbxId, long refusedSoFar, long resyncs) {
        LOG.warnf("SWBCON0025: Publishing call events of PBX %s works again after %d events were refused: asking"
                + " for a resync of the PBX state (resync %d for dropped events)", pbxId, refusedSoFar, resyncs);
    }

    public static void resyncRequestFailed(String pbxId, Throwable cause) {
        LOG.errorf("SWBCON0026: Could not ask the AMI session of PBX %s for a resync (%s)", pbxId, describe(cause));
    }

    public static void resyncForDroppedEvents(String pbxId) {
        LOG.infof("SWBCON0007: Reconnecting to PBX %s to read its state again (call events were dropped)", pbxId);
    }

    public static void monitorNotRegistered(String name, Throwable cause) {
        LOG.warnf("SWBCON0033: Connector statistics MBean %s not registered (%s); the counters are still logged"
                + " at stop", name, describe(cause));
    }

    public static void valuesCut(String pbxId, String amiEvent, String linkedId, String what) {
        LOG.warnf("SWBCON0013: AMI event %s of call %s (PBX %s) had values the call records cannot hold, kept what"
                + " fits: %s (logged once per call and set of fields)", amiEvent, linkedId, pbxId, what);
    }

    public static void publishFailed(String pbxId, long buffered, long retryMillis, Throwable cause) {
        LOG.warnf("SWBCON0021: Cannot publish call events of PBX %s (%s); %d buffered, retrying in %d ms", pbxId,
                describe(cause), buffered, retryMillis);
    }

    public static void publishRecovered(String pbxId, long buffered) {
        LOG.infof("SWBCON0022: Publishing call events of PBX %s again, %d buffered", pbxId, buffered);
    }

    public static void offerDropped(String pbxId, long droppedSoFar, Throwable cause) {
        LOG.warnf("SWBCON0024: Screen-pop hint of PBX %s not sent (%s); %d dropped so far (the durable path still "
                + "brings the pop)", pbxId, describe(cause), droppedSoFar);
    }

    public static void undelivered(String pbxId, long count) {
        LOG.errorf("SWBCON0023: Stopped with %d call events of PBX %s not published", count, pbxId);
    }

    public static void started(String pbxId, String host, int port, String topic) {
        LOG.infof("SWBCON0030: Starting the Switchboard connector for PBX %s at %s:%d, publishing to %s", pbxId,
                host, port, topic);
    }

    public static void stopped(String pbxId, long accepted, long published, long refused) {
        LOG.infof("SWBCON0031: Stopped the Switchboard connector for PBX %s (events accepted %d, published %d,"
                + " refused %d)", pbxId, accepted, published, refused);
    }

    public static void workFailed(String work, Throwable cause) {
        LOG.errorf(cause, "SWBCON0032: %s ended unexpectedly", work);
    }

    public static void actionFailed(String pbxId, String action, String message) {
        LOG.debugf("SWBCON0040: PBX %s refused %s: %s", pbxId, action, message);
    }

    private static String describe(Throwable t) {
        if (t == null) {
            return "unknown cause";
        }
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(c.getClass().getSimpleName());
            if (c.getMessage() != null) {
                sb.append(": ").append(c.getMessage());
            }
        }
        return sb.toString();
    }
}
