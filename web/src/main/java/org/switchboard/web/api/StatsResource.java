package org.switchboard.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.switchboard.call.CallHistory;
import org.switchboard.call.CallOutcome;
import org.switchboard.tenant.TenantDirectory;

/**
 * Counts of the caller's tenant's call records, for supervisors and for the benchmark (which checks that every generated call has
 * exactly one record): one aggregate query, no rows are loaded.
 */
@Path("stats")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class StatsResource {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @EJB
    TenantDirectory tenants;

    /**
     * GET /api/stats/calls?since=2026-11-22T10:00:00Z[&amp;queue=support]: calls started at or after {@code since}
     * (default: all). {@code total} counts records, {@code distinctLinkedIds} counts PBX calls; they differ only
     * if a call was recorded twice.
     */
    @GET
    @Path("calls")
    public Map<String, Object> calls(@QueryParam("since") String since, @QueryParam("queue") String queue) {
        Instant from;
        try {
            from = since == null || since.isBlank() ? Instant.EPOCH : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("since must be an ISO-8601 instant, e.g. 2026-11-22T10:00:00Z");
        }
        // The queue condition is added only when asked for: a "(:q IS NULL OR ...)" parameter has no type on
        // PostgreSQL.
        String jpql = "SELECT COUNT(c), COUNT(DISTINCT c.linkedId),"
                + " SUM(CASE WHEN c.endedAt IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.outcome = :answered THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.outcome = :abandoned THEN 1 ELSE 0 END)"
                + " FROM Call c WHERE c.startedAt >= :since"
                + " AND " + CallHistory.OF_TENANT
                + (queue == null || queue.isBlank() ? "" : " AND c.queue = :queue");
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class)
                .setParameter("since", from)
                .setParameter("t", tenants.current())
                .setParameter("answered", CallOutcome.ANSWERED)
                .setParameter("abandoned", CallOutcome.ABANDONED);
        if (queue != null && !queue.isBlank()) {
            query.setParameter("queue", queue);
        }
        Object[] row = query.getSingleResult();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("since", from.toString());
        result.put("queue", queue);
        result.put("total", count(row[0]));
        result.put("distinctLinkedIds", count(row[1]));
        result.put("ended", count(row[2]));
        result.put("answered", count(row[3]));
        result.put("abandoned", count(row[4]));
        return result;
    }

    /** SUM over no rows is null. */
    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
