package org.switchboard.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Every login attempt of the console's form, HTTP Basic and bearer tokens comes here (from the web module's
 * authentication mechanism) before WildFly is told who the caller is. The order is the point: the source address
 * is throttled first (nothing is checked while it must wait, so nothing counts against the user), then a locked
 * user is refused with a message that says so, then the password is checked with bcrypt, for an unknown user too
 * (against a dummy hash: the same time for both). The state per address and the caches are in memory per node and
 * bounded; failures per user and locks are on {@code app_user}, so every node sees them and an administrator can
 * lift them.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // bcrypt holds no connection: see LoginRecords
@PermitAll
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class);
    private static final int MAX_USERNAME = 64;
    private static final int MAX_PASSWORD = 1024;
    /** How often the last use of a token is written at most (per token and node). */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private record TokenEntry(long id, String username, Set<String> roles, Instant until, Instant touched) {
    }

    @EJB
    LoginRecords records;

    private final Clock clock = Clock.systemUTC();
    private LoginSettings settings;
    private AddressThrottle throttle;
    private CredentialCache credentials;
    private PasswordCheck passwords;
    private Lru<String, TokenEntry> tokens;

    @PostConstruct
    void start() {
        settings = LoginSettings.fromSystemProperties();
        throttle = new AddressThrottle(settings);
        credentials = new CredentialCache(settings.addressesTracked(), settings.credentialCache());
        passwords = new PasswordCheck(new BcryptHasher(), 10);
        tokens = new Lru<>(settings.addressesTracked());
        LOG.infof("SWB-SEC-001: logins: an address waits %s after %d failures in %s (doubling up to %s); "
                + "a user is locked for %s after %d failures in %s; checked passwords cached %s, tokens %s",
                settings.addressBlock(), settings.addressMaxFailures(), settings.addressWindow(),
                settings.addressMaxBlock(), settings.userLock(), settings.userMaxFailures(), settings.userWindow(),
                settings.credentialCache(), settings.tokenCache());
    }

    /** A user name and password, from the login form or HTTP Basic. */
    public LoginResult password(String address, String username, char[] password) {
        Instant now = clock.instant();
        Optional<Duration> wait = throttle.retryAfter(address, now);
        if (wait.isPresent()) {
            return LoginResult.throttled(wait.get());
        }
        if (username == null || username.isEmpty() || username.length() > MAX_USERNAME || password == null
                || password.length > MAX_PASSWORD) {
            passwords.matches(Optional.empty(), new char[0]);
            return failed(address, null, now);
        }
        CredentialCache.Hit hit = credentials.get(username, password, now);
        if (hit != null) {
            return LoginResult.ok(username, hit.roles());
        }
        Optional<LoginRecords.StoredUser> user = records.user(username);
        boolean usable = user.isPresent() && user.get().enabled();
        UserFailures failures = user.map(LoginRecords.StoredUser::failures).orElse(UserFailures.NONE);
        if (usable && failures.lockedAt(now)) {
            return LoginResult.locked(failures.lockedUntil());
        }
        boolean matches = passwords.matches(usable ? Optional.of(user.get().passwordHash()) : Optional.empty(),
                password);
        if (!matches) {
            return failed(address, user.isEmpty() ? null : new Failing(username, failures), now);
        }
        if (failures.count() > 0 || failures.lockedUntil() != null) {
            records.succeeded(username);
        }
        Set<String> roles = records.roles(username);
        credentials.put(username, password, roles, now);
        return LoginResult.ok(username, roles);
    }

    /** A bearer token from an integration. A lock does not stop tokens: guessing passwords must not cut them off. */
    public LoginResult token(String address, String token) {
        Instant now = clock.instant();
        Optional<Duration> wait = throttle.retryAfter(address, now);
        if (wait.isPresent()) {
            return LoginResult.throttled(wait.get());
        }
        if (!ApiTokens.wellFormed(token)) {
            return failed(address, null, now);
        }
        String hash = ApiTokens.hash(token);
        TokenEntry entry = tokens.get(hash);
        if (entry == null || !entry.until().isAfter(now)) {
            Optional<LoginRecords.StoredToken> stored = records.token(hash);
            if (stored.isEmpty()) {
                tokens.remove(hash);
                return failed(address, null, now);
            }
            String username = stored.get().username();
            entry = new TokenEntry(stored.get().id(), username, records.roles(username),
                    now.plus(settings.tokenCache()), entry == null ? null : entry.touched());
        }
        if (entry.touched() == null || entry.touched().plus(TOUCH_EVERY).isBefore(now)) {
            records.used(entry.id(), now);
            entry = new TokenEntry(entry.id(), entry.username(), entry.roles(), entry.until(), now);
        }
        tokens.put(hash, entry);
        return LoginResult.ok(entry.username(), entry.roles());
    }

    /**
     * A console resume secret for a successful form login at {@code loginAt}, good until {@code expiresAt} (the
     * session's absolute lifetime). Only its hash is stored; the secret goes into the browser's cookie.
     */
    public String issueResume(String username, Instant loginAt, Instant expiresAt) {
        String secret = ConsoleResume.newSecret();
        records.issueResume(username, ConsoleResume.hash(secret), loginAt, expiresAt);
        return secret;
    }

    /**
     * A console resume secret from a request without a login session: throttled per address like every other
     * credential; an unknown, run-out or revoked secret counts as a failure of the address; a disabled user is
     * refused as unknown, a locked one as locked (the lock stops the console, unlike API tokens).
     */
    public Resumed resume(String address, String secret) {
        Instant now = clock.instant();
        Optional<Duration> wait = throttle.retryAfter(address, now);
        if (wait.isPresent()) {
            return Resumed.refused(LoginResult.throttled(wait.get()));
        }
        if (!ConsoleResume.wellFormed(secret)) {
            return Resumed.refused(failed(address, null, now));
        }
        Optional<LoginRecords.StoredResume> stored = records.resume(ConsoleResume.hash(secret));
        if (stored.isEmpty() || ConsoleResume.verdict(stored.get().expiresAt(), stored.get().revokedAt(), now)
                != ConsoleResume.Verdict.USABLE) {
            return Resumed.refused(failed(address, null, now));
        }
        String username = stored.get().username();
        Optional<LoginRecords.StoredUser> user = records.user(username);
        if (user.isEmpty() || !user.get().enabled()) {
            return Resumed.refused(failed(address, null, now));
        }
        if (user.get().failures().lockedAt(now)) {
            return Resumed.refused(LoginResult.locked(user.get().failures().lockedUntil()));
        }
        LOG.infof("SWB-SEC-020: login session of %s resumed from %s with its resume cookie", username, address);
        return new Resumed(LoginResult.ok(username, records.roles(username)), stored.get().createdAt(),
                stored.get().expiresAt());
    }

    /** The logout: the secret no longer resumes anything (unknown or malformed secrets are ignored). */
    public void revokeResume(String secret) {
        if (ConsoleResume.wellFormed(secret)) {
            records.revokeResume(ConsoleResume.hash(secret), clock.instant());
        }
    }

    /** Revoked tokens stop working on this node at once (on other nodes within the token cache time). */
    public void forgetTokens(Collection<Long> ids) {
        tokens.removeIf(e -> ids.contains(e.id()));
    }

    /** A user whose lock was lifted or set: cached passwords no longer count. */
    public void forgetUser(String username) {
        credentials.forget(username);
    }

    public LoginSettings settings() {
        return settings;
    }

    private record Failing(String username, UserFailures before) {
    }

    private LoginResult failed(String address, Failing user, Instant now) {
        throttle.failed(address, now);
        if (user != null) {
            credentials.forget(user.username());
            UserFailures after = user.before().afterFailure(now, settings);
            records.failed(user.username(), after);
            if (after.lockedUntil() != null && !after.lockedUntil().equals(user.before().lockedUntil())) {
                LOG.warnf("SWB-SEC-002: user %s locked until %s after %d failed logins (last from %s); "
                        + "an administrator can lift it (DELETE api/security/locks/%s)", user.username(),
                        after.lockedUntil(), settings.userMaxFailures(), address, user.username());
                return LoginResult.locked(after.lockedUntil());
            }
        }
        // an address that waits is not counted again, so this is logged once per wait
        throttle.retryAfter(address, now).ifPresent(wait -> LOG.infof(
                "SWB-SEC-003: address %s must wait %s after repeated failed logins", address, wait));
        return LoginResult.wrong();
    }
}
