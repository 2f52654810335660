package org.switchboard.call;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.switchboard.agent.Supervision;
import org.switchboard.tenant.TenantDirectory;

/**
 * Call records for people: an agent sees their own calls, administrators their tenant's, supervisors those of
 * the agents in their groups ({@link Supervision}) and the tenant's calls no agent took (abandoned in a queue).
 * Calls nobody routed (no queue, no agent: an internal call) belong to no tenant; the default tenant's
 * supervisors see them, as the house that runs the PBX.
 */
@Stateless
public class CallHistory {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** JPQL condition on a Call {@code c}: the call is of tenant {@code :t} (or nobody's, for the default tenant). */
    public static final String OF_TENANT = "(c.tenantId = :t OR (c.tenantId IS NULL AND :t = "
            + TenantDirectory.DEFAULT_TENANT + "))";

    @EJB
    TenantDirectory tenants;

    @EJB
    Supervision supervision;

    /** JPQL condition on a Call {@code c} for a supervisor {@code :me}: an agent of their groups, or none. */
    private static final String OF_MY_GROUPS = " AND (c.agentUsername IS NULL OR c.agentUsername IN ("
            + Supervision.SUPERVISED_AGENTS + "))";

    /** A list query of the caller's tenant, narrowed to their groups unless they oversee the whole tenant. */
    private jakarta.persistence.TypedQuery<Call> scoped(String condition, String order) {
        boolean all = supervision.overseesTenant();
        var query = em.createQuery("SELECT c FROM Call c WHERE " + condition + " AND " + OF_TENANT
                + (all ? "" : OF_MY_GROUPS) + " ORDER BY " + order, Call.class).setParameter("t", tenants.current());
        return all ? query : query.setParameter("me", supervision.me());
    }

    private boolean ofCallersTenant(Call call) {
        long tenant = tenants.current();
        return call.getTenantId() == null ? tenant == TenantDirectory.DEFAULT_TENANT : call.getTenantId() == tenant;
    }

    /** The most rows of an agent's own calls one request reads. */
    public static final int MAX_MINE = 200;

    @RolesAllowed("agent")
    public List<CallSummary> mine(int maxRows) {
        return mine(new RowWindow(0, Math.min(Math.max(maxRows, 1), MAX_MINE)));
    }

    /** The agent's own calls, newest first, a page at a time. */
    @RolesAllowed("agent")
    public List<CallSummary> mine(RowWindow rows) {
        return em.createQuery("SELECT c FROM Call c WHERE c.agentUsername = :a ORDER BY c.startedAt DESC, c.id DESC",
                Call.class)
                .setParameter("a", session.getCallerPrincipal().getName())
                .setFirstResult(rows.offset()).setMaxResults(Math.min(rows.limit(), MAX_MINE))
                .getResultList().stream().map(CallSummary::of).toList();
    }

    /** The most rows a supervisor's call list reads in one request. */
    public static final int MAX_ROWS = 500;

    @RolesAllowed({"supervisor", "admin"})
    public List<CallSummary> recent(int maxRows) {
        return recent(RowWindow.of(0, Math.max(maxRows, 1), maxRows, MAX_ROWS));
    }

    @RolesAllowed({"supervisor", "admin"})
    public List<CallSummary> recent(RowWindow rows) {
        return scoped("c.id IS NOT NULL", "c.startedAt DESC, c.id DESC")
                .setFirstResult(rows.offset()).setMaxResults(Math.min(rows.limit(), MAX_ROWS))
                .getResultList().stream().map(CallSummary::of).toList();
    }

    /** Every record of one PBX call; more than one would be a bug the tests look for (bounded all the same). */
    @RolesAllowed({"supervisor", "admin"})
    public List<CallSummary> byLinkedId(String linkedId) {
        return scoped("c.linkedId = :l", "c.id").setParameter("l", linkedId)
                .setMaxResults(MAX_ROWS)
                .getResultList().stream().map(CallSummary::of).toList();
    }

    /** A caller's calls in the order they were recorded, a page at a time. */
    @RolesAllowed({"supervisor", "admin"})
    public List<CallSummary> byCaller(String callerNumber, RowWindow rows) {
        return scoped("(c.callerNumber = :n OR c.callerE164 = :n)", "c.id").setParameter("n", callerNumber)
                .setFirstResult(rows.offset()).setMaxResults(Math.min(rows.limit(), MAX_ROWS))
                .getResultList().stream().map(CallSummary::of).toList();
    }

    @RolesAllowed({"agent", "supervisor", "admin"})
    public Optional<CallSummary> one(long id) {
        Call call = em.find(Call.class, id);
        if (call == null) {
            return Optional.empty();
        }
        boolean mine = session.getCallerPrincipal().getName().equals(call.getAgentUsername());
        boolean supervises = (session.isCallerInRole("supervisor") || session.isCallerInRole("admin"))
                && ofCallersTenant(call)
                && (call.getAgentUsername() == null || supervision.oversees(call.getAgentUsername()));
        if (!mine && !supervises) {
            return Optional.empty(); // indistinguishable from "not found" for someone else's call
        }
        return Optional.of(CallSummary.of(call));
    }
}
