package org.switchboard.web.push;

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
import jakarta.jms.TextMessage;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventCodec;
import org.switchboard.connector.api.PbxDestinations;
import org.switchboard.screen.PopPreview;
import org.switchboard.screen.ScreenPopService;

/**
 * The screen pop's fast lane: the connector's hint that a call is offered to a member (non-persistent topic
 * CallOffers, sent before the durable path records anything) becomes the caller's first paint in that agent's
 * console: number, name, contact, account, pushed as data that the page inserts as text. The full card follows
 * from the durable path ({@link ScreenPopPushConsumer}). A hint that cannot be used is dropped: nothing is lost.
 */
@MessageDriven(name = "OfferPreviewConsumer", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = PbxDestinations.OFFER_TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // reads only; a hint has nothing to commit
@PermitAll // runs without a caller; the security domain denies unlisted methods
public class OfferPreviewConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(OfferPreviewConsumer.class);

    @EJB
    ScreenPopService pops;

    @Inject
    ConsolePush console;

    @Override
    public void onMessage(Message message) {
        try {
            for (CallEvent offered : CallEventCodec.fromJsonBatch(((TextMessage) message).getText())) {
                pops.preview(offered).ifPresent(preview -> push(preview, offered));
            }
        } catch (JMSException | RuntimeException e) {
            // Not rethrown: a hint. The durable path brings the pop anyway.
            LOG.debugf("SWB-WEB-004: screen-pop hint dropped: %s", e);
        }
    }

    private void push(PopPreview preview, CallEvent offered) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("event", ScreenPopPushConsumer.EVENT);
        data.put("linkedId", preview.linkedId());
        data.put("number", text(preview.number()));
        data.put("callerName", text(preview.callerName()));
        data.put("queue", text(preview.queue()));
        data.put("matches", preview.matches());
        data.put("contactName", text(preview.contactName()));
        data.put("accountName", text(preview.accountName()));
        int browsers = console.send(data, preview.username());
        LOG.infof("SWB-WEB-005: caller of %s painted in %d browser(s) of %s, %d ms after the PBX event",
                preview.linkedId(), browsers, preview.username(),
                Clock.systemUTC().millis() - offered.time().toEpochMilli());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
