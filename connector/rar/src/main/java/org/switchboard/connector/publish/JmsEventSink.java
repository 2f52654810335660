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
import java.util.ArrayList;
import java.util.List;

import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventCodec;
import org.switchboard.connector.api.PbxDestinations;

/**
 * Publishes call events to the call topic as persistent JSON text messages, in local JMS transactions (one per
 * batch). The connection factory and topic are looked up in JNDI on (re)open. The commit returns once the broker
 * has stored the batch, so a returned {@link #sendAll} means the events are safe.
 *
 * <p>A batch is split by {@link CallEvent#partition(int) call partition} into one message per partition (a JSON
 * array, in order) with {@code JMSXGroupID} = {@code <pbxId>:p<n>}: the events of one call stay in one ordered
 * group, the partitions are consumed in parallel, and the broker and the consumers pay per message, not per
 * event (at 10,000 events/s that is the difference; see the benchmark report).
 */
public final class JmsEventSink implements EventSink {

    // No Artemis duplicate-detection id (_AMQ_DUPL_ID): in a transacted batch one duplicate (a replayed or
    // re-read AMI event) would fail the whole commit forever. Consumers drop duplicates by event id instead.
    public static final String GROUP_ID_PROPERTY = "JMSXGroupID";

    private final String connectionFactoryJndiName;
    private final String topicJndiName;
    private final int partitions;
    private final boolean durable;
    private Connection connection;
    private Session session;
    private MessageProducer producer;

    public JmsEventSink(String connectionFactoryJndiName, String topicJndiName, int partitions) {
        this(connectionFactoryJndiName, topicJndiName, partitions, true);
    }

    private JmsEventSink(String connectionFactoryJndiName, String topicJndiName, int partitions, boolean durable) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1");
        }
        this.connectionFactoryJndiName = connectionFactoryJndiName;
        this.topicJndiName = topicJndiName;
        this.partitions = partitions;
        this.durable = durable;
    }

    /**
     * A sink for hints ({@link OfferPublisher}): each event its own non-persistent message, no transaction, no
     * journal write; what the broker cannot take is lost, which is what a hint may be.
     */
    public static JmsEventSink hints(String connectionFactoryJndiName, String topicJndiName) {
        return new JmsEventSink(connectionFactoryJndiName, topicJndiName, 1, false);
    }

    @Override
    public void send(CallEvent event) throws JMSException, NamingException {
        sendAll(List.of(event));
    }

    /**
     * One local JMS transaction per batch: the broker stores the batch with one journal write, and a failure
     * stores none of it (the publisher then sends the same batch again; consumers drop what an in-doubt commit
     * may have stored twice, by event id).
     */
    @Override
    public void sendAll(List<CallEvent> events) throws JMSException, NamingException {
        if (producer == null) {
            open();
        }
        if (!durable) {
            for (CallEvent event : events) {
                producer.send(message(List.of(event)), DeliveryMode.NON_PERSISTENT, Message.DEFAULT_PRIORITY, 30_000);
            }
            return;
        }
        for (List<CallEvent> part : byPartition(events, partitions)) {
            if (!part.isEmpty()) {
                producer.send(message(part), DeliveryMode.PERSISTENT, Message.DEFAULT_PRIORITY,
                        Message.DEFAULT_TIME_TO_LIVE);
            }
        }
        session.commit();
    }

    /** The events split by call partition, each list in the original order (empty lists for unused ones). */
    static List<List<CallEvent>> byPartition(List<CallEvent> events, int partitions) {
        List<List<CallEvent>> parts = new ArrayList<>(partitions);
        for (int i = 0; i < partitions; i++) {
            parts.add(new ArrayList<>());
        }
        for (CallEvent event : events) {
            parts.get(event.partition(partitions)).add(event);
        }
        return parts;
    }

    private TextMessage message(List<CallEvent> part) throws JMSException {
        CallEvent first = part.get(0);
        TextMessage message = session.createTextMessage(CallEventCodec.toJson(part));
        message.setIntProperty(PbxDestinations.PROPERTY_EVENT_COUNT, part.size());
        message.setStringProperty(PbxDestinations.PROPERTY_FIRST_EVENT_ID, first.eventId());
        message.setStringProperty(GROUP_ID_PROPERTY, first.pbxId() + ":p" + first.partition(partitions));
        return message;
    }

    private void open() throws NamingException, JMSException {
        InitialContext context = new InitialContext();
        try {
            ConnectionFactory factory = (ConnectionFactory) context.lookup(connectionFactoryJndiName);
            Destination topic = (Destination) context.lookup(topicJndiName);
            connection = factory.createConnection();
            session = durable ? connection.createSession(true, Session.SESSION_TRANSACTED)
                    : connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            producer = session.createProducer(topic);
            producer.setDeliveryMode(durable ? DeliveryMode.PERSISTENT : DeliveryMode.NON_PERSISTENT);
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
