package org.switchboard.skill;

import java.util.Objects;

/**
 * An agent's membership of a PBX queue with its penalty (lower is rung first).
 *
 * @param queue   the PBX queue
 * @param penalty the PBX member penalty
 */
public record QueueMembership(String queue, int penalty) {

    public QueueMembership {
        Objects.requireNonNull(queue, "queue");
        if (penalty < 0) {
            throw new IllegalArgumentException("A penalty is not negative");
        }
    }
}
