package org.switchboard.screen;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.switchboard.agent.AgentService;
import org.switchboard.call.Call;
import org.switchboard.casework.CaseService;
import org.switchboard.casework.CaseView;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.contact.ContactDirectory;
import org.switchboard.contact.ContactMatch;
import org.switchboard.contact.PhoneNumbers;
import org.switchboard.tenant.TenantDirectory;

/** Builds the calling agent's current screen pop: the newest call in progress offered to them. */
@Stateless
public class ScreenPopService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    ContactDirectory contacts;

    @EJB
    AgentService agents;

    @EJB
    CaseService cases;

    @EJB
    TenantDirectory tenants;

    /**
     * The first paint of a pop, from the connector's hint of a call offered to a member ({@code AGENT_OFFERED}):
     * which agent (by member interface) and who calls (by number). Empty when no agent is signed in on it.
     */
    @PermitAll
    public Optional<PopPreview> preview(CallEvent offered) {
        if (offered.memberInterface() == null || offered.linkedId() == null) {
            return Optional.empty();
        }
        return agents.agentOnInterface(offered.memberInterface()).map(username -> {
            Optional<String> e164 = PhoneNumbers.DEFAULT.toE164(offered.callerNumber());
            // The agent's tenant's contacts only: whatever the queue, an agent sees their own tenant's records.
            long tenant = tenants.ofUser(username).orElseThrow();
            List<ContactMatch> matches = e164.map(number -> contacts.findByNumber(tenant, number))
                    .orElse(List.of());
            ContactMatch first = matches.isEmpty() ? null : matches.get(0);
            return new PopPreview(username, offered.linkedId(), e164.orElse(offered.callerNumber()),
                    offered.callerName(), offered.queue(), matches.size(), first == null ? null : first.name(),
                    first == null ? null : first.accountName());
        });
    }

    @RolesAllowed("agent")
    public Optional<ScreenPop> current() {
        String me = session.getCallerPrincipal().getName();
        return em.createQuery("""
                SELECT c FROM Call c WHERE c.agentUsername = :me AND c.endedAt IS NULL AND c.offeredAt IS NOT NULL
                ORDER BY c.offeredAt DESC, c.id DESC""", Call.class)
                .setParameter("me", me).setMaxResults(1)
                .getResultStream().findFirst().map(this::pop);
    }

    private ScreenPop pop(Call call) {
        String number = call.getCallerE164() != null ? call.getCallerE164() : call.getCallerNumber();
        List<ContactMatch> matches = contacts.findByNumber(number);
        ContactMatch first = matches.isEmpty() ? null : matches.get(0);
        List<CaseView> openCases = first == null ? List.of()
                : first.accountId() != null ? cases.ofAccount(first.accountId(), false)
                : cases.ofContact(first.contactId(), false);
        return new ScreenPop(call.getId(), call.getLinkedId(), call.getCallerNumber(), call.getCallerE164(),
                call.getCallerName(), call.getQueue(), call.getOfferedAt(), call.getAnsweredAt() != null,
                matches, openCases);
    }
}
