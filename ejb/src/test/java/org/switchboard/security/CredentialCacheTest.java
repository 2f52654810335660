package org.switchboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void aCheckedPasswordIsAcceptedAgainUntilItExpires() {
        CredentialCache cache = new CredentialCache(10, Duration.ofMinutes(5));
        cache.put("agent1", "pw".toCharArray(), Set.of("agent"), T0);
        assertEquals(Set.of("agent"), cache.get("agent1", "pw".toCharArray(), T0.plusSeconds(299)).roles());
        assertNull(cache.get("agent1", "pw".toCharArray(), T0.plusSeconds(300)));
    }

    @Test
    void anotherPasswordOrUserIsNotAHit() {
        CredentialCache cache = new CredentialCache(10, Duration.ofMinutes(5));
        cache.put("agent1", "pw".toCharArray(), Set.of("agent"), T0);
        assertNull(cache.get("agent1", "pw2".toCharArray(), T0));
        assertNull(cache.get("agent2", "pw".toCharArray(), T0));
        cache.forget("agent1");
        assertNull(cache.get("agent1", "pw".toCharArray(), T0));
    }

    @Test
    void boundedAndOffWhenTheTimeIsZero() {
        CredentialCache cache = new CredentialCache(2, Duration.ofMinutes(5));
        cache.put("a", "pw".toCharArray(), Set.of(), T0);
        cache.put("b", "pw".toCharArray(), Set.of(), T0);
        cache.put("c", "pw".toCharArray(), Set.of(), T0);
        assertNull(cache.get("a", "pw".toCharArray(), T0));
        assertNotNull(cache.get("c", "pw".toCharArray(), T0));
        CredentialCache off = new CredentialCache(2, Duration.ZERO);
        off.put("a", "pw".toCharArray(), Set.of(), T0);
        assertNull(off.get("a", "pw".toCharArray(), T0));
    }
}
