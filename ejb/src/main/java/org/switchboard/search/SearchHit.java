package org.switchboard.search;

import java.time.Instant;
import java.util.List;

/**
 * One search result: a contact (name, e-mail, account, numbers) or a case (number, subject, status, opened, its
 * contact). Plain data for views and JSON.
 */
public record SearchHit(Kind kind, long id, String name, String email, Long accountId, String accountName,
        List<Phone> phones, String caseNumber, String subject, String status, Instant openedAt, Long contactId,
        String contactName) {

    public enum Kind { CONTACT, CASE }

    /** A number in E.164 and its label (work, mobile, ...). */
    public record Phone(String number, String label) {
    }

    static SearchHit contact(long id, String name, String email, Long accountId, String accountName,
            List<Phone> phones) {
        return new SearchHit(Kind.CONTACT, id, name, email, accountId, accountName, phones, null, null, null, null,
                id, name);
    }

    static SearchHit supportCase(long id, String caseNumber, String subject, String status, Instant openedAt,
            Long contactId, String contactName, Long accountId) {
        return new SearchHit(Kind.CASE, id, null, null, accountId, null, List.of(), caseNumber, subject, status,
                openedAt, contactId, contactName);
    }

    /** For pages ({@code hit.contact}); not a JSON property, {@code kind} says it. */
    @jakarta.json.bind.annotation.JsonbTransient
    public boolean isContact() {
        return kind == Kind.CONTACT;
    }
}
