package org.switchboard.security;

import java.time.Instant;

/** An API token as its owner and administrators see it: never the token itself, which is shown only once. */
public record TokenSummary(long id, String username, String name, Instant createdAt, String createdBy,
        Instant lastUsedAt, Instant revokedAt) {
}
