package org.switchboard.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.switchboard.tenant.TenantDirectory;

/**
 * Contacts and accounts of the caller's tenant: read, create, change. A record of another tenant is "not found",
 * exactly like a missing one. Input is checked here with the entities' own Bean Validation constraints (so a bad
 * address or number is a clear 400, not a failed flush) and numbers are stored in E.164 only. A change names the
 * version the user saw; if someone else saved in between, the change is refused with a message.
 */
@Stateless
@RolesAllowed({"agent", "supervisor", "admin"})
public class ContactService {

    static final int MAX_NAME = 100;
    static final int MAX_LABEL = 32;
    static final int MAX_ITEMS = 20;

    @PersistenceContext
    EntityManager em;

    @EJB
    TenantDirectory tenants;

    @Inject
    Validator validator;

    public ContactRecord get(long id) {
        return ContactRecord.of(own(id));
    }

    public ContactRecord create(ContactInput input) {
        if (input == null) {
            throw new InvalidInputException("No contact given");
        }
        Contact contact = new Contact(tenants.current(), firstName(input.firstName()), lastName(input.lastName()),
                Clock.systemUTC().instant());
        apply(contact, input);
        em.persist(contact);
        em.flush();
        return ContactRecord.of(contact);
    }

    /**
     * Changes what {@code input} gives (null fields stay) as the user saw version {@code input.version()}.
     *
     * @throws RecordChangedException when someone else saved the contact since
     */
    public ContactRecord change(long id, ContactInput input) {
        if (input == null || input.version() == null) {
            throw new InvalidInputException("Give the version you read (optimistic locking)");
        }
        Contact contact = own(id);
        if (contact.getVersion() != input.version()) {
            throw new RecordChangedException("Contact " + id + " was changed by someone else meanwhile (version "
                    + contact.getVersion() + ", you edited " + input.version()
                    + "); reload it and make your change again");
        }
        if (input.firstName() != null) {
            contact.setFirstName(firstName(input.firstName()));
        }
        if (input.lastName() != null) {
            contact.setLastName(lastName(input.lastName()));
        }
        apply(contact, input);
        em.flush(); // a concurrent save between our read and now fails here (OptimisticLockException, 409)
        if (contact.getVersion() == input.version()) {
            // only numbers or further addresses changed: rows of other tables, which do not move the version
            em.lock(contact, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        return ContactRecord.of(contact);
    }

    public AccountRecord account(long id) {
        Account account = em.find(Account.class, id);
        if (account == null || account.getTenantId() != tenants.current()) {
            throw new RecordNotFoundException("No account " + id);
        }
        List<AccountRecord.Member> members = em.createQuery("""
                SELECT DISTINCT c FROM Contact c LEFT JOIN FETCH c.phones
                WHERE c.account = :a AND c.tenantId = :t ORDER BY c.lastName, c.firstName, c.id""", Contact.class)
                .setParameter("a", account).setParameter("t", account.getTenantId()).setMaxResults(500)
                .getResultList().stream()
                .map(c -> new AccountRecord.Member(c.getId(), c.displayName(), c.getEmail(), ContactRecord.phones(c)))
                .toList();
        return new AccountRecord(account.getId(), account.getName(), account.getTier(), account.getOwnerUsername(),
                account.getVersion(), members);
    }

    /** The tenant's accounts by name, for picking one. */
    public List<AccountRecord.Option> accounts() {
        return em.createQuery("SELECT a FROM Account a WHERE a.tenantId = :t ORDER BY a.name, a.id", Account.class)
                .setParameter("t", tenants.current()).setMaxResults(1000).getResultList().stream()
                .map(a -> new AccountRecord.Option(a.getId(), a.getName())).toList();
    }

    /** The caller's tenant's contact, else "not found" (also for another tenant's). */
    private Contact own(long id) {
        Contact contact = em.find(Contact.class, id);
        if (contact == null || contact.getTenantId() != tenants.current()) {
            throw new RecordNotFoundException("No contact " + id);
        }
        return contact;
    }

    /** Addresses, numbers, language and account, each only if given. */
    private void apply(Contact contact, ContactInput input) {
        if (input.emails() != null) {
            List<String> emails = emails(input.emails());
            contact.setEmail(emails.isEmpty() ? null : emails.get(0));
            contact.replaceEmails(emails.isEmpty() ? List.of() : emails.subList(1, emails.size()));
        }
        if (input.phones() != null) {
            contact.replacePhones(phones(input.phones()));
        }
        if (input.preferredLanguage() != null) {
            contact.setPreferredLanguage(language(input.preferredLanguage()));
        }
        if (input.accountId() != null) {
            Account account = em.find(Account.class, input.accountId());
            if (account == null || account.getTenantId() != contact.getTenantId()) {
                throw new InvalidInputException("No account " + input.accountId());
            }
            contact.setAccount(account);
        }
    }

    static String firstName(String text) {
        String name = text == null ? null : text.strip();
        if (name != null && name.length() > MAX_NAME) {
            throw new InvalidInputException("A first name has at most " + MAX_NAME + " characters");
        }
        return name == null || name.isEmpty() ? null : name;
    }

    static String lastName(String text) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInputException("A last name is required, at most " + MAX_NAME + " characters");
        }
        return name;
    }

    /** Stripped, blanks dropped, duplicates (ignoring case) dropped, each a valid address. */
    private List<String> emails(List<String> given) {
        List<String> emails = new ArrayList<>();
        for (String raw : given) {
            String email = raw == null ? "" : raw.strip();
            if (email.isEmpty() || emails.stream().anyMatch(email::equalsIgnoreCase)) {
                continue;
            }
            if (!validator.validateValue(ContactEmail.class, "email", email).isEmpty()) {
                throw new InvalidInputException("Not a valid e-mail address: " + email);
            }
            emails.add(email);
        }
        if (emails.size() > MAX_ITEMS) {
            throw new InvalidInputException("At most " + MAX_ITEMS + " e-mail addresses");
        }
        return emails;
    }

    /** E.164 number to label, in the given order; a number given twice is kept once. */
    private static Map<String, String> phones(List<ContactInput.PhoneInput> given) {
        Map<String, String> phones = new LinkedHashMap<>();
        for (ContactInput.PhoneInput phone : given) {
            if (phone == null || phone.number() == null || phone.number().isBlank()) {
                continue;
            }
            String e164 = PhoneNumbers.DEFAULT.toE164(phone.number()).orElseThrow(() -> new InvalidInputException(
                    "Not a valid phone number: " + phone.number().strip()
                            + " (give the area code, e.g. 030 1234567 or +49 30 1234567)"));
            String label = phone.label() == null || phone.label().isBlank() ? null : phone.label().strip();
            if (label != null && label.length() > MAX_LABEL) {
                throw new InvalidInputException("A number's label has at most " + MAX_LABEL + " characters");
            }
            phones.merge(e164, label == null ? "" : label, (old, again) -> old);
        }
        if (phones.size() > MAX_ITEMS) {
            throw new InvalidInputException("At most " + MAX_ITEMS + " phone numbers");
        }
        phones.replaceAll((e164, label) -> label.isEmpty() ? null : label);
        return phones;
    }

    /** "" removes the language; "EN-gb" is "en-GB". */
    private String language(String text) {
        String tag = text.strip();
        if (tag.isEmpty()) {
            return null;
        }
        int dash = tag.indexOf('-');
        tag = dash < 0 ? tag.toLowerCase(Locale.ROOT)
                : tag.substring(0, dash).toLowerCase(Locale.ROOT) + "-" + tag.substring(dash + 1).toUpperCase(Locale.ROOT);
        if (!validator.validateValue(Contact.class, "preferredLanguage", tag).isEmpty()) {
            throw new InvalidInputException("Not a language tag like de or en-GB: " + text.strip());
        }
        return tag;
    }
}
