package org.switchboard.agent;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.switchboard.connector.api.PbxConnection;
import org.switchboard.connector.api.PbxConnectionFactory;
import org.switchboard.connector.api.PbxDestinations;
import org.switchboard.connector.api.PbxException;
import org.switchboard.contact.PhoneMask;
import org.switchboard.contact.PhoneNumbers;
import org.switchboard.dialling.DiallingPolicyService;
import org.switchboard.presence.PresenceInput;
import org.switchboard.presence.UcPresence;

/**
 * The agent's own actions: sign-in with any phone, ready / not ready with a reason from the list, ending
 * wrap-up, UC presence, click-to-dial, sign-out. Acts for the calling user only: the username comes from the
 * security context, never from the client. The work is done by {@link AgentSessions}.
 */
@Stateless
public class AgentService {

    private static final Logger LOG = Logger.getLogger(AgentService.class);
    /** Dialplan context that dials the customer once the agent's phone answers (see README, real Asterisk). */
    private static final String DIAL_CONTEXT = System.getProperty("switchboard.originate.context", "outbound");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Resource(lookup = PbxDestinations.CONNECTION_FACTORY)
    PbxConnectionFactory pbx;

    @EJB
    AgentSessions sessions;

    @EJB
    DiallingPolicyService dialling;

    @RolesAllowed("agent")
    public AgentView me() {
        return view(agent(caller()));
    }

    /**
     * @param phone    an extension, {@code PJSIP/device}, or any phone number (stored as E.164)
     * @param nailedUp dial the phone once now and hold it between calls
     */
    @RolesAllowed("agent")
    public AgentView signIn(String phone, boolean nailedUp) {
        Phone parsed;
        try {
            parsed = Phone.parse(phone, nailedUp, PhoneNumbers.DEFAULT::toE164);
        } catch (IllegalArgumentException e) {
            throw new AgentException(e.getMessage());
        }
        if (parsed.kind() == PhoneKind.EXTERNAL) { // extensions and SIP devices are inside the PBX: no policy
            dialling.refusalOfAgentPhone(caller(), parsed.value()).ifPresent(refusal -> {
                throw new AgentException(refusal);
            });
        }
        Agent agent = sessions.lock(caller());
        SignInsInFlight.enter(agent.getUsername(), transaction); // its PBX events may come before the commit
        sessions.signIn(agent, parsed);
        return view(agent);
    }

    @RolesAllowed("agent")
    public AgentView ready() {
        Agent agent = sessions.lock(caller());
        if (agent.isNailedUp() && agent.getNailedChannel() == null) {
            throw new AgentException("Your phone line is not connected: answer the call to your phone, or sign "
                    + "out and in again");
        }
        sessions.apply(agent, new PresenceInput.Ready(AgentSessions.now()), true);
        return view(agent);
    }

    /** @param reason a reason from {@link #reasons()}, by code or label */
    @RolesAllowed("agent")
    public AgentView notReady(String reason) {
        String label = reasonLabel(reason);
        return applyToMe(new PresenceInput.NotReady(AgentSessions.now(), label));
    }

    @RolesAllowed("agent")
    public AgentView endWrapUp() {
        return applyToMe(new PresenceInput.EndWrapUp(AgentSessions.now()));
    }

    /** Presence from a unified-communications client acting for the agent (available, away, busy, DND). */
    @RolesAllowed("agent")
    public AgentView ucPresence(String presence) {
        UcPresence uc = parsePresence(presence);
        return applyToMe(new PresenceInput.UcPresenceChanged(AgentSessions.now(), uc));
    }

    /** One of the caller's own state changes: their row locked, the input applied strictly (see apply). */
    private AgentView applyToMe(PresenceInput input) {
        Agent agent = sessions.lock(caller());
        sessions.apply(agent, input, true);
        return view(agent);
    }

    @RolesAllowed("agent")
    public AgentView signOut() {
        Agent agent = sessions.lock(caller());
        sessions.signOut(agent, "by the agent");
        return view(agent);
    }

    /** The console's heartbeat: see {@link AgentSessions#consoleAlive}. */
    @RolesAllowed("agent")
    public void consoleAlive() {
        sessions.consoleAlive(caller());
    }

    /** The not-ready reasons agents choose from, in display order. */
    @RolesAllowed({"agent", "supervisor", "admin"})
    public List<String> reasons() {
        return em.createNativeQuery("SELECT label FROM not_ready_reason ORDER BY position, label")
                .getResultList().stream().map(Object::toString).toList();
    }

    /**
     * Click-to-dial: the PBX rings the calling agent's own phone (a nailed-up agent is already on the line) and,
     * when it answers, dials the number. Returns the Originate's action id.
     */
    @RolesAllowed("agent")
    public String dial(String rawNumber) {
        Agent agent = agent(caller()); // dialling changes no state: no row lock
        if (!agent.isSignedIn()) {
            throw new AgentException("Sign in with a phone before dialling");
        }
        String e164 = PhoneNumbers.DEFAULT.toE164(rawNumber)
                .orElseThrow(() -> new AgentException("Not a phone number that can be dialled: " + rawNumber));
        dialling.refusalOfDial(agent.getUsername(), e164).ifPresent(refusal -> {
            throw new AgentException(refusal);
        });
        Phone phone = new Phone(agent.getPhoneKind(), agent.getPhone(), agent.isNailedUp());
        try (PbxConnection connection = pbx.getConnection()) {
            String actionId = connection.originate(AgentSessions.PHONES.dialChannel(phone, agent.getUsername()),
                    DIAL_CONTEXT, e164, null, Map.of("SWITCHBOARD_AGENT", agent.getUsername()));
            LOG.infof("SWB-AGENT-003: %s dials %s (%s)", agent.getUsername(), PhoneMask.number(e164), actionId);
            return actionId;
        } catch (PbxException e) {
            throw new AgentException(AgentSessions.pbxMessage(e), e);
        }
    }

    /** Which agent is signed in on a queue member interface; used when the PBX offers a call. */
    @PermitAll
    public Optional<String> agentOnInterface(String memberInterface) {
        return em.createQuery("SELECT a.username FROM Agent a WHERE a.memberInterface = :i", String.class)
                .setParameter("i", memberInterface).getResultStream().findFirst();
    }

    /** Which agent is signed in on the phone a channel belongs to (e.g. the agent leg of a click-to-dial). */
    @PermitAll
    public Optional<String> agentOnChannel(String channel) {
        String device = PhoneInterfaces.deviceOfChannel(channel);
        if (device == null || device.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a.username FROM Agent a WHERE a.memberInterface IN (:d, :dn)", String.class)
                .setParameter("d", device).setParameter("dn", device + "/n")
                .getResultStream().findFirst();
    }

    /** The label of a not-ready reason given by code or label (any case); empty gives the first one. */
    @RolesAllowed({"agent", "supervisor", "admin"})
    public String reasonLabel(String reason) {
        List<String> labels = reasons();
        if (reason == null || reason.isBlank()) {
            return labels.isEmpty() ? "Not ready" : labels.get(0);
        }
        String wanted = reason.strip();
        Object byCode = em.createNativeQuery("SELECT label FROM not_ready_reason WHERE code = ?1")
                .setParameter(1, wanted.toLowerCase()).getResultStream().findFirst().orElse(null);
        if (byCode != null) {
            return byCode.toString();
        }
        return labels.stream().filter(l -> l.equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new AgentException("Choose a not-ready reason from the list: "
                        + String.join(", ", labels)));
    }

    static UcPresence parsePresence(String presence) {
        String key = presence == null ? "" : presence.strip().toUpperCase().replace('-', '_').replace(' ', '_');
        if (key.equals("DND")) {
            return UcPresence.DO_NOT_DISTURB;
        }
        try {
            return UcPresence.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new AgentException("Presence is one of available, away, busy, do-not-disturb, not '" + presence
                    + "'");
        }
    }

    private AgentView view(Agent agent) {
        return AgentView.of(agent, sessions.displayName(agent.getUsername()));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private Agent agent(String username) {
        Agent agent = em.find(Agent.class, username);
        if (agent == null) {
            throw new AgentException("User " + username + " is not set up as an agent");
        }
        return agent;
    }
}
