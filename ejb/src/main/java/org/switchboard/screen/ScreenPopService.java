package org.switchboard.screen;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.switchboard.call.Call;
import org.switchboard.contact.ContactDirectory;

/** Builds the calling agent's current screen pop: the newest call in progress offered to them. */
@Stateless
public class ScreenPopService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    ContactDirectory contacts;

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
        return new ScreenPop(call.getId(), call.getLinkedId(), call.getCallerNumber(), call.getCallerE164(),
                call.getCallerName(), call.getQueue(), call.getOfferedAt(), call.getAnsweredAt() != null,
                contacts.findByNumber(number));
    }
}
