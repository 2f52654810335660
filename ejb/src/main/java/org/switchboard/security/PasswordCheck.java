package org.switchboard.security;

import java.util.Optional;

/**
 * Checks a password against a user's stored hash so that an unknown (or disabled) user name costs the same as a
 * known one with a wrong password: without a stored hash the guess is checked against a dummy hash of the same
 * algorithm and cost, and the answer is no. Otherwise the time of the answer would tell which names exist.
 */
public final class PasswordCheck {

    /** The hashing that stored passwords use. */
    public interface Hasher {

        boolean verify(String storedHash, char[] guess);

        /** A hash of a password nobody knows, with the given work factor. */
        String dummyHash(int cost);

        /** The work factor of a stored hash, or -1 when it cannot be read. */
        int costOf(String storedHash);
    }

    private final Hasher hasher;
    private volatile String dummy;
    private volatile int dummyCost;

    public PasswordCheck(Hasher hasher, int initialCost) {
        this.hasher = hasher;
        this.dummyCost = initialCost;
        this.dummy = hasher.dummyHash(initialCost);
    }

    /**
     * @param storedHash empty for an unknown or disabled user
     * @return whether the guess is the password; never for an empty hash
     */
    public boolean matches(Optional<String> storedHash, char[] guess) {
        if (storedHash.isEmpty()) {
            hasher.verify(dummy, guess); // the same work as for a real user, result ignored
            return false;
        }
        String stored = storedHash.get();
        int cost = hasher.costOf(stored);
        if (cost > 0 && cost != dummyCost) {
            // stored hashes got a new work factor: the dummy follows, so it keeps costing the same
            dummyCost = cost;
            dummy = hasher.dummyHash(cost);
        }
        return hasher.verify(stored, guess);
    }

    /** The hash unknown users are checked against (tests). */
    String dummyHash() {
        return dummy;
    }
}
