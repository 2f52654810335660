package org.switchboard.connector.api;

/** JNDI names shared by the connector, the EJBs and the server configuration. One place, on purpose. */
public final class PbxDestinations {

    /** Topic the connector publishes {@link CallEvent}s to (JSON text messages, grouped per call). */
    public static final String CALL_TOPIC = "java:/jms/switchboard/CallEvents";

    /** Outbound connection factory for actions on the PBX. */
    public static final String CONNECTION_FACTORY = "java:/switchboard/pbx";

    /** JMS message property carrying the event type, so consumers and operators can filter. */
    public static final String PROPERTY_EVENT_TYPE = "switchboardEventType";

    /** JMS message property carrying the event id (duplicate detection also uses it). */
    public static final String PROPERTY_EVENT_ID = "switchboardEventId";

    private PbxDestinations() {
    }
}
