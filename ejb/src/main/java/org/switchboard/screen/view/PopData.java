package org.switchboard.screen.view;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.switchboard.casework.CaseView;

/**
 * What is known about the caller when their pop is drawn: the chosen contact (null: none chosen or unknown
 * caller), their account, cases, recent calls with them, notes, and values of the template's custom fields.
 * Plain data, filled by the service within the agent's tenant; {@link PopRenderer} turns it into panels.
 */
public record PopData(ContactData contact, AccountData account, List<CaseView> cases, List<CallData> calls,
        List<NoteData> notes, Map<String, String> customValues) implements Serializable {

    public PopData {
        cases = cases == null ? List.of() : List.copyOf(cases);
        calls = calls == null ? List.of() : List.copyOf(calls);
        notes = notes == null ? List.of() : List.copyOf(notes);
        customValues = customValues == null ? Map.of() : Map.copyOf(customValues);
    }

    public static final PopData NONE = new PopData(null, null, null, null, null, null);

    /** @param version the contact's optimistic-lock version, sent back with a change */
    public record ContactData(long id, String firstName, String lastName, List<String> phones, List<String> emails,
            String language, long version) implements Serializable {

        public ContactData {
            phones = phones == null ? List.of() : List.copyOf(phones);
            emails = emails == null ? List.of() : List.copyOf(emails);
        }
    }

    public record AccountData(long id, String name, String tier, String owner) implements Serializable {
    }

    /** A call with this customer; {@code talkSeconds} null when it was not answered. */
    public record CallData(long id, Instant startedAt, String agent, Integer talkSeconds, String outcome,
            String disposition, String notes) implements Serializable {
    }

    public record NoteData(String text, String author, Instant createdAt) implements Serializable {
    }
}
