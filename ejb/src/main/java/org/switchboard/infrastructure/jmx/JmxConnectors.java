package org.switchboard.infrastructure.jmx;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.switchboard.operations.ConnectorSummary;
import org.switchboard.operations.Connectors;

/**
 * Reads the connectors' MBeans ({@code org.switchboard:type=Connector,pbx=<id>}, registered by the resource
 * adapter in the server's platform MBean server): the same numbers a JMX client sees.
 */
@ApplicationScoped
public class JmxConnectors implements Connectors {

    static final String PATTERN = "org.switchboard:type=Connector,*";

    @Override
    public List<ConnectorSummary> all() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        List<ConnectorSummary> result = new ArrayList<>();
        try {
            for (ObjectName name : server.queryNames(new ObjectName(PATTERN), null)) {
                try {
                    result.add(new ConnectorSummary((String) server.getAttribute(name, "PbxId"),
                            (Boolean) server.getAttribute(name, "Connected"), number(server, name, "Accepted"),
                            number(server, name, "Published"), number(server, name, "Refused"),
                            number(server, name, "RefusedBytes"), number(server, name, "Buffered"),
                            number(server, name, "BufferedBytes"), number(server, name, "CapacityBytes"),
                            number(server, name, "PeakBytes"), (int) number(server, name, "FillPercent"),
                            number(server, name, "ResyncsRequested")));
                } catch (JMException e) {
                    // unregistered meanwhile (adapter stopping): not running, not listed
                }
            }
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
        result.sort(Comparator.comparing(ConnectorSummary::pbxId));
        return result;
    }

    private static long number(MBeanServer server, ObjectName name, String attribute) throws JMException {
        return ((Number) server.getAttribute(name, attribute)).longValue();
    }
}
