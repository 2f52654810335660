package org.switchboard.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API tokens: {@code sbt_} and 32 random bytes (256 bits, base64url), shown once when made. Only their SHA-256 is
 * stored: with that much entropy a plain hash cannot be reversed by guessing, and a lookup by hash stays one index
 * probe (bcrypt would need the user first, and cost every request).
 */
public final class ApiTokens {

    public static final String PREFIX = "sbt_";
    private static final int RANDOM_BYTES = 32;
    private static final int LENGTH = PREFIX.length() + 43; // 32 bytes base64url without padding
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has a token's shape: anything else is refused before the database is asked. */
    public static boolean wellFormed(String token) {
        if (token == null || token.length() != LENGTH || !token.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** The stored form: SHA-256, 64 lower-case hex digits. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
