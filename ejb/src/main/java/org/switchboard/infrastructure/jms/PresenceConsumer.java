package org.switchboard.infrastructure.jms;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.agent.AgentEvents;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventType;
import org.switchboard.connector.api.PbxDestinations;

/**
 * Feeds the PBX's events to the agents' state machines ({@link AgentEvents}). A subscription of its own on the
 * call topic, so presence and call records never hold each other up; same delivery rules as
 * {@link CallEventConsumer}: local JMS transaction, redelivery with backoff, then the dead-letter queue. A batch
 * locks the agent rows it concerns up front in one fixed order, so parallel sessions never deadlock.
 */
@MessageDriven(name = "PresenceConsumer", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = PbxDestinations.CALL_TOPIC),
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
        // A resync's end restores every agent, one transaction each (a failure undoes no one else's); the events
        // before and after it are handled as batches of their own, so their order around it is kept.
        List<CallEvent> batch = new ArrayList<>();
        for (CallEvent event : events) {
            if (event.type() == CallEventType.SNAPSHOT_COMPLETE) {
                handle(batch);
                batch = new ArrayList<>();
                agents.restoreAfterResync(event);
            } else {
                batch.add(event);
            }
        }
        handle(batch);
    }

    private void handle(List<CallEvent> batch) {
        if (!batch.isEmpty()) {
            agents.handle(batch);
        }
    }
}
