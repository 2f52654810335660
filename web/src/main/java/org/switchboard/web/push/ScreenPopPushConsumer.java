package org.switchboard.web.push;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.jboss.logging.Logger;
import org.switchboard.infrastructure.jms.JmsScreenPopNotifier;

/**
 * Receives committed screen-pop notices (non-durable: a pop for a browser that is not connected is of no use)
 * and pushes an event name to that agent's browsers through the Faces websocket channel: "pop" (a call was
 * offered: the page fetches the full card with an ajax request, rendered and escaped on the server), "ended"
 * and "state". The caller's first paint comes earlier, through {@link OfferPreviewConsumer}.
 */
@MessageDriven(name = "ScreenPopPushConsumer", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JmsScreenPopNotifier.SCREEN_POP_TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // a live hint: nothing to commit, no transaction
@PermitAll // runs without a caller; the security domain denies unlisted methods
public class ScreenPopPushConsumer implements MessageListener {

    public static final String CHANNEL = ConsolePush.CHANNEL;
    /** Pushed when a call is offered: the page fetches the pop card only. */
    public static final String EVENT = "pop";
    /** Pushed when the agent's call ended: the page fetches the pop card and the history. */
    public static final String EVENT_ENDED = "ended";
    /** Pushed when the agent's state changed (PBX event, timer, supervisor): the page fetches the state. */
    public static final String EVENT_STATE = "state";

    private static final Logger LOG = Logger.getLogger(ScreenPopPushConsumer.class);

    @Inject
    ConsolePush console;

    @Override
    public void onMessage(Message message) {
        try {
            String username = message.getStringProperty(JmsScreenPopNotifier.PROPERTY_USERNAME);
            String change = message.getStringProperty(JmsScreenPopNotifier.PROPERTY_CHANGE);
            if (username != null && JmsScreenPopNotifier.CHANGE_STATE.equals(change)) {
                console.send(EVENT_STATE, username);
            } else if (username != null) {
                boolean ended = JmsScreenPopNotifier.CHANGE_ENDED.equals(change);
                int browsers = console.send(ended ? EVENT_ENDED : EVENT, username);
                long eventAt = message.propertyExists(JmsScreenPopNotifier.PROPERTY_EVENT_AT)
                        ? message.getLongProperty(JmsScreenPopNotifier.PROPERTY_EVENT_AT) : 0;
                // The delay from the PBX's event to the push tells operations whether the server keeps up.
                LOG.infof("SWB-WEB-002: %s pushed to %d browser(s) of %s, %d ms after the PBX event",
                        ended ? "call end" : "pop", browsers, username,
                        eventAt == 0 ? -1 : System.currentTimeMillis() - eventAt);
            }
        } catch (JMSException e) {
            // Not rethrown on purpose: a pop is a live hint, the call record is already safe in the database.
            LOG.warnf("SWB-WEB-001: unreadable screen-pop notice dropped: %s", e.getMessage());
        }
    }
}
