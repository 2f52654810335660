package org.switchboard.connector;

/**
 * The connector's counters as a standard MBean, {@code org.switchboard:type=Connector,pbx=<pbxId>} in the
 * server's platform MBean server: operators read it with any JMX client (WildFly's {@code jconsole.sh} over the
 * management port), and the application's operations page reads the same attributes. See
 * {@link ConnectorStatistics} for what each means.
 */
public interface ConnectorMonitorMBean {

    String getPbxId();

    boolean isConnected();

    long getAccepted();

    long getPublished();

    long getRefused();

    long getRefusedBytes();

    long getBuffered();

    long getBufferedBytes();

    long getCapacityBytes();

    long getPeakBytes();

    int getFillPercent();

    long getResyncsRequested();
}
