package org.switchboard.casework;

import java.util.Objects;

/**
 * One outcome an agent can give a call when wrapping it up ({@code resolved}, {@code callback-needed}, ...), from
 * the tenant's list in the {@code disposition} table.
 *
 * @param code     stored on the call; stable, so reports can count it
 * @param label    what the agent sees
 * @param position order in the agent's list
 */
public record Disposition(String code, String label, int position) {

    public Disposition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
