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
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.switchboard.infrastructure.persistence.SchemaMigration;
import org.switchboard.presence.PresenceInput;

/**
 * Time-driven changes of agents: a wrap-up whose time is up ends, and an agent whose console stopped its
 * heartbeat (closed tab, lost network, crashed laptop) longer ago than the group's grace period is signed out. Non-persistent timers run on every
 * node of a cluster; each agent is re-checked under its row lock, so two nodes never act twice.
 */
@Stateless
@PermitAll
public class AgentTimers {

    private static final Logger LOG = Logger.getLogger(AgentTimers.class);

    /**
     * When this node last checked consoles with a working database (per node and deployment, so it starts
     * empty after a start or a redeployment): see {@link ConsoleGrace}.
     */
    private static final AtomicReference<Instant> LAST_CONSOLE_CHECK = new AtomicReference<>();

    @PersistenceContext
    EntityManager em;

    @EJB
    AgentTimers self; // each agent in a transaction of its own: one failure does not hold back the others

    @EJB
    AgentSessions sessions;

    @EJB
    SchemaMigration schema;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "agent deadlines")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyTwoSeconds() {
        schema.isReady(); // the first tick can come while the schema is still being migrated
        Instant now = AgentSessions.now();
        Instant lastCheck = LAST_CONSOLE_CHECK.get();
        if (ConsoleGrace.startsAgain(lastCheck, now)) {
            int consoles = sessions.consolesGraceStartsAgain(now);
            LOG.infof("SWB-AGENT-020: %d consoles get a new grace period from %s (%s)", consoles, now,
                    lastCheck == null ? "server started" : "no check possible since " + lastCheck);
        }
        for (String username : due(now)) {
            try {
                self.tick(username, now);
            } catch (RuntimeException e) {
                LOG.warnf("SWB-AGENT-011: deadline of %s not handled: %s", username, e);
            }
        }
        for (String username : consoleGone(now)) {
            try {
                self.signOutIfStillGone(username, now);
            } catch (RuntimeException e) {
                LOG.warnf("SWB-AGENT-012: %s not signed out after the grace period: %s", username, e);
            }
        }
        LAST_CONSOLE_CHECK.set(now); // not reached when the database did not answer
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
        Instant seen = agent.getConsoleSeenAt();
        if (agent.isSignedIn() && seen != null && !seen.plus(group.grace()).isAfter(now)) {
            sessions.signOut(agent, "console not seen since " + seen + ", grace period " + group.grace());
        }
    }

    private List<String> due(Instant now) {
        return em.createQuery("SELECT a.username FROM Agent a WHERE a.nextDeadline <= :now", String.class)
                .setParameter("now", now).getResultList();
    }

    /** Candidates: signed in with a console not seen for at least the shortest grace period allowed (10 s). */
    private List<String> consoleGone(Instant now) {
        return em.createQuery("""
                SELECT a.username FROM Agent a WHERE a.consoleSeenAt < :earliest
                AND a.state <> org.switchboard.presence.AgentStatus.OFFLINE""", String.class)
                .setParameter("earliest", now.minusSeconds(10)).getResultList();
    }
}
