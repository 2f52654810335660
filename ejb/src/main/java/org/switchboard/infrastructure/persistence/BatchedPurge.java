package org.switchboard.infrastructure.persistence;

import java.util.function.IntUnaryOperator;

/**
 * Deletes old rows a batch at a time, each batch its own transaction, so a clean-up after a long pause (or of a
 * very busy week) never becomes one transaction over millions of rows that outgrows the transaction timeout,
 * the undo log or the heap. A run stops when a batch comes back short, or after {@code maxBatches} (the rest
 * waits for the next run, rather than the timer hogging the database).
 */
public final class BatchedPurge {

    private BatchedPurge() {
    }

    /**
     * @param oneBatch deletes at most the given number of rows in its own transaction and returns how many
     * @return the rows deleted in all
     */
    public static long run(IntUnaryOperator oneBatch, int batchSize, int maxBatches) {
        if (batchSize <= 0 || maxBatches <= 0) {
            throw new IllegalArgumentException("batch size and count must be positive");
        }
        long total = 0;
        for (int i = 0; i < maxBatches; i++) {
            int removed = oneBatch.applyAsInt(batchSize);
            total += removed;
            if (removed < batchSize) {
                break;
            }
        }
        return total;
    }
}
