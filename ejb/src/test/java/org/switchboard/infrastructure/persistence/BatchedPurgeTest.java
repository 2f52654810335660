package org.switchboard.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.call.ProcessedEvent;

class BatchedPurgeTest {

    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    /** A table of {@code rows} old rows, batches of {@code batch}, at most {@code max} batches. */
    @ParameterizedTest
    @CsvSource({
            // rows, batch, max, deleted, batches run
            "0, 100, 10, 0, 1",
            "99, 100, 10, 99, 1",
            "100, 100, 10, 100, 2", // a full batch may have more behind it: one more, empty
            "250, 100, 10, 250, 3",
            "2500, 100, 10, 1000, 10", // the rest waits for the next run
    })
    void deletesBatchByBatchUntilOneComesBackShort(int rows, int batch, int max, long deleted, int batchesRun) {
        int[] left = {rows};
        List<Integer> asked = new ArrayList<>();
        long total = BatchedPurge.run(size -> {
            asked.add(size);
            int removed = Math.min(size, left[0]);
            left[0] -= removed;
            return removed;
        }, batch, max);
        assertEquals(deleted, total);
        assertEquals(batchesRun, asked.size());
        assertTrue(asked.stream().allMatch(size -> size == batch), "never more than one batch at a time");
    }

    @Test
    void nonsenseBoundsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> BatchedPurge.run(size -> 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> BatchedPurge.run(size -> 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> ProcessedEvent.purgeSql(0));
    }

    /** The statement the timer runs, on the real schema: each run deletes at most a batch, oldest first. */
    @Test
    void thePurgeStatementDeletesAtMostOneBatchOfTheOldRowsOnly() throws SQLException {
        String url = "jdbc:h2:mem:purge-" + UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load()
                    .migrate();
            Instant cutoff = Instant.parse("2026-01-08T00:00:00Z");
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO processed_event (event_id, processed_at) VALUES (?, ?)")) {
                for (int i = 0; i < 2_500; i++) {
                    insert.setString(1, "old-" + i);
                    insert.setObject(2, OffsetDateTime.ofInstant(cutoff.minusSeconds(2_500 - i), ZoneOffset.UTC));
                    insert.addBatch();
                }
                for (int i = 0; i < 10; i++) {
                    insert.setString(1, "new-" + i);
                    insert.setObject(2, OffsetDateTime.ofInstant(cutoff.plusSeconds(i), ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            List<Integer> batches = new ArrayList<>();
            long total = BatchedPurge.run(size -> {
                try (PreparedStatement purge = db.prepareStatement(ProcessedEvent.purgeSql(size))) {
                    purge.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
                    int removed = purge.executeUpdate();
                    batches.add(removed);
                    return removed;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, 1_000, 100);
            assertEquals(2_500, total);
            assertEquals(List.of(1_000, 1_000, 500), batches);
            try (ResultSet left = db.createStatement().executeQuery(
                    "SELECT COUNT(*), MIN(event_id) FROM processed_event")) {
                left.next();
                assertEquals(10, left.getInt(1), "the week's marks stay");
                assertEquals("new-0", left.getString(2));
            }
        }
    }

    @Test
    void theOldestGoFirst() throws SQLException {
        String url = "jdbc:h2:mem:purge-" + UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load()
                    .migrate();
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO processed_event (event_id, processed_at) VALUES (?, ?)")) {
                for (String id : List.of("c", "a", "b")) {
                    insert.setString(1, id);
                    insert.setObject(2, OffsetDateTime.ofInstant(t.plusSeconds(id.charAt(0)), ZoneOffset.UTC));
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement purge = db.prepareStatement(ProcessedEvent.purgeSql(2))) {
                purge.setObject(1, OffsetDateTime.ofInstant(t.plusSeconds(1_000), ZoneOffset.UTC));
                assertEquals(2, purge.executeUpdate());
            }
            try (ResultSet left = db.createStatement().executeQuery("SELECT event_id FROM processed_event")) {
                left.next();
                assertEquals("c", left.getString(1));
            }
        }
    }
}
