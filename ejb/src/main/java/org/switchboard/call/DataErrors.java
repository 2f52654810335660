package org.switchboard.call;

import java.sql.SQLException;

/**
 * Tells a failure caused by an event's data (a value the database refuses) from one redelivery may cure (the
 * database down, a lock timeout, a race). Redelivering the first kind cannot help: it only sends the whole batch
 * to the dead-letter queue after the redelivery window, with every good event in it.
 */
public final class DataErrors {

    private DataErrors() {
    }

    /**
     * True when an {@link SQLException} in the cause chain has SQLState class 22 (data exception: value too long,
     * invalid character, number out of range) or 23 (integrity constraint) other than 23505: a unique key clash
     * is what two deliveries racing for the same row look like, and the next delivery finds the row.
     */
    public static boolean causedByData(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    if (state != null && (state.startsWith("22") || state.startsWith("23") && !"23505".equals(state))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
