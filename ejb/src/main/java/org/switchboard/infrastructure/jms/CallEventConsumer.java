package org.switchboard.infrastructure.jms;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import org.jboss.logging.Logger;
import org.switchboard.call.CallEventService;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventCodec;

/**
 * Consumes the connector's call events (durable, shared subscription, so several nodes share the work) and
 * hands each to {@link CallEventService}. Failures are rethrown: the broker redelivers with backoff and, after
 * the configured attempts, moves the message to the dead-letter queue. Nothing is swallowed.
 */
@MessageDriven(name = "CallEventConsumer", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/switchboard/CallEvents"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "switchboard-call-records"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "clientID", propertyValue = "switchboard"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
})
@PermitAll // runs without a caller; the security domain denies unlisted methods
public class CallEventConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(CallEventConsumer.class);

    @EJB
    CallEventService calls;

    @Override
    public void onMessage(Message message) {
        String body;
        try {
            body = ((TextMessage) message).getText();
        } catch (JMSException | ClassCastException e) {
            throw new IllegalStateException("SWB-JMS-001: unreadable call event message", e);
        }
        CallEvent event;
        try {
            event = CallEventCodec.fromJson(body);
        } catch (IllegalArgumentException e) {
            // Redelivery cannot fix a malformed body; it goes to the dead-letter queue after the attempts.
            LOG.errorf("SWB-JMS-002: malformed call event, will be dead-lettered: %s", e.getMessage());
            throw e;
        }
        calls.handle(event);
    }
}
