package org.switchboard.connector;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** Publishes an activation's {@link ConnectorStatistics} as {@link ConnectorMonitorMBean} while it runs. */
public final class ConnectorMonitor implements ConnectorMonitorMBean {

    public static final String DOMAIN = "org.switchboard";

    private final Supplier<ConnectorStatistics> statistics;

    ConnectorMonitor(Supplier<ConnectorStatistics> statistics) {
        this.statistics = statistics;
    }

    public static ObjectName name(String pbxId) {
        try {
            return new ObjectName(DOMAIN + ":type=Connector,pbx=" + ObjectName.quote(pbxId));
        } catch (JMException e) {
            throw new IllegalArgumentException("pbxId " + pbxId, e);
        }
    }

    /** Registers (replacing a leftover of an earlier activation); null when JMX refuses, which is only logged. */
    static ObjectName register(String pbxId, Supplier<ConnectorStatistics> statistics) {
        ObjectName name = name(pbxId);
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(new ConnectorMonitor(statistics), name);
            return name;
        } catch (JMException | RuntimeException e) {
            ConnectorLog.monitorNotRegistered(name.toString(), e);
            return null;
        }
    }

    static void unregister(ObjectName name) {
        if (name == null) {
            return;
        }
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
        } catch (JMException | RuntimeException e) {
            // already gone
        }
    }

    @Override
    public String getPbxId() {
        return statistics.get().pbxId();
    }

    @Override
    public boolean isConnected() {
        return statistics.get().connected();
    }

    @Override
    public long getAccepted() {
        return statistics.get().accepted();
    }

    @Override
    public long getPublished() {
        return statistics.get().published();
    }

    @Override
    public long getRefused() {
        return statistics.get().refused();
    }

    @Override
    public long getRefusedBytes() {
        return statistics.get().refusedBytes();
    }

    @Override
    public long getBuffered() {
        return statistics.get().buffered();
    }

    @Override
    public long getBufferedBytes() {
        return statistics.get().bufferedBytes();
    }

    @Override
    public long getCapacityBytes() {
        return statistics.get().capacityBytes();
    }

    @Override
    public long getPeakBytes() {
        return statistics.get().peakBytes();
    }

    @Override
    public int getFillPercent() {
        return statistics.get().fillPercent();
    }

    @Override
    public long getResyncsRequested() {
        return statistics.get().resyncsRequested();
    }
}
