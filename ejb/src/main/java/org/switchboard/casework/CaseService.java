package org.switchboard.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;
import org.switchboard.contact.Account;
import org.switchboard.contact.Contact;
import org.switchboard.tenant.TenantDirectory;

/**
 * Cases: open one (numbered CS-000123 from the database sequence), list a contact's or an account's, change one
 * with optimistic locking (the version the user saw must still be current, else they are told someone else
 * changed it), move it between open / pending / closed. Everything within the caller's tenant.
 */
@Stateless
@RolesAllowed({"agent", "supervisor", "admin"})
public class CaseService {

    private static final Logger LOG = Logger.getLogger(CaseService.class);
    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    TenantDirectory tenants;

    public CaseView open(String subject, String description, CasePriority priority, CaseOrigin origin,
            Long contactId, Long accountId) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A case needs a subject");
        }
        if (subject.strip().length() > 200 || description != null && description.length() > 4000) {
            throw new IllegalArgumentException("Subject at most 200, description at most 4000 characters");
        }
        long next = ((Number) em.createNativeQuery("SELECT nextval('case_number_seq')").getSingleResult())
                .longValue();
        SupportCase c = new SupportCase(tenants.current(), CaseNumber.of(next), subject.strip(),
                origin == null ? CaseOrigin.PHONE : origin, Clock.systemUTC().instant());
        c.setDescription(description);
        c.setPriority(priority == null ? CasePriority.NORMAL : priority);
        c.setOwnerUsername(caller());
        // A case may name only the caller's tenant's contact and account; another tenant's is "no such".
        long tenant = tenants.current();
        tenants.requireLinkable(Contact.class, contactId, tenant, "contact");
        tenants.requireLinkable(Account.class, accountId, tenant, "account");
        c.setContactId(contactId);
        c.setAccountId(accountId);
        em.persist(c);
        em.flush();
        LOG.infof("SWB-CASE-001: %s opened %s", caller(), c.getCaseNumber());
        return CaseView.of(c);
    }

    /** The account's cases, newest first; closed ones only if asked. */
    public List<CaseView> ofAccount(long accountId, boolean withClosed) {
        return list("c.accountId", accountId, withClosed);
    }

    /** The contact's cases, newest first; closed ones only if asked. */
    public List<CaseView> ofContact(long contactId, boolean withClosed) {
        return list("c.contactId", contactId, withClosed);
    }

    /** @param field one of the two fixed attribute paths above, never user input */
    private List<CaseView> list(String field, long id, boolean withClosed) {
        return em.createQuery("SELECT c FROM SupportCase c WHERE c.tenantId = :t AND " + field + """
                 = :id AND (:closed = TRUE OR c.status <> org.switchboard.casework.CaseStatus.CLOSED)
                ORDER BY c.openedAt DESC""", SupportCase.class)
                .setParameter("t", tenants.current()).setParameter("id", id).setParameter("closed", withClosed)
                .setMaxResults(100).getResultList().stream().map(CaseView::of).toList();
    }

    public CaseView get(String number) {
        return CaseView.of(byNumber(number));
    }

    /**
     * Changes subject, description, priority and status as the user saw version {@code version} of the case.
     *
     * @throws CaseException when someone else changed it since, or the status change is not allowed
     */
    public CaseView change(String number, long version, String subject, String description, CasePriority priority,
            CaseStatus status) {
        SupportCase c = byNumber(number);
        if (c.getVersion() != version) {
            throw new CaseException("Case " + number + " was changed by someone else meanwhile (version "
                    + c.getVersion() + ", you edited " + version + "); reload it and make your change again");
        }
        if (subject != null) {
            if (subject.isBlank() || subject.strip().length() > 200) {
                throw new IllegalArgumentException("A subject has 1 to 200 characters");
            }
            c.setSubject(subject.strip());
        }
        if (description != null) {
            if (description.length() > 4000) {
                throw new IllegalArgumentException("A description has at most 4000 characters");
            }
            c.setDescription(description);
        }
        if (priority != null) {
            c.setPriority(priority);
        }
        if (status != null && status != c.getStatus()) {
            try {
                switch (status) {
                    case OPEN -> {
                        if (c.getStatus() == CaseStatus.CLOSED) {
                            c.reopen();
                        } else {
                            c.open();
                        }
                    }
                    case PENDING -> c.pend();
                    case CLOSED -> c.close(Clock.systemUTC().instant());
                }
            } catch (IllegalStateException e) {
                throw new CaseException(e.getMessage());
            }
        }
        em.flush(); // the version check in the database catches a concurrent change between our read and now
        return CaseView.of(c);
    }

    private SupportCase byNumber(String number) {
        return CaseNumber.tryParse(number).flatMap(n -> CaseQueries.byNumber(em, tenants.current(), n))
                .orElseThrow(() -> new CaseNotFoundException("No case " + number));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
