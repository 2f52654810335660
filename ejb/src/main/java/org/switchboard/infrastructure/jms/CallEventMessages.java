package org.switchboard.infrastructure.jms;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.List;
import org.jboss.logging.Logger;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventCodec;

/** Reading a call-topic message, the same way for every consumer. */
final class CallEventMessages {

    private static final Logger LOG = Logger.getLogger(CallEventMessages.class);

    private CallEventMessages() {
    }

    /**
     * The message's events in order. Throws for an unreadable or malformed message: redelivery cannot fix it,
     * so after the configured attempts it goes to the dead-letter queue, where an operator can look at it.
     */
    static List<CallEvent> read(Message message, String consumer) {
        try {
            return CallEventCodec.fromJsonBatch(((TextMessage) message).getText());
        } catch (JMSException | ClassCastException e) {
            throw new IllegalStateException("SWB-JMS-001: unreadable call event message for " + consumer, e);
        } catch (IllegalArgumentException e) {
            LOG.errorf("SWB-JMS-002: malformed call event message for %s, will be dead-lettered: %s", consumer,
                    e.getMessage());
            throw e;
        }
    }
}
