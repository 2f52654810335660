package org.switchboard.connector.ami;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Deterministic event ids: the first 128 bits of SHA-256 over the distinguishing fields, as 32 hex digits. The
 * same fields (the same AMI event read twice) give the same id.
 */
final class EventIds {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private EventIds() {
    }

    static String of(String... parts) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        for (String part : parts) {
            if (part == null) {
                digest.update((byte) 0);
            } else {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) 0x1f);
        }
        byte[] hash = digest.digest();
        char[] out = new char[32];
        for (int i = 0; i < 16; i++) {
            out[2 * i] = HEX[(hash[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[hash[i] & 0xf];
        }
        return new String(out);
    }
}
