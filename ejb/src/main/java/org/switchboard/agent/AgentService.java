package org.switchboard.agent;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.switchboard.connector.api.PbxConnection;
import org.switchboard.connector.api.PbxConnectionFactory;
import org.switchboard.connector.api.PbxDestinations;
import org.switchboard.connector.api.PbxException;

/**
 * Sign-in with a phone, ready / not ready, sign-out. Acts for the calling user only: the username comes from
 * the security context, never from the client. Keeps the PBX's queue membership in step: sign-in adds the
 * phone to the agent's queues (paused), ready unpauses, not ready pauses with the reason, sign-out removes.
 */
@Stateless
public class AgentService {

    private static final Logger LOG = Logger.getLogger(AgentService.class);
    private static final PhoneInterfaces PHONES = PhoneInterfaces.fromSystemProperties();
    /** Dialplan context that dials the customer once the agent's phone answers (see README, real Asterisk). */
    private static final String DIAL_CONTEXT = System.getProperty("switchboard.originate.context", "outbound");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Resource(lookup = PbxDestinations.CONNECTION_FACTORY)
    PbxConnectionFactory pbx;

    @RolesAllowed("agent")
    public AgentView me() {
        return AgentView.of(agent(session.getCallerPrincipal().getName(), LockModeType.NONE));
    }

    @RolesAllowed("agent")
    public AgentView signIn(String extension) {
        Agent agent = current();
        String memberInterface;
        String stateInterface;
        try {
            memberInterface = PHONES.memberInterface(extension);
            stateInterface = PHONES.stateInterface(extension);
        } catch (IllegalArgumentException e) {
            throw new AgentException(e.getMessage());
        }
        if (agent.getState() != AgentState.OFFLINE) {
            throw new AgentException("You are already signed in with extension " + agent.getExtension());
        }
        Optional<Agent> holder = byInterface(memberInterface);
        if (holder.isPresent()) {
            throw new AgentException("Extension " + extension.strip() + " is in use by another agent");
        }
        try (PbxConnection connection = pbx.getConnection()) {
            for (String queue : agent.queueNames()) {
                // Joined paused: the agent takes calls only after choosing "ready".
                connection.queueAdd(queue, memberInterface, displayName(agent.getUsername()), stateInterface, 0,
                        true);
            }
        } catch (PbxException e) {
            throw new AgentException(pbxMessage(e), e);
        }
        agent.signedIn(extension.strip(), memberInterface, Clock.systemUTC().instant());
        em.flush(); // the unique member_interface constraint catches a concurrent sign-in on the same phone
        LOG.infof("SWB-AGENT-001: %s signed in on %s", agent.getUsername(), memberInterface);
        return AgentView.of(agent);
    }

    @RolesAllowed("agent")
    public AgentView ready() {
        return pause(false, null);
    }

    @RolesAllowed("agent")
    public AgentView notReady(String reason) {
        String why = reason == null || reason.isBlank() ? "Not ready" : reason.strip();
        if (why.length() > 64) {
            throw new AgentException("A reason has at most 64 characters");
        }
        return pause(true, why);
    }

    @RolesAllowed("agent")
    public AgentView signOut() {
        Agent agent = current();
        if (agent.getState() == AgentState.OFFLINE) {
            return AgentView.of(agent);
        }
        try (PbxConnection connection = pbx.getConnection()) {
            for (String queue : agent.queueNames()) {
                try {
                    connection.queueRemove(queue, agent.getMemberInterface());
                } catch (PbxException e) {
                    if (e.isUnreachable()) {
                        throw e;
                    }
                    // Not a member any more (e.g. the PBX restarted): signing out is what we want anyway.
                    LOG.debugf("queue %s: %s", queue, e.getMessage());
                }
            }
        } catch (PbxException e) {
            throw new AgentException(pbxMessage(e), e);
        }
        agent.signedOut(Clock.systemUTC().instant());
        LOG.infof("SWB-AGENT-002: %s signed out", agent.getUsername());
        return AgentView.of(agent);
    }

    /** Which agent is signed in on a queue member interface; used when the PBX offers a call. */
    @PermitAll
    public Optional<String> agentOnInterface(String memberInterface) {
        return byInterface(memberInterface).map(Agent::getUsername);
    }

    /** Which agent is signed in on the phone a channel belongs to (e.g. the agent leg of a click-to-dial). */
    @PermitAll
    public Optional<String> agentOnChannel(String channel) {
        String device = PhoneInterfaces.deviceOfChannel(channel);
        if (device == null || device.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Agent a WHERE a.memberInterface IN (:d, :dn)", Agent.class)
                .setParameter("d", device).setParameter("dn", device + "/n")
                .getResultStream().findFirst().map(Agent::getUsername);
    }

    /**
     * Click-to-dial: the PBX rings the calling agent's own phone and, when the agent answers, dials the number.
     * Returns the Originate's action id.
     */
    @RolesAllowed("agent")
    public String dial(String rawNumber) {
        Agent agent = agent(session.getCallerPrincipal().getName(), LockModeType.NONE); // dialling changes no state
        if (agent.getState() == AgentState.OFFLINE) {
            throw new AgentException("Sign in with a phone before dialling");
        }
        String e164 = org.switchboard.contact.PhoneNumbers.DEFAULT.toE164(rawNumber)
                .orElseThrow(() -> new AgentException("Not a phone number that can be dialled: " + rawNumber));
        try (PbxConnection connection = pbx.getConnection()) {
            String actionId = connection.originate(PHONES.originateChannel(agent.getExtension()), DIAL_CONTEXT, e164,
                    null, java.util.Map.of("SWITCHBOARD_AGENT", agent.getUsername()));
            LOG.infof("SWB-AGENT-003: %s dials %s (%s)", agent.getUsername(), e164, actionId);
            return actionId;
        } catch (PbxException e) {
            throw new AgentException(pbxMessage(e), e);
        }
    }

    @RolesAllowed({"supervisor", "admin"})
    public List<AgentView> all() {
        return em.createQuery("SELECT a FROM Agent a ORDER BY a.username", Agent.class).getResultList().stream()
                .map(AgentView::of).toList();
    }

    private AgentView pause(boolean paused, String reason) {
        Agent agent = current();
        if (agent.getState() == AgentState.OFFLINE) {
            throw new AgentException("Sign in with a phone first");
        }
        try (PbxConnection connection = pbx.getConnection()) {
            connection.queuePause(null, agent.getMemberInterface(), paused, reason);
        } catch (PbxException e) {
            throw new AgentException(pbxMessage(e), e);
        }
        agent.state(paused ? AgentState.NOT_READY : AgentState.READY, reason, Clock.systemUTC().instant());
        return AgentView.of(agent);
    }

    private Optional<Agent> byInterface(String memberInterface) {
        return em.createQuery("SELECT a FROM Agent a WHERE a.memberInterface = :i", Agent.class)
                .setParameter("i", memberInterface).getResultStream().findFirst();
    }

    /** The calling agent, row-locked: every caller of this changes the agent's state. */
    private Agent current() {
        return agent(session.getCallerPrincipal().getName(), LockModeType.PESSIMISTIC_WRITE);
    }

    private Agent agent(String username, LockModeType lock) {
        Agent agent = em.find(Agent.class, username, lock);
        if (agent == null) {
            throw new AgentException("User " + username + " is not set up as an agent");
        }
        return agent;
    }

    private String displayName(String username) {
        Object name = em.createNativeQuery("SELECT display_name FROM app_user WHERE username = ?1")
                .setParameter(1, username).getResultStream().findFirst().orElse(username);
        return name.toString();
    }

    private static String pbxMessage(PbxException e) {
        return e.isUnreachable() ? "The phone system cannot be reached right now; please try again shortly."
                : "The phone system refused: " + e.getMessage();
    }
}
