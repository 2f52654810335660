package org.switchboard.infrastructure.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.time.Instant;
import java.util.Enumeration;
import org.switchboard.operations.DeadLetterSummary;
import org.switchboard.operations.DeadLetters;

/**
 * Counts the dead-letter queue with a JMS {@link QueueBrowser}: the broker's own view, nothing taken. Each
 * message is a batch of events and a browse reads them, so the count stops at {@link #CAP} ("at least").
 */
@ApplicationScoped
public class JmsDeadLetters implements DeadLetters {

    static final int CAP = 10_000;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = DeadLetters.QUEUE)
    Queue queue;

    @Override
    public DeadLetterSummary summary() {
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
                QueueBrowser browser = jms.createBrowser(queue)) {
            Enumeration<?> messages = browser.getEnumeration();
            long count = 0;
            long oldest = Long.MAX_VALUE;
            while (messages.hasMoreElements() && count < CAP) {
                Message message = (Message) messages.nextElement();
                count++;
                long sent = message.getJMSTimestamp();
                if (sent > 0 && sent < oldest) {
                    oldest = sent;
                }
            }
            boolean more = messages.hasMoreElements();
            return new DeadLetterSummary(count, more, oldest == Long.MAX_VALUE ? null : Instant.ofEpochMilli(oldest));
        } catch (JMSException | JMSRuntimeException e) {
            throw new IllegalStateException("Cannot browse the dead-letter queue: " + e.getMessage(), e);
        }
    }
}
