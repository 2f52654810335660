package org.switchboard.agent;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jboss.logging.Logger;
import org.switchboard.presence.PresenceInput;
import org.switchboard.presence.UcPresence;
import org.switchboard.tenant.TenantDirectory;

/**
 * What supervisors do to agents: see every agent of their groups with state and time in state, set one not
 * ready, sign one out. Administrators see and act on every group of their tenant. Checked here, on the server: an agent calling
 * these gets an access error, and a supervisor naming an agent of another group gets a not-found answer.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class SupervisorService {

    private static final Logger LOG = Logger.getLogger(SupervisorService.class);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    AgentSessions sessions;

    @EJB
    AgentService agents;

    @EJB
    TenantDirectory tenants;

    /** JPQL: the names of tenant :t's groups, all of which its administrators look after. */
    private static final String TENANT_GROUPS = "SELECT tg.name FROM AgentGroup tg WHERE tg.tenantId = :t";

    public List<AgentView> agents() {
        List<Agent> list = session.isCallerInRole("admin")
                ? em.createQuery("SELECT a FROM Agent a WHERE a.groupName IN (" + TENANT_GROUPS + ") "
                        + "ORDER BY a.username", Agent.class).setParameter("t", tenants.current()).getResultList()
                : em.createQuery("SELECT a FROM Agent a WHERE a.groupName IN (" + Supervision.SUPERVISED_GROUPS + ") "
                        + "ORDER BY a.username", Agent.class).setParameter("me", me()).getResultList();
        return list.stream().map(a -> AgentView.of(a, sessions.displayName(a.getUsername()))).toList();
    }

    public AgentView setNotReady(String username, String reason) {
        String label = agents.reasonLabel(reason);
        Agent agent = supervised(username);
        if (!agent.isSignedIn()) {
            throw new AgentException(username + " is not signed in");
        }
        sessions.apply(agent, new PresenceInput.NotReady(AgentSessions.now(), label), true);
        LOG.infof("SWB-AGENT-013: %s set %s not ready (%s)", me(), username, label);
        return AgentView.of(agent, sessions.displayName(username));
    }

    public AgentView signOut(String username) {
        Agent agent = supervised(username);
        sessions.signOut(agent, "by supervisor " + me());
        return AgentView.of(agent, sessions.displayName(username));
    }

    /** UC presence for any agent, as a presence integration sends it (e.g. from the phone system's UC side). */
    @RolesAllowed("admin")
    public AgentView ucPresence(String username, String presence) {
        UcPresence uc = AgentService.parsePresence(presence);
        Agent agent = supervised(username);
        sessions.apply(agent, new PresenceInput.UcPresenceChanged(AgentSessions.now(), uc), true);
        return AgentView.of(agent, sessions.displayName(username));
    }

    /** The agent, locked, if the caller may act on them; otherwise "not found" (not even whether they exist). */
    private Agent supervised(String username) {
        if (username == null || username.isBlank()) {
            throw new AgentException("No agent given");
        }
        // Counted, not loaded: the row is then read once, locked (an unlocked copy in the persistence context
        // would make the lock fail on a concurrent change).
        boolean admin = session.isCallerInRole("admin");
        Long visible = em.createQuery("SELECT COUNT(a) FROM Agent a WHERE a.username = :u AND ((:admin = TRUE AND "
                + "a.groupName IN (" + TENANT_GROUPS + ")) OR "
                + "a.groupName IN (" + Supervision.SUPERVISED_GROUPS + "))", Long.class)
                .setParameter("u", username).setParameter("admin", admin).setParameter("me", me())
                .setParameter("t", tenants.current())
                .getSingleResult();
        if (visible == 0) {
            throw new AgentNotFoundException("No agent " + username + " in your groups");
        }
        return sessions.lock(username);
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
