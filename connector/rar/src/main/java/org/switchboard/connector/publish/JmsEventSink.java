package org.switchboard.connector.publish;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventCodec;
import org.switchboard.connector.api.PbxDestinations;

/**
 * Publishes call events to the call topic as persistent JSON text messages. The connection factory and topic
 * are looked up in JNDI on (re)open. A persistent send on a non-XA connection returns once the broker has
 * stored the message, so a returned {@link #send} means the event is safe.
 *
 * <p>Message properties: {@link PbxDestinations#PROPERTY_EVENT_TYPE}, {@link PbxDestinations#PROPERTY_EVENT_ID},
 * {@code _AMQ_DUPL_ID} = event id (Artemis duplicate detection drops a resend after an ambiguous failure) and
 * {@code JMSXGroupID} = {@link CallEvent#callGroup()} (events of one call are consumed in order).
 */
public final class JmsEventSink implements EventSink {

    /** Artemis' duplicate-detection property. */
    public static final String DUPLICATE_ID_PROPERTY = "_AMQ_DUPL_ID";
    public static final String GROUP_ID_PROPERTY = "JMSXGroupID";

    private final String connectionFactoryJndiName;
    private final String topicJndiName;
    private Connection connection;
    private Session session;
    private MessageProducer producer;

    public JmsEventSink(String connectionFactoryJndiName, String topicJndiName) {
        this.connectionFactoryJndiName = connectionFactoryJndiName;
        this.topicJndiName = topicJndiName;
    }

    @Override
    public void send(CallEvent event) throws JMSException, NamingException {
        if (producer == null) {
            open();
        }
        TextMessage message = session.createTextMessage(CallEventCodec.toJson(event));
        message.setStringProperty(PbxDestinations.PROPERTY_EVENT_TYPE, event.type().name());
        message.setStringProperty(PbxDestinations.PROPERTY_EVENT_ID, event.eventId());
        message.setStringProperty(DUPLICATE_ID_PROPERTY, event.eventId());
        message.setStringProperty(GROUP_ID_PROPERTY, event.callGroup());
        producer.send(message, DeliveryMode.PERSISTENT, Message.DEFAULT_PRIORITY, Message.DEFAULT_TIME_TO_LIVE);
    }

    private void open() throws NamingException, JMSException {
        InitialContext context = new InitialContext();
        try {
            ConnectionFactory factory = (ConnectionFactory) context.lookup(connectionFactoryJndiName);
            Destination topic = (Destination) context.lookup(topicJndiName);
            connection = factory.createConnection();
            session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            producer = session.createProducer(topic);
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        } catch (NamingException | JMSException | RuntimeException e) {
            close();
            throw e;
        } finally {
            context.close();
        }
    }

    @Override
    public void close() {
        Connection toClose = connection;
        connection = null;
        session = null;
        producer = null;
        if (toClose != null) {
            try {
                toClose.close();
            } catch (JMSException | RuntimeException e) {
                // the connection is broken anyway; the next send opens a new one
            }
        }
    }
}
