package org.switchboard.infrastructure.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import org.switchboard.screen.PopNotice;
import org.switchboard.screen.ScreenPopNotifier;

/**
 * Publishes console notices on the ScreenPops topic: "pop ready" after the call record committed (outside any
 * transaction, so the send is immediate), and "agent state changed" inside the transaction that changed it (the
 * injected JMSContext joins it). Every web node subscribes and pushes to the browsers connected to it.
 */
@ApplicationScoped
public class JmsScreenPopNotifier implements ScreenPopNotifier {

    public static final String SCREEN_POP_TOPIC = "java:/jms/switchboard/ScreenPops";
    public static final String PROPERTY_USERNAME = "username";
    public static final String PROPERTY_CALL_ID = "callId";
    /** {@value #CHANGE_OFFERED} or {@value #CHANGE_ENDED}. */
    public static final String PROPERTY_CHANGE = "change";
    public static final String CHANGE_OFFERED = "offered";
    public static final String CHANGE_ENDED = "ended";
    public static final String CHANGE_STATE = "state";
    /** The PBX's time of the event, epoch milliseconds. */
    public static final String PROPERTY_EVENT_AT = "eventAt";

    @Inject
    JMSContext jms;

    @Resource(lookup = SCREEN_POP_TOPIC)
    Topic topic;

    @Override
    public void popChanged(PopNotice notice) {
        jms.createProducer()
                .setProperty(PROPERTY_USERNAME, notice.username())
                .setProperty(PROPERTY_CALL_ID, notice.callId())
                .setProperty(PROPERTY_CHANGE, notice.ended() ? CHANGE_ENDED : CHANGE_OFFERED)
                .setProperty(PROPERTY_EVENT_AT, notice.eventAt().toEpochMilli())
                .setTimeToLive(60_000) // a pop nobody shows within a minute is worthless
                // A hint, not a record (the call record is committed already): no journal write on its way.
                .setDeliveryMode(jakarta.jms.DeliveryMode.NON_PERSISTENT)
                .send(topic, notice.username());
    }

    /** Inside the caller's transaction: the console hears of a state only once it is committed. */
    @Override
    public void agentStateChanged(String username) {
        jms.createProducer()
                .setProperty(PROPERTY_USERNAME, username)
                .setProperty(PROPERTY_CHANGE, CHANGE_STATE)
                .setTimeToLive(60_000)
                .setDeliveryMode(jakarta.jms.DeliveryMode.NON_PERSISTENT)
                .send(topic, username);
    }
}
