package org.switchboard.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.switchboard.call.Call;
import org.switchboard.contact.Account;
import org.switchboard.contact.Contact;
import org.switchboard.tenant.TenantDirectory;

/**
 * Notes written during or after a call, about a contact, an account, a case and/or a call, all of the writer's
 * tenant: naming another tenant's record is "no such record". Notes are never changed (see {@link Note}).
 */
@Stateless
@RolesAllowed({"agent", "supervisor", "admin"})
public class NoteService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    TenantDirectory tenants;

    /**
     * @return the new note's id
     * @throws IllegalArgumentException when the text is empty or too long, it is about nothing, or about a
     *                                  record that is not the caller's tenant's
     */
    public long add(String text, Long contactId, Long accountId, Long caseId, Long callId) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A note needs some text");
        }
        if (text.length() > 4000) {
            throw new IllegalArgumentException("A note has at most 4000 characters");
        }
        long tenant = tenants.current();
        tenants.requireLinkable(Contact.class, contactId, tenant, "contact");
        tenants.requireLinkable(Account.class, accountId, tenant, "account");
        tenants.requireLinkable(SupportCase.class, caseId, tenant, "case");
        tenants.requireLinkable(Call.class, callId, tenant, "call");
        Note note = new Note(tenant, text.strip(), session.getCallerPrincipal().getName(),
                Clock.systemUTC().instant(), new NoteLinks(contactId, accountId, caseId, callId));
        em.persist(note);
        em.flush();
        return note.getId();
    }
}
