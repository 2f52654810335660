package org.switchboard.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords checked once, accepted again for a while without bcrypt: an integration that sends HTTP Basic with
 * every request would otherwise pay a full bcrypt (tens of milliseconds of CPU) each time. Holds no password, only
 * an HMAC of it under a key made at start and never stored, so a heap dump does not give a password or a hash
 * that can be attacked offline with a dictionary without that key. Per node, bounded, forgotten on a failure for
 * the user and after {@code credentialCache}.
 */
public final class CredentialCache {

    /** What a cached check stands for: the user's roles at the time. */
    public record Hit(Set<String> roles) {
    }

    private record Entry(byte[] mac, Set<String> roles, Instant until) {
    }

    private final Lru<String, Entry> entries;
    private final Duration ttl;
    private final SecretKeySpec key;

    public CredentialCache(int capacity, Duration ttl) {
        this.entries = new Lru<>(capacity);
        this.ttl = ttl;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public Hit get(String username, char[] password, Instant now) {
        Entry e = entries.get(username);
        if (e == null || !e.until().isAfter(now)) {
            return null;
        }
        return MessageDigest.isEqual(e.mac(), mac(username, password)) ? new Hit(e.roles()) : null;
    }

    public void put(String username, char[] password, Set<String> roles, Instant now) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        entries.put(username, new Entry(mac(username, password), Set.copyOf(roles), now.plus(ttl)));
    }

    public void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
