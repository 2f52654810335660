package org.switchboard.web.push;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.event.WebsocketEvent;
import org.jboss.logging.Logger;
import org.switchboard.agent.AgentSessions;

/**
 * Counts an agent's open consoles by their push connection: a browser that disappears without signing out
 * (closed tab, lost network) closes it, and after the group's grace period the agent is signed out. A reload
 * closes and reopens it within a second, well inside any grace period.
 */
@ApplicationScoped
public class ConsoleConnections {

    private static final Logger LOG = Logger.getLogger(ConsoleConnections.class);

    @EJB
    AgentSessions sessions;

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent event) {
        changed(event, true);
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent event) {
        changed(event, false);
    }

    private void changed(WebsocketEvent event, boolean open) {
        if (!ScreenPopPushConsumer.CHANNEL.equals(event.getChannel()) || event.getUser() == null) {
            return;
        }
        try {
            sessions.consoleConnected(event.getUser().toString(), open);
        } catch (RuntimeException e) {
            LOG.warnf("SWB-WEB-003: console %s of %s not counted: %s", open ? "opening" : "closing",
                    event.getUser(), e.getMessage());
        }
    }
}
