package org.switchboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same work for an unknown user as for a wrong password: the path is tested, not the time (no timing
 * assertions on a shared machine).
 */
class PasswordCheckTest {

    /** A demo user's hash (db/demo V1000): agent1 / agent1-demo. */
    private static final String AGENT1 = "$2a$10$";

    /** Records which hashes were checked. */
    private static final class Recording implements PasswordCheck.Hasher {
        final List<String> verified = new ArrayList<>();
        final List<Integer> dummiesMade = new ArrayList<>();

        @Override
        public boolean verify(String storedHash, char[] guess) {
            verified.add(storedHash);
            return true; // even a "match" of the dummy must not let an unknown user in
        }

        @Override
        public String dummyHash(int cost) {
            dummiesMade.add(cost);
            return "$2a$" + cost + "$dummy";
        }

        @Override
        public int costOf(String storedHash) {
            return Integer.parseInt(storedHash.substring(4, 6));
        }
    }

    @Test
    void anUnknownUserIsCheckedAgainstTheDummyHashAndRefused() {
        Recording hasher = new Recording();
        PasswordCheck check = new PasswordCheck(hasher, 10);
        assertFalse(check.matches(Optional.empty(), "guess".toCharArray()));
        assertEquals(List.of("$2a$10$dummy"), hasher.verified, "one bcrypt check, as for a known user");
    }

    @Test
    void aKnownUserIsCheckedAgainstTheirHash() {
        Recording hasher = new Recording();
        PasswordCheck check = new PasswordCheck(hasher, 10);
        assertTrue(check.matches(Optional.of("$2a$10$real"), "pw".toCharArray()));
        assertEquals(List.of("$2a$10$real"), hasher.verified);
    }

    @ParameterizedTest(name = "stored cost {0} -> dummy cost {1}")
    @CsvSource({ "10, 10", "12, 12", "14, 14" })
    void theDummyFollowsTheCostOfStoredHashes(int storedCost, int dummyCost) {
        Recording hasher = new Recording();
        PasswordCheck check = new PasswordCheck(hasher, 10);
        check.matches(Optional.of("$2a$" + storedCost + "$real"), "pw".toCharArray());
        check.matches(Optional.empty(), "pw".toCharArray());
        assertEquals("$2a$" + dummyCost + "$dummy", hasher.verified.get(1));
    }

    @Test
    void withRealBcryptTheDummyHasTheCostOfTheDemoHashesAndMatchesNothing() {
        BcryptHasher bcrypt = new BcryptHasher();
        PasswordCheck check = new PasswordCheck(bcrypt, 10);
        assertTrue(check.dummyHash().startsWith(AGENT1), check.dummyHash());
        assertEquals(10, bcrypt.costOf(check.dummyHash()));
        assertFalse(check.matches(Optional.empty(), "".toCharArray()));
        assertFalse(check.matches(Optional.empty(), "agent1-demo".toCharArray()));
    }

    @Test
    void realBcryptAcceptsTheRightPasswordOnly() {
        BcryptHasher bcrypt = new BcryptHasher();
        String hash = demoHashOfAgent1();
        assertTrue(bcrypt.verify(hash, "agent1-demo".toCharArray()));
        assertFalse(bcrypt.verify(hash, "agent1-dem0".toCharArray()));
        assertFalse(bcrypt.verify("not a hash", "agent1-demo".toCharArray()));
    }

    private static String demoHashOfAgent1() {
        try (var in = PasswordCheckTest.class.getResourceAsStream("/db/demo/V1000__demo_data.sql")) {
            String sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int user = sql.indexOf("'agent1'");
            int start = sql.indexOf("$2a$10$", user);
            return sql.substring(start, sql.indexOf('\'', start));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
