package org.switchboard.call;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Call records for people: an agent sees their own calls, supervisors and admins see every call. */
@Stateless
public class CallHistory {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @RolesAllowed("agent")
    public List<CallSummary> mine(int maxRows) {
        return em.createQuery("SELECT c FROM Call c WHERE c.agentUsername = :a ORDER BY c.startedAt DESC, c.id DESC",
                Call.class)
                .setParameter("a", session.getCallerPrincipal().getName())
                .setMaxResults(Math.min(Math.max(maxRows, 1), 200))
                .getResultList().stream().map(CallSummary::of).toList();
    }

    @RolesAllowed({"supervisor", "admin"})
    public List<CallSummary> recent(int maxRows) {
        return em.createQuery("SELECT c FROM Call c ORDER BY c.startedAt DESC, c.id DESC", Call.class)
                .setMaxResults(Math.min(Math.max(maxRows, 1), 500))
                .getResultList().stream().map(CallSummary::of).toList();
    }

    /** Every record of one PBX call; more than one would be a bug the tests look for. */
    @RolesAllowed({"supervisor", "admin"})
    public List<CallSummary> byLinkedId(String linkedId) {
        return em.createQuery("SELECT c FROM Call c WHERE c.linkedId = :l ORDER BY c.id", Call.class)
                .setParameter("l", linkedId)
                .getResultList().stream().map(CallSummary::of).toList();
    }

    @RolesAllowed({"supervisor", "admin"})
    public List<CallSummary> byCaller(String callerNumber) {
        return em.createQuery("SELECT c FROM Call c WHERE c.callerNumber = :n OR c.callerE164 = :n ORDER BY c.id",
                Call.class)
                .setParameter("n", callerNumber)
                .getResultList().stream().map(CallSummary::of).toList();
    }

    @RolesAllowed({"agent", "supervisor", "admin"})
    public Optional<CallSummary> one(long id) {
        Call call = em.find(Call.class, id);
        if (call == null) {
            return Optional.empty();
        }
        boolean mine = session.getCallerPrincipal().getName().equals(call.getAgentUsername());
        if (!mine && !session.isCallerInRole("supervisor") && !session.isCallerInRole("admin")) {
            return Optional.empty(); // indistinguishable from "not found" for someone else's call
        }
        return Optional.of(CallSummary.of(call));
    }
}
