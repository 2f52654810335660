package org.switchboard.connector.api;

/** JNDI names shared by the connector, the EJBs and the server configuration. One place, on purpose. */
public final class PbxDestinations {

    /**
     * Topic the connector publishes {@link CallEvent}s to: JSON text messages, each a batch (array) of the events
     * of one partition of calls, in order; JMSXGroupID {@code <pbxId>:p<partition>}, so each partition is
     * consumed by one consumer at a time and a call's events are applied in order.
     */
    public static final String CALL_TOPIC = "java:/jms/switchboard/CallEvents";

    /**
     * Non-persistent topic of screen-pop hints: each {@link CallEventType#AGENT_OFFERED} again, sent at once as a
     * one-event JSON array, so the console can show the caller before the durable path has recorded the call.
     */
    public static final String OFFER_TOPIC = "java:/jms/switchboard/CallOffers";

    /** Outbound connection factory for actions on the PBX. */
    public static final String CONNECTION_FACTORY = "java:/switchboard/pbx";

    /** JMS message property: how many events the message carries (for operators browsing the topic). */
    public static final String PROPERTY_EVENT_COUNT = "switchboardEventCount";

    /** JMS message property: the id of the batch's first event (for tracing a message to the AMI log). */
    public static final String PROPERTY_FIRST_EVENT_ID = "switchboardFirstEventId";

    private PbxDestinations() {
    }
}
