package org.switchboard.agent;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Whose work the caller oversees: a supervisor the agents of the groups they look after (supervisor_group), an
 * administrator every agent of their tenant. The same rule for agents (SupervisorService, through
 * {@link #SUPERVISED_GROUPS}), for calls (CallHistory) and for wrap-ups (WrapUpService), so a supervisor of one
 * group never sees or corrects another group's calls. Tenancy is checked by the callers as well: this answers only the group question.
 */
@Stateless
@PermitAll
public class Supervision {

    /** JPQL: the names of the groups supervisor {@code :me} looks after. */
    public static final String SUPERVISED_GROUPS =
            "SELECT sg.groupName FROM SupervisedGroup sg WHERE sg.supervisor = :me";

    /** JPQL: the usernames of the agents in the groups supervisor {@code :me} looks after. */
    public static final String SUPERVISED_AGENTS = "SELECT sa.username FROM Agent sa WHERE sa.groupName IN ("
            + SUPERVISED_GROUPS + ")";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** Administrators oversee their whole tenant; supervisors only their groups. */
    public boolean overseesTenant() {
        return session.isCallerInRole("admin");
    }

    /** Whether the caller oversees this agent's work (tenant checked by the caller). */
    public boolean oversees(String agentUsername) {
        if (agentUsername == null) {
            return false;
        }
        if (overseesTenant()) {
            return true;
        }
        return !em.createQuery("SELECT 1 FROM Agent a WHERE a.username = :u AND a.username IN ("
                + SUPERVISED_AGENTS + ")").setParameter("u", agentUsername).setParameter("me", me())
                .setMaxResults(1).getResultList().isEmpty();
    }

    public String me() {
        return session.getCallerPrincipal().getName();
    }
}
