package org.switchboard.operations;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Looks at the dead-letter queue every minute and logs {@code SWB-OPS-001} (WARN) while it is not empty, as
 * {@link DeadLetterAlarm} decides, and {@code SWB-OPS-002} once it is empty again: something to alert on.
 */
@Singleton
@PermitAll // runs without a caller; the security domain denies unlisted methods
public class DeadLetterWatch {

    private static final Logger LOG = Logger.getLogger(DeadLetterWatch.class);

    @Inject
    DeadLetters deadLetters;

    private final DeadLetterAlarm alarm = new DeadLetterAlarm();

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void check() {
        DeadLetterSummary summary;
        try {
            summary = deadLetters.summary();
        } catch (RuntimeException e) {
            LOG.debugf("SWB-OPS-003: dead-letter queue not readable now: %s", e);
            return;
        }
        switch (alarm.check(summary.count(), Clock.systemUTC().instant())) {
            case WARN -> LOG.warnf("SWB-OPS-001: %s%d messages in the dead-letter queue SwitchboardDeadLetters"
                    + " (oldest from %s): call events that failed every redelivery and are not applied. Fix the"
                    + " cause (the server log says why they failed), then put them back with"
                    + " wildfly-config/redrive-dead-letters.cli", summary.atLeast() ? "at least " : "",
                    summary.count(), summary.oldest());
            case CLEARED -> LOG.infof("SWB-OPS-002: the dead-letter queue SwitchboardDeadLetters is empty again");
            case NOTHING -> {
            }
        }
    }
}
