package org.switchboard.security;

import java.time.Duration;

/**
 * The login thresholds, each a system property (set with {@code /system-property=...:add}, see
 * wildfly-config/configure-security.cli). Failures are throttled per source address first; a user is locked only
 * when failures for that name keep coming from many addresses, as a last resort.
 *
 * @param addressMaxFailures failed logins an address may have within {@code addressWindow} before it must wait
 * @param addressWindow      how long an address's failures are remembered
 * @param addressBlock       the first wait; it doubles with every further failure, up to {@code addressMaxBlock}
 * @param addressMaxBlock    the longest wait
 * @param addressesTracked   addresses remembered at once (memory bound); the least recently seen go first
 * @param userMaxFailures    failed logins for one user name, from any addresses, that lock the user
 * @param userWindow         a user's failures count as long as none is further than this from the one before
 * @param userLock           how long a lock lasts unless an administrator lifts it earlier
 * @param credentialCache    how long a password once checked is accepted again without bcrypt (HTTP Basic)
 * @param tokenCache         how long a token once looked up is accepted again without the database
 */
public record LoginSettings(int addressMaxFailures, Duration addressWindow, Duration addressBlock,
        Duration addressMaxBlock, int addressesTracked, int userMaxFailures, Duration userWindow, Duration userLock,
        Duration credentialCache, Duration tokenCache) {

    public static final String PREFIX = "switchboard.login.";

    public static LoginSettings defaults() {
        return new LoginSettings(10, Duration.ofMinutes(15), Duration.ofSeconds(60), Duration.ofHours(1), 10_000,
                25, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofSeconds(30));
    }

    /** The defaults, each overridden by its system property where one is set. */
    public static LoginSettings fromSystemProperties() {
        LoginSettings d = defaults();
        return new LoginSettings(
                Integer.getInteger(PREFIX + "address.max-failures", d.addressMaxFailures),
                seconds("address.window-seconds", d.addressWindow),
                seconds("address.block-seconds", d.addressBlock),
                seconds("address.max-block-seconds", d.addressMaxBlock),
                Integer.getInteger(PREFIX + "address.tracked", d.addressesTracked),
                Integer.getInteger(PREFIX + "user.max-failures", d.userMaxFailures),
                seconds("user.window-seconds", d.userWindow),
                seconds("user.lock-seconds", d.userLock),
                seconds("credential-cache-seconds", d.credentialCache),
                seconds("token-cache-seconds", d.tokenCache));
    }

    private static Duration seconds(String name, Duration fallback) {
        Long value = Long.getLong(PREFIX + name);
        return value == null ? fallback : Duration.ofSeconds(value);
    }
}
