package org.switchboard.infrastructure.jms;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.List;
import org.switchboard.agent.AgentEvents;
import org.switchboard.connector.api.CallEvent;

/**
 * Feeds the PBX's events to the agents' state machines ({@link AgentEvents}). A subscription of its own on the
 * call topic, so presence and call records never hold each other up; same delivery rules as
 * {@link CallEventConsumer}: local JMS transaction, redelivery with backoff, then the dead-letter queue. Agent
 * rows are locked per event, so one consumer session per call partition group keeps them in order.
 */
@MessageDriven(name = "PresenceConsumer", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/switchboard/CallEvents"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "switchboard-presence"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "clientID", propertyValue = "switchboard"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
        @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll // runs without a caller; the security domain denies unlisted methods
public class PresenceConsumer implements MessageListener {

    @EJB
    AgentEvents agents;

    @Override
    public void onMessage(Message message) {
        List<CallEvent> events = CallEventMessages.read(message, "presence");
        agents.handle(events);
    }
}
