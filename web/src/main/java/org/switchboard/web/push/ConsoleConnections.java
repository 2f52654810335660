package org.switchboard.web.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.event.WebsocketEvent;
import org.jboss.logging.Logger;

/**
 * Logs consoles' push connections opening and closing (with the close code), for operations: an agent who says
 * "my pops stopped" can be traced. Whether an agent is still there is decided by the console's heartbeat, not
 * by these events (an abruptly lost browser does not always close its connection).
 *
 * <p>Keep it: in this WildFly (Mojarra) the user-targeted pushes reached nobody ("pushed to 0 browser(s)") in the
 * browser test whenever no observer of {@link WebsocketEvent} was deployed, four runs out of four, and reached
 * the console in every run with this one.
 */
@ApplicationScoped
public class ConsoleConnections {

    private static final Logger LOG = Logger.getLogger(ConsoleConnections.class);

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent event) {
        LOG.infof("SWB-WEB-006: console push of %s connected (%s)", event.getUser(), event.getChannel());
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent event) {
        LOG.infof("SWB-WEB-007: console push of %s closed (%s, %s)", event.getUser(), event.getChannel(),
                event.getCloseCode());
    }
}
