package org.switchboard.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.switchboard.infrastructure.persistence.Rows;

/**
 * The database side of logins, each method its own short transaction: {@link LoginService} checks passwords
 * (bcrypt, tens of milliseconds) outside any transaction, so a flood of login attempts cannot hold the
 * connection pool.
 */
@Stateless
@PermitAll
public class LoginRecords {

    /** What a password check needs of a user. */
    public record StoredUser(String passwordHash, boolean enabled, UserFailures failures) {
    }

    /** A token that is not revoked, of an enabled user. */
    public record StoredToken(long id, String username) {
    }

    /** A console resume secret as stored, whatever its state (the rules are in {@link ConsoleResume}). */
    public record StoredResume(String username, Instant createdAt, Instant expiresAt, Instant revokedAt) {
    }

    @PersistenceContext
    EntityManager em;

    public Optional<StoredUser> user(String username) {
        List<?> rows = em.createNativeQuery("""
                SELECT password_hash, enabled, failed_logins, last_failed_login, locked_until
                FROM app_user WHERE username = ?1""").setParameter(1, username).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new StoredUser((String) r[0], Boolean.TRUE.equals(r[1]),
                new UserFailures(Rows.integer(r[2]), Rows.instant(r[3]), Rows.instant(r[4]))));
    }

    public Set<String> roles(String username) {
        List<?> rows = em.createNativeQuery("SELECT role_name FROM app_user_role WHERE username = ?1")
                .setParameter(1, username).getResultList();
        Set<String> roles = new TreeSet<>();
        rows.forEach(r -> roles.add(r.toString()));
        return roles;
    }

    public void failed(String username, UserFailures after) {
        em.createNativeQuery("UPDATE app_user SET failed_logins = ?1, last_failed_login = ?2 WHERE username = ?3")
                .setParameter(1, after.count()).setParameter(2, Timestamp.from(after.lastFailure()))
                .setParameter(3, username).executeUpdate();
        if (after.lockedUntil() != null) {
            em.createNativeQuery("UPDATE app_user SET locked_until = ?1 WHERE username = ?2")
                    .setParameter(1, Timestamp.from(after.lockedUntil())).setParameter(2, username).executeUpdate();
        }
    }

    public void succeeded(String username) {
        em.createNativeQuery("UPDATE app_user SET failed_logins = 0, last_failed_login = NULL, locked_until = NULL "
                + "WHERE username = ?1").setParameter(1, username).executeUpdate();
    }

    public Optional<StoredToken> token(String hash) {
        List<?> rows = em.createNativeQuery("""
                SELECT t.id, t.username FROM api_token t JOIN app_user u ON u.username = t.username
                WHERE t.token_hash = ?1 AND t.revoked_at IS NULL AND u.enabled = TRUE""")
                .setParameter(1, hash).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new StoredToken(Rows.id(r[0]), (String) r[1]));
    }

    public void used(long tokenId, Instant when) {
        em.createNativeQuery("UPDATE api_token SET last_used_at = ?1 WHERE id = ?2")
                .setParameter(1, Timestamp.from(when)).setParameter(2, tokenId).executeUpdate();
    }

    /** Stores a new secret; the user's revoked and run-out secrets go at the same time, so the table stays small. */
    public void issueResume(String username, String hash, Instant createdAt, Instant expiresAt) {
        em.createNativeQuery("""
                DELETE FROM console_resume WHERE username = ?1 AND (revoked_at IS NOT NULL OR expires_at <= ?2)""")
                .setParameter(1, username).setParameter(2, Timestamp.from(createdAt)).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO console_resume (username, secret_hash, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)""")
                .setParameter(1, username).setParameter(2, hash).setParameter(3, Timestamp.from(createdAt))
                .setParameter(4, Timestamp.from(expiresAt)).executeUpdate();
    }

    public Optional<StoredResume> resume(String hash) {
        List<?> rows = em.createNativeQuery("""
                SELECT username, created_at, expires_at, revoked_at FROM console_resume WHERE secret_hash = ?1""")
                .setParameter(1, hash).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new StoredResume((String) r[0], Rows.instant(r[1]), Rows.instant(r[2]),
                Rows.instant(r[3])));
    }

    /**
     * Revoked and run-out secrets, whoever they belonged to. One statement, not batches: the table holds at most
     * a user's logins of one session lifetime each, and the nightly run keeps it that small.
     */
    static final String FORGET_ENDED_RESUMES =
            "DELETE FROM console_resume WHERE revoked_at IS NOT NULL OR expires_at <= ?1";

    /** Deletes the secrets that can no longer resume anything; the rest of the work is at each login. */
    public int forgetEndedResumes(Instant now) {
        return em.createNativeQuery(FORGET_ENDED_RESUMES).setParameter(1, Timestamp.from(now)).executeUpdate();
    }

    public void revokeResume(String hash, Instant when) {
        em.createNativeQuery("UPDATE console_resume SET revoked_at = ?1 WHERE secret_hash = ?2 AND revoked_at IS NULL")
                .setParameter(1, Timestamp.from(when)).setParameter(2, hash).executeUpdate();
    }
}
