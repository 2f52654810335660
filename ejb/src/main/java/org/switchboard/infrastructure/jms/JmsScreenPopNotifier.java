package org.switchboard.infrastructure.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import org.switchboard.screen.ScreenPopNotifier;

/**
 * Publishes "pop ready" notices on the ScreenPops topic. The injected JMSContext joins the current JTA
 * transaction, so the notice is delivered only if the call record commits. Every web node subscribes and
 * pushes to the browsers connected to it.
 */
@ApplicationScoped
public class JmsScreenPopNotifier implements ScreenPopNotifier {

    public static final String SCREEN_POP_TOPIC = "java:/jms/switchboard/ScreenPops";
    public static final String PROPERTY_USERNAME = "username";
    public static final String PROPERTY_CALL_ID = "callId";

    @Inject
    JMSContext jms;

    @Resource(lookup = SCREEN_POP_TOPIC)
    Topic topic;

    @Override
    public void popChanged(String username, long callId) {
        jms.createProducer()
                .setProperty(PROPERTY_USERNAME, username)
                .setProperty(PROPERTY_CALL_ID, callId)
                .setTimeToLive(60_000) // a pop nobody shows within a minute is worthless
                // A hint, not a record (the call record is committed already): no journal write on its way.
                .setDeliveryMode(jakarta.jms.DeliveryMode.NON_PERSISTENT)
                .send(topic, username);
    }
}
