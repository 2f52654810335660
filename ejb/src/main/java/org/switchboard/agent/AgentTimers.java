package org.switchboard.agent;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.switchboard.presence.PresenceInput;

/**
 * Time-driven changes of agents: a wrap-up whose time is up ends, and an agent whose console disappeared (closed
 * tab, lost network) longer ago than the group's grace period is signed out. Non-persistent timers run on every
 * node of a cluster; each agent is re-checked under its row lock, so two nodes never act twice.
 */
@Stateless
@PermitAll
public class AgentTimers {

    private static final Logger LOG = Logger.getLogger(AgentTimers.class);

    @PersistenceContext
    EntityManager em;

    @EJB
    AgentTimers self; // each agent in a transaction of its own: one failure does not hold back the others

    @EJB
    AgentSessions sessions;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "agent deadlines")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyTwoSeconds() {
        Instant now = AgentSessions.now();
        for (String username : due(now)) {
            try {
                self.tick(username, now);
            } catch (RuntimeException e) {
                LOG.warnf("SWB-AGENT-011: deadline of %s not handled: %s", username, e);
            }
        }
        for (String username : consoleGone()) {
            try {
                self.signOutIfStillGone(username, now);
            } catch (RuntimeException e) {
                LOG.warnf("SWB-AGENT-012: %s not signed out after the grace period: %s", username, e);
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void tick(String username, Instant now) {
        Agent agent = sessions.lock(username);
        if (agent.isSignedIn()) {
            sessions.apply(agent, new PresenceInput.Tick(now), false);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signOutIfStillGone(String username, Instant now) {
        Agent agent = sessions.lock(username);
        AgentGroup group = em.find(AgentGroup.class, agent.getGroupName());
        Instant gone = agent.getConsoleGoneAt();
        if (agent.isSignedIn() && gone != null && !gone.plus(group.grace()).isAfter(now)) {
            sessions.signOut(agent, "console gone since " + gone + ", grace period " + group.grace());
        }
    }

    private List<String> due(Instant now) {
        return em.createQuery("SELECT a.username FROM Agent a WHERE a.nextDeadline <= :now", String.class)
                .setParameter("now", now).getResultList();
    }

    private List<String> consoleGone() {
        return em.createQuery("""
                SELECT a.username FROM Agent a WHERE a.consoleGoneAt IS NOT NULL
                AND a.state <> org.switchboard.presence.AgentStatus.OFFLINE""", String.class).getResultList();
    }
}
