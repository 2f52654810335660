package org.switchboard.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.switchboard.contact.SearchKeys;

/**
 * Fills the search keys (V7), and the tenant copied to numbers and addresses, of rows that were written by SQL alone: the data that existed before V7, the demo
 * data, imports. The entities keep the keys of everything the application writes; this only catches up, at
 * start, in batches, with the same {@link SearchKeys} the queries use.
 */
final class SearchKeyBackfill {

    private static final int BATCH = 500;

    private SearchKeyBackfill() {
    }

    /** @return rows updated */
    static int run(DataSource dataSource) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                return fillAll(db);
            } finally {
                db.setAutoCommit(true); // back into the pool as it came
            }
        }
    }

    private static int fillAll(Connection db) throws SQLException {
        int rows = 0;
        // search_name is never null once keyed (last_name is NOT NULL), so it marks the contacts to do.
        rows += fill(db, "SELECT id, first_name, last_name, email FROM contact WHERE search_name IS NULL",
                "UPDATE contact SET search_name = ?, search_last = ?, search_email = ? WHERE id = ?",
                (r, u) -> {
                    String first = r.getString(2);
                    String last = r.getString(3);
                    u.setString(1, SearchKeys.firstLast(first, last));
                    u.setString(2, SearchKeys.lastFirst(first, last));
                    u.setString(3, SearchKeys.email(r.getString(4)));
                    u.setLong(4, r.getLong(1));
                });
        rows += fill(db, "SELECT e.id, e.email, c.tenant_id FROM contact_email e JOIN contact c ON c.id = e.contact_id"
                + " WHERE e.search_email IS NULL OR e.tenant_id IS NULL",
                "UPDATE contact_email SET search_email = ?, tenant_id = ? WHERE id = ?", (r, u) -> {
                    u.setString(1, SearchKeys.email(r.getString(2)));
                    u.setLong(2, r.getLong(3));
                    u.setLong(3, r.getLong(1));
                });
        rows += fill(db, "SELECT p.id, p.e164, c.tenant_id FROM contact_phone p JOIN contact c ON c.id = p.contact_id"
                + " WHERE p.digits_rev IS NULL OR p.tenant_id IS NULL",
                "UPDATE contact_phone SET digits_rev = ?, tenant_id = ? WHERE id = ?", (r, u) -> {
                    u.setString(1, SearchKeys.reversedDigits(r.getString(2)));
                    u.setLong(2, r.getLong(3));
                    u.setLong(3, r.getLong(1));
                });
        return rows;
    }

    private interface RowUpdate {
        void bind(ResultSet row, PreparedStatement update) throws SQLException;
    }

    /** Reads a batch of rows without keys, writes their keys, commits, until none is left. */
    private static int fill(Connection db, String select, String update, RowUpdate bind) throws SQLException {
        int total = 0;
        while (true) {
            int done = 0;
            try (PreparedStatement read = db.prepareStatement(select);
                    PreparedStatement write = db.prepareStatement(update)) {
                read.setMaxRows(BATCH);
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        bind.bind(rows, write);
                        write.addBatch();
                        done++;
                    }
                }
                if (done > 0) {
                    write.executeBatch();
                }
            }
            db.commit();
            total += done;
            if (done < BATCH) {
                return total;
            }
        }
    }

}
