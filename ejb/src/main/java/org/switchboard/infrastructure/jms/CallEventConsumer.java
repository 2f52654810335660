package org.switchboard.infrastructure.jms;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.List;
import org.jboss.logging.Logger;
import org.switchboard.call.CallEventService;
import org.switchboard.call.DataErrors;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.PbxDestinations;
import org.switchboard.screen.PopNotice;
import org.switchboard.screen.ScreenPopNotifier;

/**
 * Consumes the connector's call events (durable, shared subscription, so several nodes share the work; each
 * message a batch of one call partition's events, see {@code PbxDestinations#CALL_TOPIC}) and hands them to
 * {@link CallEventService}. Failures are rethrown: the broker redelivers with backoff and, after
 * the configured attempts, moves the message to the dead-letter queue. Nothing is swallowed.
 */
@MessageDriven(name = "CallEventConsumer", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = PbxDestinations.CALL_TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "switchboard-call-records"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "clientID", propertyValue = "switchboard"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8"),
        // The message is taken in a local JMS transaction, committed after onMessage returns and rolled back
        // (redelivered) when it throws; the database work commits in its own JTA transaction before that. No
        // two-phase commit per message: a crash in between redelivers, and the event ids make that harmless.
        @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll // runs without a caller; the security domain denies unlisted methods
public class CallEventConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(CallEventConsumer.class);

    @EJB
    CallEventService calls;

    @Inject
    ScreenPopNotifier popNotifier;

    @Override
    public void onMessage(Message message) {
        List<CallEvent> events = CallEventMessages.read(message, "call records");
        boolean redelivered;
        try {
            redelivered = message.getJMSRedelivered();
        } catch (JMSException e) {
            redelivered = true; // the careful path
        }
        if (!redelivered) {
            try {
                announce(calls.handleAll(events)); // the common case: the whole message in one transaction
                return;
            } catch (RuntimeException e) {
                if (!DataErrors.causedByData(e)) {
                    throw e; // e.g. the database is down: redelivery with backoff
                }
                // Redelivery cannot cure data the database refuses: apply the events one by one at once.
                LOG.warnf("SWB-JMS-005: a batch of %d call events failed on its data (%s); applying them one by one",
                        events.size(), rootMessage(e));
            }
        }
        // One transaction per event, so one bad event does not hold back the rest. An event whose own data the
        // database refuses is logged and left out (redelivering it would only dead-letter the good ones with it);
        // any other failure is rethrown and the message comes back (applied events are then skipped).
        RuntimeException first = null;
        for (CallEvent event : events) {
            try {
                announce(calls.handleAll(List.of(event)));
            } catch (RuntimeException e) {
                if (DataErrors.causedByData(e)) {
                    LOG.errorf("SWB-JMS-006: call event %s (%s) of call %s left out: the database refuses its data"
                            + " (%s)", event.eventId(), event.type(), event.linkedId(), rootMessage(e));
                    continue;
                }
                LOG.warnf("SWB-JMS-003: call event %s (%s) failed again: %s", event.eventId(), event.type(), e);
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** The innermost message (the database's), cut: it may quote part of the refused value. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int i = 0; i < 32 && root.getCause() != null && root.getCause() != root; i++) {
            root = root.getCause();
        }
        String message = (root.getClass().getSimpleName() + ": " + root.getMessage()).replaceAll("\\p{Cntrl}", "?");
        return message.length() > 300 ? message.substring(0, 300) + "..." : message;
    }

    /** After the commit: the browser asks for the pop only once it is there. A lost hint loses no record. */
    private void announce(List<PopNotice> notices) {
        for (PopNotice notice : notices) {
            try {
                popNotifier.popChanged(notice);
            } catch (RuntimeException e) {
                LOG.warnf("SWB-JMS-004: screen-pop notice for %s not sent: %s", notice.username(), e);
            }
        }
    }
}
