package org.switchboard.contact;

import java.util.List;

/** An account with its contacts, as the REST API and the record page show it. */
public record AccountRecord(long id, String name, String tier, String owner, long version, List<Member> contacts) {

    /** A contact of the account. */
    public record Member(long id, String name, String email, List<ContactRecord.Phone> phones) {
    }

    /** An account to pick, e.g. in a contact's edit form. */
    public record Option(long id, String name) {
    }
}
