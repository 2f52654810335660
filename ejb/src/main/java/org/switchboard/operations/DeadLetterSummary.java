package org.switchboard.operations;

import java.time.Instant;

/**
 * The dead-letter queue at a glance.
 *
 * @param count   messages in it (each a batch of one call partition's events); at least this many when
 *                {@code atLeast}
 * @param atLeast the count stopped at the cap: there are more
 * @param oldest  when the oldest counted message was first sent; null when empty
 */
public record DeadLetterSummary(long count, boolean atLeast, Instant oldest) {

    public static final DeadLetterSummary EMPTY = new DeadLetterSummary(0, false, null);
}
