package org.switchboard.routing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A piece of deferred work waiting for an agent (a callback first; later chat, e-mail, SMS).
 *
 * @param id            the item
 * @param requiredSkill the skill an agent needs, or null for any agent
 * @param priority      higher is more urgent
 * @param enqueuedAt    since when it waits (earlier waits longer)
 * @param offeredTo     agents it was offered to before and who did not take it, oldest first
 */
public record WorkItem(String id, String requiredSkill, int priority, Instant enqueuedAt, List<String> offeredTo) {

    public WorkItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(enqueuedAt, "enqueuedAt");
        offeredTo = List.copyOf(offeredTo);
    }
}
