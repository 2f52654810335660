package org.switchboard.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.switchboard.contact.RecordNotFoundException;
import org.switchboard.infrastructure.persistence.Rows;
import org.switchboard.tenant.TenantDirectory;

/** Administrators see their tenant's users with failed logins or a lock, and lift a lock. */
@Stateless
@RolesAllowed("admin")
public class LockService {

    private static final Logger LOG = Logger.getLogger(LockService.class);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    TenantDirectory tenants;

    @EJB
    LoginService logins;

    /** Users of the caller's tenant with failed logins counted or a lock, locked ones first. */
    public List<LockSummary> list() {
        List<?> rows = em.createNativeQuery("""
                SELECT username, failed_logins, last_failed_login, locked_until FROM app_user
                WHERE tenant_id = ?1 AND (failed_logins > 0 OR locked_until IS NOT NULL)
                ORDER BY locked_until DESC NULLS LAST, username""").setParameter(1, tenants.current())
                .setMaxResults(500).getResultList();
        Instant now = Instant.now();
        List<LockSummary> result = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            Instant until = Rows.instant(r[3]);
            result.add(new LockSummary(Rows.text(r[0]), Rows.integer(r[1]), Rows.instant(r[2]), until,
                    until != null && until.isAfter(now)));
        }
        return result;
    }

    /** Lifts the lock and forgets the failures; another tenant's user is not found. */
    public void unlock(String username) {
        if (username == null || tenants.ofUser(username).map(t -> t != tenants.current()).orElse(true)) {
            throw new RecordNotFoundException("No user " + username);
        }
        em.createNativeQuery("UPDATE app_user SET failed_logins = 0, last_failed_login = NULL, locked_until = NULL "
                + "WHERE username = ?1").setParameter(1, username).executeUpdate();
        logins.forgetUser(username);
        LOG.infof("SWB-SEC-004: login lock of %s lifted by %s", username, session.getCallerPrincipal().getName());
    }
}
