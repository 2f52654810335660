package org.switchboard.contact;

/** What a screen pop shows of a contact found by number. Plain data, safe to send to views and over JSON. */
public record ContactMatch(long contactId, String name, String email, Long accountId, String accountName,
        String accountTier) {

    static ContactMatch of(Contact contact) {
        Account account = contact.getAccount();
        return new ContactMatch(contact.getId(), contact.displayName(), contact.getEmail(),
                account == null ? null : account.getId(), account == null ? null : account.getName(),
                account == null ? null : account.getTier());
    }
}
