package org.switchboard.agent;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.switchboard.connector.api.PbxConnection;
import org.switchboard.connector.api.PbxConnectionFactory;
import org.switchboard.connector.api.PbxDestinations;
import org.switchboard.connector.api.PbxException;
import org.switchboard.contact.PhoneMask;
import org.switchboard.presence.ActiveCall;
import org.switchboard.presence.AgentPresence;
import org.switchboard.presence.PbxPause;
import org.switchboard.presence.PresenceException;
import org.switchboard.presence.PresenceInput;
import org.switchboard.presence.PresenceMachine;
import org.switchboard.presence.PresenceUpdate;
import org.switchboard.presence.StateChange;
import org.switchboard.screen.ScreenPopNotifier;
import org.switchboard.skill.MembershipChange;
import org.switchboard.skill.QueueMatcher;
import org.switchboard.skill.QueueMembership;
import org.switchboard.skill.SkillCatalog;

/**
 * What happens to an agent's session, whoever asks (the agent, a supervisor, a PBX event, a timer): sign-in with
 * a phone and the PBX memberships it gives, presence inputs through the state machine with the PBX pause and
 * the history that follow, memberships kept in line with skills and restored after a PBX restart, sign-out.
 * Internal: callers check roles and pass a row-locked {@link Agent} from {@link #lock}.
 */
@Stateless
@PermitAll
public class AgentSessions {

    static final PhoneInterfaces PHONES = PhoneInterfaces.fromSystemProperties();
    private static final Logger LOG = Logger.getLogger(AgentSessions.class);
    private static final String CALLER_ID = "Switchboard <agent>";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = PbxDestinations.CONNECTION_FACTORY)
    PbxConnectionFactory pbx;

    @EJB
    SkillCatalog skills;

    @Inject
    ScreenPopNotifier notifier;

    /** The agent's row, locked until the transaction ends: every change of an agent goes through here. */
    public Agent lock(String username) {
        Agent agent = em.find(Agent.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (agent == null) {
            throw new AgentException("User " + username + " is not set up as an agent");
        }
        return agent;
    }

    /**
     * The one order in which a transaction that changes several agents locks their rows: by username, each once.
     * Presence batches, skill and queue edits all lock in it, so two of them that need the same agents wait for
     * each other instead of deadlocking.
     */
    public static List<String> lockOrder(Collection<String> usernames) {
        return usernames.stream().distinct().sorted().toList();
    }

    /** How a signed-in agent's PBX events are recognised. */
    public record Line(String username, String memberInterface, String nailedChannel, String nailedOriginate) {
    }

    /** The signed-in agents' lines, for matching PBX events to them (values: nothing is loaded or locked). */
    public List<Line> signedIn() {
        return em.createQuery("""
                SELECT new org.switchboard.agent.AgentSessions$Line(a.username, a.memberInterface, a.nailedChannel,
                    a.nailedOriginate)
                FROM Agent a WHERE a.state <> org.switchboard.presence.AgentStatus.OFFLINE""", Line.class)
                .getResultList();
    }

    /**
     * Makes the PBX treat the phone as the agent's: a paused member of every queue their skills give (member
     * name, state interface, penalty from proficiency); for a nailed-up phone also dials it into the agent's
     * conference. One phone, one agent.
     */
    public void signIn(Agent agent, Phone phone) {
        String user = agent.getUsername();
        if (agent.isSignedIn()) {
            throw new AgentException("You are already signed in with " + agent.getPhone());
        }
        String memberInterface = PHONES.memberInterface(phone, user);
        String stateInterface = PHONES.stateInterface(phone, user);
        List<Agent> holders = em.createQuery("""
                SELECT a FROM Agent a WHERE a.username <> :u
                AND ((a.phone = :p AND a.phoneKind = :k) OR a.memberInterface = :i)""", Agent.class)
                .setParameter("u", user).setParameter("p", phone.value()).setParameter("k", phone.kind())
                .setParameter("i", memberInterface).getResultList();
        if (!holders.isEmpty()) {
            throw new AgentException(phoneInUse(phone, user, holders.get(0).getUsername()));
        }
        List<QueueMembership> memberships = skills.wantedMemberships(user);
        String originate = null;
        try (PbxConnection connection = pbx.getConnection()) {
            for (QueueMembership m : memberships) {
                // Joined paused: the agent takes calls only after choosing "ready".
                connection.queueAdd(m.queue(), memberInterface, displayName(user), stateInterface, m.penalty(), true);
            }
            if (phone.nailedUp()) {
                originate = connection.originateApplication(PHONES.phoneChannel(phone, user), "ConfBridge",
                        PhoneInterfaces.conference(user), CALLER_ID, Map.of("SWITCHBOARD_AGENT", user));
            }
        } catch (PbxException e) {
            throw new AgentException(pbxMessage(e), e);
        }
        agent.signedIn(phone, memberInterface, stateInterface, originate);
        skills.recordMemberships(user, memberships);
        em.flush(); // the unique member_interface constraint catches a concurrent sign-in on the same phone
        apply(agent, new PresenceInput.SignIn(now(), phone.nailedUp()), true);
        LOG.infof("SWB-AGENT-001: %s signed in on %s (%s%s), queues %s", user, PhoneMask.numbersIn(memberInterface),
                phone.kind(), phone.nailedUp() ? ", nailed up" : "", memberships);
    }

    /** Removes the agent from every queue (and hangs up a nailed-up leg). Signing out twice is harmless. */
    public void signOut(Agent agent, String why) {
        if (!agent.isSignedIn()) {
            return;
        }
        String user = agent.getUsername();
        try (PbxConnection connection = pbx.getConnection()) {
            for (QueueMembership m : skills.membershipsOf(user)) {
                refusalIgnored(() -> connection.queueRemove(m.queue(), agent.getMemberInterface()));
            }
            if (agent.getNailedChannel() != null) {
                refusalIgnored(() -> connection.hangup(agent.getNailedChannel()));
            }
        } catch (PbxException e) {
            throw new AgentException(pbxMessage(e), e);
        }
        skills.recordMemberships(user, List.of());
        apply(agent, new PresenceInput.SignOut(now()), false);
        agent.signedOut();
        LOG.infof("SWB-AGENT-002: %s signed out (%s)", user, why);
    }

    /**
     * Feeds one input to the agent's state machine, stores the result and its history, and tells the PBX the
     * pause state it implies.
     *
     * @param strict for the agent's own actions: a PBX that cannot be told fails the action (the agent sees
     *               why); for PBX events and timers the pause state is marked unknown and sent with the next input
     */
    public void apply(Agent agent, PresenceInput input, boolean strict) {
        AgentGroup group = em.find(AgentGroup.class, agent.getGroupName());
        PresenceUpdate update;
        try {
            update = new PresenceMachine(group.policy()).apply(agent.presence(), input);
        } catch (PresenceException e) {
            throw new AgentException(e.getMessage());
        }
        AgentPresence next = update.presence();
        if (update.pbx().isPresent() && agent.getMemberInterface() != null
                && !skills.membershipsOf(agent.getUsername()).isEmpty()) {
            PbxPause pause = update.pbx().get();
            try (PbxConnection connection = pbx.getConnection()) {
                connection.queuePause(null, agent.getMemberInterface(), pause.paused(), pause.reason());
            } catch (PbxException e) {
                if (strict) {
                    throw new AgentException(pbxMessage(e), e);
                }
                LOG.warnf("SWB-AGENT-004: pause state of %s not sent to the PBX (%s); sent with the next change",
                        agent.getUsername(), e.getMessage());
                next = next.pbxUnknown();
            }
        }
        for (StateChange change : update.changes()) {
            em.persist(new AgentStateChange(agent.getUsername(), change));
        }
        agent.presence(next);
        if (!update.changes().isEmpty()) {
            announce(agent.getUsername());
        }
    }

    /**
     * The agent's console is open (it calls this every few seconds while it is). An agent whose console stops
     * calling for longer than the group's grace period is signed out by {@link AgentTimers}. A bulk update: it
     * must not collide with the presence changes of the same row.
     */
    public void consoleAlive(String username) {
        em.createQuery("UPDATE Agent a SET a.consoleSeenAt = :now WHERE a.username = :u AND a.state <> "
                + "org.switchboard.presence.AgentStatus.OFFLINE").setParameter("now", now())
                .setParameter("u", username).executeUpdate();
    }

    /**
     * Every signed-in agent's console counts as seen now: after a server start or a database outage, when no
     * heartbeat could be recorded (see {@link ConsoleGrace}). A bulk update, like {@link #consoleAlive}.
     *
     * @return how many consoles got the new grace period
     */
    public int consolesGraceStartsAgain(Instant now) {
        return em.createQuery("UPDATE Agent a SET a.consoleSeenAt = :now WHERE a.consoleSeenAt < :now AND a.state <> "
                + "org.switchboard.presence.AgentStatus.OFFLINE").setParameter("now", now).executeUpdate();
    }

    /** Tells the agent's console (and supervisors' views) that something about the agent changed. */
    public void announce(String username) {
        notifier.agentStateChanged(username);
    }

    /** Brings the agent's PBX memberships in line with their skills and the queues' requirements now. */
    public List<MembershipChange> alignMemberships(Agent agent) {
        if (!agent.isSignedIn()) {
            return List.of();
        }
        String user = agent.getUsername();
        List<QueueMembership> wanted = skills.wantedMemberships(user);
        List<MembershipChange> changes = QueueMatcher.changes(skills.membershipsOf(user), wanted);
        if (changes.isEmpty()) {
            return changes;
        }
        PbxPause pause = agent.presence().toldPbx();
        boolean paused = pause == null || pause.paused();
        try (PbxConnection connection = pbx.getConnection()) {
            for (MembershipChange change : changes) {
                switch (change.kind()) {
                    case ADD -> connection.queueAdd(change.queue(), agent.getMemberInterface(), displayName(user),
                            agent.getStateInterface(), change.penalty(), paused);
                    case PENALTY -> connection.queuePenalty(change.queue(), agent.getMemberInterface(),
                            change.penalty());
                    case REMOVE -> refusalIgnored(() -> connection.queueRemove(change.queue(),
                            agent.getMemberInterface()));
                }
            }
        } catch (PbxException e) {
            throw new AgentException(pbxMessage(e), e);
        }
        skills.recordMemberships(user, wanted);
        LOG.infof("SWB-AGENT-005: memberships of %s changed: %s", user, changes);
        return changes;
    }

    /**
     * {@link #restoreAfterResync(Agent, Set, Instant)} for one agent in a transaction of its own: a failure rolls
     * back this agent's restoration only (see {@link AgentEvents#restoreAfterResync}).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void restoreAfterResync(String username, Set<String> aliveCalls, Instant at) {
        restoreAfterResync(lock(username), aliveCalls, at);
    }

    /**
     * After a (re)connect: the PBX may have restarted and forgotten the memberships (persistentmembers=no).
     * Adds every recorded membership again (the PBX refuses the ones it still has, which is fine), repeats the
     * pause state, and ends a nailed-up leg or a call that is gone.
     *
     * @param aliveCalls the Linkedids of every call the PBX has now
     */
    public void restoreAfterResync(Agent agent, Set<String> aliveCalls, Instant at) {
        if (!agent.isSignedIn()) {
            return;
        }
        String user = agent.getUsername();
        boolean readded = false;
        try (PbxConnection connection = pbx.getConnection()) {
            for (QueueMembership m : skills.membershipsOf(user)) {
                try {
                    connection.queueAdd(m.queue(), agent.getMemberInterface(), displayName(user),
                            agent.getStateInterface(), m.penalty(), true);
                    readded = true;
                } catch (PbxException e) {
                    if (e.isUnreachable()) {
                        throw e;
                    }
                    // "Already there": this PBX kept its memberships
                }
            }
        } catch (PbxException e) {
            LOG.warnf("SWB-AGENT-006: memberships of %s not restored (%s); next resync tries again", user,
                    e.getMessage());
            return;
        }
        if (readded) {
            LOG.infof("SWB-AGENT-007: queue memberships of %s restored after the PBX forgot them", user);
        }
        if (agent.getNailedLinkedId() != null && !aliveCalls.contains(agent.getNailedLinkedId())) {
            agent.nailedLegGone();
            apply(agent, new PresenceInput.NailedUpLegLost(at), false);
        }
        ActiveCall call = agent.presence().calls().active(); // the stored value, parsed once
        String active = call == null ? null : call.linkedId();
        if (active != null && !aliveCalls.contains(active)) {
            apply(agent, new PresenceInput.CallEnded(at, active), false);
        }
        apply(agent, new PresenceInput.PbxStateLost(at), false); // and the machine repeats the pause state
    }

    /**
     * Names the colleague who holds the phone only to an agent of the same tenant: another tenant learns
     * nothing about whose phone it is (the PBX's phones are one namespace, so it must still be refused).
     */
    private String phoneInUse(Phone phone, String user, String holder) {
        String sql = "SELECT tenant_id FROM app_user WHERE username = ?1";
        Object mine = em.createNativeQuery(sql).setParameter(1, user).getResultStream().findFirst().orElse(null);
        Object theirs = em.createNativeQuery(sql).setParameter(1, holder).getResultStream().findFirst().orElse(null);
        boolean colleague = mine != null && theirs != null
                && ((Number) mine).longValue() == ((Number) theirs).longValue();
        return "Phone " + phone.display() + " is already in use"
                + (colleague ? " by " + displayName(holder) : "; choose another phone");
    }

    public String displayName(String username) {
        Object name = em.createNativeQuery("SELECT display_name FROM app_user WHERE username = ?1")
                .setParameter(1, username).getResultStream().findFirst().orElse(username);
        return name.toString();
    }

    static Instant now() {
        return Clock.systemUTC().instant();
    }

    static String pbxMessage(PbxException e) {
        return e.isUnreachable() ? "The phone system cannot be reached right now; please try again shortly."
                : "The phone system refused: " + e.getMessage();
    }

    private interface PbxAction {
        void run() throws PbxException;
    }

    /** A refusal (e.g. "not a member": the PBX restarted) is what we want anyway; unreachable is not. */
    private static void refusalIgnored(PbxAction action) throws PbxException {
        try {
            action.run();
        } catch (PbxException e) {
            if (e.isUnreachable()) {
                throw e;
            }
            LOG.debugf("refused, ignored: %s", e.getMessage());
        }
    }
}
