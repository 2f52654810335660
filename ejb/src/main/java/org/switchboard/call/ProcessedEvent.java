package org.switchboard.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Remembers an applied event id, so a redelivered or duplicated event changes nothing. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    @Column(name = "event_id")
    private String eventId;

    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    /**
     * Deletes up to {@code batch} marks older than the one parameter, oldest first (JPQL has no limit on a
     * DELETE). {@code FETCH FIRST} in the subquery is standard SQL that H2 and PostgreSQL both run; the index
     * {@code processed_event_by_time} finds the rows.
     */
    public static String purgeSql(int batch) {
        if (batch <= 0) {
            throw new IllegalArgumentException("batch must be positive: " + batch);
        }
        return "DELETE FROM processed_event WHERE event_id IN (SELECT event_id FROM processed_event"
                + " WHERE processed_at < ? ORDER BY processed_at FETCH FIRST " + batch + " ROWS ONLY)";
    }

    protected ProcessedEvent() {
    }

    public ProcessedEvent(String eventId, Instant processedAt) {
        this.eventId = eventId;
        this.processedAt = processedAt;
    }
}
