package org.switchboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiTokensTest {

    @Test
    void newTokensAreWellFormedDifferentAndStoredAsSha256Hex() {
        String a = ApiTokens.newToken();
        String b = ApiTokens.newToken();
        assertTrue(ApiTokens.wellFormed(a), a);
        assertNotEquals(a, b);
        assertEquals(64, ApiTokens.hash(a).length());
        assertTrue(ApiTokens.hash(a).matches("[0-9a-f]{64}"));
        assertEquals(ApiTokens.hash(a), ApiTokens.hash(a));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "sbt_", "sbt_short", "xyz_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "sbt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "sbt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n",
            "sbt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" })
    void anythingElseIsRefusedBeforeTheDatabase(String text) {
        assertTrue(!ApiTokens.wellFormed(text), text);
    }
}
