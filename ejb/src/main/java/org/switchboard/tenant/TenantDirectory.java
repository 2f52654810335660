package org.switchboard.tenant;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whose data a request may see: the tenant of the signed-in user, of a queue, of a user by name. Every service
 * that reads or writes contacts, accounts, cases, notes or calls asks here and filters on the answer, so a record
 * of another tenant is never found (a request for one answers 404, as if it did not exist).
 */
@Stateless
@PermitAll
public class TenantDirectory {

    /** The tenant that owns everything created before tenants existed, and calls to queues nobody claims. */
    public static final long DEFAULT_TENANT = 1L;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /**
     * The signed-in user's tenant.
     *
     * @throws IllegalStateException when nobody is signed in or the user is unknown: no tenant, no data
     */
    public long current() {
        String user = session.getCallerPrincipal().getName();
        return ofUser(user).orElseThrow(() -> new IllegalStateException("no tenant for caller " + user));
    }

    public Optional<Long> ofUser(String username) {
        if (username == null) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT tenant_id FROM app_user WHERE username = ?1")
                .setParameter(1, username).getResultList();
        return rows.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** The queue's tenant; a queue Switchboard does not know belongs to the default tenant. */
    public long ofQueue(String queue) {
        List<?> rows = em.createNativeQuery("SELECT tenant_id FROM pbx_queue WHERE name = ?1")
                .setParameter(1, queue).getResultList();
        return rows.isEmpty() ? DEFAULT_TENANT : ((Number) rows.get(0)).longValue();
    }

    /**
     * Whether the tenant has this record.
     *
     * @param entity an entity with a {@code tenantId}: Contact, Account, SupportCase, Call, Note
     */
    public boolean owns(Class<?> entity, long id, long tenantId) {
        return !em.createQuery("SELECT 1 FROM " + entity.getSimpleName() + " r WHERE r.id = :id AND r.tenantId = :t")
                .setParameter("id", id).setParameter("t", tenantId).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * A record that a request links to (a case's contact, a note's call) must be the tenant's; another tenant's
     * is refused as if it did not exist.
     *
     * @param id   null when the request links to none: nothing to check
     * @param what the record's name in the message, "contact"
     * @throws IllegalArgumentException "No contact 12"
     */
    public void requireLinkable(Class<?> entity, Long id, long tenantId, String what) {
        if (id != null && !owns(entity, id, tenantId)) {
            throw new IllegalArgumentException("No " + what + " " + id);
        }
    }

    /** The usernames of the tenant's agents (by their group). */
    public Set<String> agentsOf(long tenantId) {
        return strings("SELECT a.username FROM agent a JOIN agent_group g ON g.name = a.group_name "
                + "WHERE g.tenant_id = ?1", tenantId);
    }

    /** The queues the tenant owns. */
    public Set<String> queuesOf(long tenantId) {
        return strings("SELECT name FROM pbx_queue WHERE tenant_id = ?1", tenantId);
    }

    private Set<String> strings(String sql, long tenantId) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, tenantId).getResultList();
        Set<String> result = new TreeSet<>();
        rows.forEach(row -> result.add(row.toString()));
        return result;
    }

    /** The tenant's name, for the console's header. */
    public String name(long tenantId) {
        List<?> rows = em.createNativeQuery("SELECT name FROM tenant WHERE id = ?1").setParameter(1, tenantId)
                .getResultList();
        return rows.isEmpty() ? "?" : rows.get(0).toString();
    }
}
