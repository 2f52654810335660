package org.switchboard.contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A contact as the record page and the REST API show it; {@code version} goes back with a change.
 *
 * @param emails the primary address first, then the further ones
 */
public record ContactRecord(long id, String firstName, String lastName, String name, List<String> emails,
        List<Phone> phones, String preferredLanguage, Long accountId, String accountName, String accountTier,
        Instant createdAt, long version) {

    /** A number in E.164 and its label. */
    public record Phone(String number, String label) {
    }

    static ContactRecord of(Contact c) {
        List<String> emails = new ArrayList<>();
        if (c.getEmail() != null) {
            emails.add(c.getEmail());
        }
        c.getEmails().stream().sorted(Comparator.comparingInt(ContactEmail::getPosition))
                .forEach(e -> emails.add(e.getEmail()));
        Account a = c.getAccount();
        return new ContactRecord(c.getId(), c.getFirstName(), c.getLastName(), c.displayName(), List.copyOf(emails),
                phones(c), c.getPreferredLanguage(), a == null ? null : a.getId(), a == null ? null : a.getName(),
                a == null ? null : a.getTier(), c.getCreatedAt(), c.getVersion());
    }

    static List<Phone> phones(Contact c) {
        return c.getPhones().stream().map(p -> new Phone(p.getE164(), p.getLabel())).toList();
    }
}
