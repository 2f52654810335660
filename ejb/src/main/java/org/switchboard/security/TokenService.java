package org.switchboard.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.switchboard.contact.RecordNotFoundException;
import org.switchboard.infrastructure.persistence.Rows;
import org.switchboard.tenant.TenantDirectory;

/**
 * API tokens for integrations: every user makes, lists and revokes their own; an administrator also those of any
 * user of their tenant. Another tenant's user or token is not found (404). A token acts as its user, with that
 * user's roles and tenant as they are when it is used.
 */
@Stateless
@RolesAllowed({"agent", "supervisor", "admin"})
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class);
    /** Active tokens a user may have: enough for every integration, and bounded. */
    public static final int MAX_ACTIVE = 20;
    private static final int MAX_NAME = 64;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    TenantDirectory tenants;

    @EJB
    LoginService logins;

    /** @param user null for the caller; another user only for an administrator of that user's tenant */
    public List<TokenSummary> list(String user) {
        String owner = owner(user);
        List<?> rows = em.createNativeQuery("""
                SELECT id, username, name, created_at, created_by, last_used_at, revoked_at FROM api_token
                WHERE username = ?1 ORDER BY id DESC""").setParameter(1, owner).setMaxResults(200).getResultList();
        List<TokenSummary> result = new ArrayList<>();
        for (Object r : rows) {
            result.add(summary((Object[]) r));
        }
        return result;
    }

    public NewToken create(String user, String name) {
        String owner = owner(user);
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME || label.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A token needs a name of 1 to " + MAX_NAME
                    + " characters without control characters");
        }
        long active = ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM api_token WHERE username = ?1 AND revoked_at IS NULL")
                .setParameter(1, owner).getSingleResult()).longValue();
        if (active >= MAX_ACTIVE) {
            throw new IllegalArgumentException(owner + " already has " + MAX_ACTIVE
                    + " active tokens; revoke one first");
        }
        String token = ApiTokens.newToken();
        Instant now = Instant.now();
        String caller = caller();
        em.createNativeQuery("""
                INSERT INTO api_token (username, name, token_hash, created_at, created_by)
                VALUES (?1, ?2, ?3, ?4, ?5)""").setParameter(1, owner).setParameter(2, label)
                .setParameter(3, ApiTokens.hash(token)).setParameter(4, Timestamp.from(now)).setParameter(5, caller)
                .executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT id, username, name, created_at, created_by, last_used_at, revoked_at FROM api_token
                WHERE token_hash = ?1""").setParameter(1, ApiTokens.hash(token)).getSingleResult();
        TokenSummary summary = summary(row);
        LOG.infof("SWB-SEC-005: API token %d (%s) made for %s by %s", summary.id(), label, owner, caller);
        return new NewToken(summary, token);
    }

    /** Revokes one of the caller's tokens, or (administrators) one of their tenant's users' tokens. */
    public TokenSummary revoke(long id) {
        List<?> rows = em.createNativeQuery("SELECT username FROM api_token WHERE id = ?1").setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("No token " + id);
        }
        String owner = (String) rows.get(0);
        if (!owner.equals(caller()) && !adminOf(owner)) {
            throw new RecordNotFoundException("No token " + id);
        }
        em.createNativeQuery("UPDATE api_token SET revoked_at = ?1 WHERE id = ?2 AND revoked_at IS NULL")
                .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, id).executeUpdate();
        logins.forgetTokens(Set.of(id));
        LOG.infof("SWB-SEC-006: API token %d of %s revoked by %s", id, owner, caller());
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT id, username, name, created_at, created_by, last_used_at, revoked_at FROM api_token
                WHERE id = ?1""").setParameter(1, id).getSingleResult();
        return summary(row);
    }

    private String owner(String user) {
        if (user == null || user.isBlank() || user.equals(caller())) {
            return caller();
        }
        if (!adminOf(user)) {
            throw new RecordNotFoundException("No user " + user);
        }
        return user;
    }

    /** Whether the caller is an administrator of the user's tenant. */
    private boolean adminOf(String user) {
        return session.isCallerInRole("admin")
                && tenants.ofUser(user).map(t -> t == tenants.current()).orElse(false);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static TokenSummary summary(Object[] r) {
        return new TokenSummary(Rows.id(r[0]), Rows.text(r[1]), Rows.text(r[2]), Rows.instant(r[3]),
                Rows.text(r[4]), Rows.instant(r[5]), Rows.instant(r[6]));
    }
}
