package org.switchboard.casework;

import java.time.Instant;

/** A case as views and the REST API show it; {@code version} is sent back with a change (optimistic locking). */
public record CaseView(long id, String number, String subject, String description, CaseStatus status,
        CasePriority priority, String owner, CaseOrigin origin, Instant openedAt, Instant closedAt, Long contactId,
        Long accountId, long version) {

    static CaseView of(SupportCase c) {
        return new CaseView(c.getId(), c.getCaseNumber().toString(), c.getSubject(), c.getDescription(),
                c.getStatus(), c.getPriority(), c.getOwnerUsername(), c.getOrigin(), c.getOpenedAt(),
                c.getClosedAt(), c.getContactId(), c.getAccountId(), c.getVersion());
    }
}
