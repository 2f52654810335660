package org.switchboard.web.push;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.jboss.logging.Logger;

/**
 * Receives committed screen-pop notices (non-durable: a pop for a browser that is not connected is of no use)
 * and pushes "pop" to that agent's browsers through the Faces websocket channel; the page then fetches the
 * pop with an ajax request, rendered and escaped on the server.
 */
@MessageDriven(name = "ScreenPopPushConsumer", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/switchboard/ScreenPops"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@PermitAll // runs without a caller; the security domain denies unlisted methods
public class ScreenPopPushConsumer implements MessageListener {

    public static final String CHANNEL = "pop";
    public static final String EVENT = "pop";

    private static final Logger LOG = Logger.getLogger(ScreenPopPushConsumer.class);

    @Inject
    @Push(channel = CHANNEL)
    PushContext popChannel;

    @Override
    public void onMessage(Message message) {
        try {
            String username = message.getStringProperty("username");
            if (username != null) {
                int browsers = popChannel.send(EVENT, username).size();
                LOG.infof("SWB-WEB-002: pop pushed to %d browser(s) of %s", browsers, username);
            }
        } catch (JMSException e) {
            // Not rethrown on purpose: a pop is a live hint, the call record is already safe in the database.
            LOG.warnf("SWB-WEB-001: unreadable screen-pop notice dropped: %s", e.getMessage());
        }
    }
}
