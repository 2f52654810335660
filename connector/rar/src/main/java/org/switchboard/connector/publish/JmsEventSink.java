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
 * Publishes call events to the call topic as persistent JSON text messages, in local JMS transactions (one per
 * batch). The connection factory and topic are looked up in JNDI on (re)open. The commit returns once the broker
 * has stored the batch, so a returned {@link #sendAll} means the events are safe.
 *
 * <p>Message properties: {@link PbxDestinations#PROPERTY_EVENT_TYPE}, {@link PbxDestinations#PROPERTY_EVENT_ID}
 * and {@code JMSXGroupID} = {@link CallEvent#callGroup()} (events of one call are consumed in order).
 */
public final class JmsEventSink implements EventSink {

    // No Artemis duplicate-detection id (_AMQ_DUPL_ID): in a transacted batch one duplicate (a replayed or
    // re-read AMI event) would fail the whole commit forever. Consumers drop duplicates by event id instead.
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
        sendAll(java.util.List.of(event));
    }

    /**
     * One local JMS transaction per batch: the broker stores the batch with one journal write, and a failure
     * stores none of it (the publisher then sends the same batch again; consumers drop what an in-doubt commit
     * may have stored twice, by event id).
     */
    @Override
    public void sendAll(java.util.List<CallEvent> events) throws JMSException, NamingException {
        if (producer == null) {
            open();
        }
        for (CallEvent event : events) {
            producer.send(message(event), DeliveryMode.PERSISTENT, Message.DEFAULT_PRIORITY,
                    Message.DEFAULT_TIME_TO_LIVE);
        }
        session.commit();
    }

    private TextMessage message(CallEvent event) throws JMSException {
        TextMessage message = session.createTextMessage(CallEventCodec.toJson(event));
        message.setStringProperty(PbxDestinations.PROPERTY_EVENT_TYPE, event.type().name());
        message.setStringProperty(PbxDestinations.PROPERTY_EVENT_ID, event.eventId());
        message.setStringProperty(GROUP_ID_PROPERTY, event.callGroup());
        return message;
    }

    private void open() throws NamingException, JMSException {
        InitialContext context = new InitialContext();
        try {
            ConnectionFactory factory = (ConnectionFactory) context.lookup(connectionFactoryJndiName);
            Destination topic = (Destination) context.lookup(topicJndiName);
            connection = factory.createConnection();
            session = connection.createSession(true, Session.SESSION_TRANSACTED);
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
