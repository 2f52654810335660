package org.switchboard.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.switchboard.call.CallEventService;
import org.switchboard.security.LoginRecords;

/** Periodic clean-up on WildFly's timer service. */
@Singleton
@PermitAll // runs without a caller; the security domain denies unlisted methods
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    /**
     * Duplicates arrive within seconds (redelivery, reconnect resync), dead letters re-driven within days; a
     * week is far beyond that.
     */
    private static final Duration KEEP_EVENT_IDS = Duration.ofDays(7);
    /** Rows per transaction: a few hundred kB of undo, well under a second. */
    static final int BATCH = 5_000;
    /** At most 10 million rows a night; a larger backlog is finished the nights after. */
    static final int MAX_BATCHES = 2_000;

    @EJB
    CallEventService calls;

    @EJB
    LoginRecords logins;

    /** Not in a transaction itself: each batch commits on its own (see {@link BatchedPurge}). */
    @Schedule(hour = "3", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void forgetOldEventIds() {
        Instant cutoff = Instant.now().minus(KEEP_EVENT_IDS);
        long removed = BatchedPurge.run(batch -> calls.forgetProcessedBefore(cutoff, batch), BATCH, MAX_BATCHES);
        LOG.infof("SWB-DB-002: %d old event ids removed", removed);
    }

    /** Console resume secrets of users who never logged in again after theirs ran out or were revoked. */
    @Schedule(hour = "3", minute = "27", persistent = false)
    void forgetEndedResumes() {
        int removed = logins.forgetEndedResumes(Instant.now());
        LOG.infof("SWB-DB-003: %d ended console resume secrets removed", removed);
    }
}
