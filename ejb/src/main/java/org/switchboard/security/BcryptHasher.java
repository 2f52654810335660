package org.switchboard.security;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/** bcrypt in modular crypt form ({@code $2a$10$...}), as app_user stores it, with WildFly Elytron's implementation. */
public final class BcryptHasher implements PasswordCheck.Hasher {

    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public boolean verify(String storedHash, char[] guess) {
        try {
            PasswordFactory factory = factory();
            Password stored = factory.translate(ModularCrypt.decode(storedHash));
            return factory.verify(stored, guess);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false; // a hash that is not bcrypt matches nothing
        }
    }

    @Override
    public String dummyHash(int cost) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        char[] secret = new char[24];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (char) ('a' + RANDOM.nextInt(26));
        }
        try {
            Password password = factory().generatePassword(
                    new EncryptablePasswordSpec(secret, new IteratedSaltedPasswordAlgorithmSpec(cost, salt)));
            return ModularCrypt.encodeAsString(password);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    @Override
    public int costOf(String storedHash) {
        // $2a$10$...: the cost is the two digits after the second '$'
        if (storedHash == null || storedHash.length() < 7 || storedHash.charAt(0) != '$' || storedHash.charAt(3) != '$') {
            return -1;
        }
        try {
            return Integer.parseInt(storedHash.substring(4, 6));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static PasswordFactory factory() throws GeneralSecurityException {
        return PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
    }
}
