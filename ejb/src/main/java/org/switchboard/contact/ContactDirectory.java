package org.switchboard.contact;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.switchboard.tenant.TenantDirectory;

/** Finds contacts by phone number, within one tenant, and creates them. Numbers are matched in E.164 only. */
@Stateless
public class ContactDirectory {

    @PersistenceContext
    EntityManager em;

    @EJB
    TenantDirectory tenants;

    /** The signed-in user's tenant's contacts with this number, in any format. */
    @RolesAllowed({"agent", "supervisor", "admin"})
    public List<ContactMatch> findByNumber(String rawNumber) {
        return PhoneNumbers.DEFAULT.toE164(rawNumber).map(e164 -> findByE164(tenants.current(), e164))
                .orElse(List.of());
    }

    /**
     * The tenant's contacts with this number (for the PBX's events, which carry no user). A caller number is
     * matched only as digits ({@link PhoneNumbers#callerToE164}): letters never become digits.
     */
    @PermitAll
    public List<ContactMatch> findByNumber(long tenantId, String rawNumber) {
        return PhoneNumbers.DEFAULT.callerToE164(rawNumber).map(e164 -> findByE164(tenantId, e164))
                .orElse(List.of());
    }

    private List<ContactMatch> findByE164(long tenantId, String e164) {
        return em.createQuery("""
                SELECT DISTINCT c FROM Contact c JOIN c.phones p LEFT JOIN FETCH c.account
                WHERE p.e164 = :e164 AND c.tenantId = :t ORDER BY c.id""", Contact.class)
                .setParameter("e164", e164).setParameter("t", tenantId)
                .setMaxResults(20)
                .getResultList().stream().map(ContactMatch::of).toList();
    }

    /**
     * Creates a contact for a caller the directory did not know.
     *
     * @throws IllegalArgumentException when the number is not a phone number or the name is empty
     */
    @RolesAllowed({"agent", "supervisor", "admin"})
    public ContactMatch create(String firstName, String lastName, String rawNumber) {
        String e164 = PhoneNumbers.DEFAULT.toE164(rawNumber)
                .orElseThrow(() -> new IllegalArgumentException("Not a valid phone number: " + rawNumber));
        // The same rules as a contact created in full (ContactService): a name past its column is refused
        // with a message here, not by the database at commit.
        String first = ContactService.firstName(firstName);
        String last = ContactService.lastName(lastName);
        Contact contact = new Contact(tenants.current(), first, last, Clock.systemUTC().instant());
        contact.addPhone(e164, "main");
        em.persist(contact);
        return ContactMatch.of(contact);
    }
}
