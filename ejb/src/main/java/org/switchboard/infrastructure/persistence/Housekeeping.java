package org.switchboard.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.switchboard.call.CallEventService;

/** Periodic clean-up on WildFly's timer service. */
@Singleton
@PermitAll // runs without a caller; the security domain denies unlisted methods
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    /** Duplicates arrive within seconds (redelivery, reconnect resync); a week is far beyond that. */
    private static final Duration KEEP_EVENT_IDS = Duration.ofDays(7);

    @EJB
    CallEventService calls;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void forgetOldEventIds() {
        int removed = calls.forgetProcessedBefore(Instant.now().minus(KEEP_EVENT_IDS));
        LOG.infof("SWB-DB-002: %d old event ids removed", removed);
    }
}
