package org.switchboard.web.records;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.switchboard.casework.CaseService;
import org.switchboard.casework.CaseView;
import org.switchboard.casework.NoteService;
import org.switchboard.contact.AccountRecord;
import org.switchboard.contact.ContactInput;
import org.switchboard.contact.ContactRecord;
import org.switchboard.contact.ContactService;
import org.switchboard.contact.InvalidInputException;
import org.switchboard.contact.RecordChangedException;
import org.switchboard.contact.RecordNotFoundException;
import org.switchboard.history.HistoryEntry;
import org.switchboard.history.HistoryService;
import org.switchboard.web.session.Faces;
import org.switchboard.web.session.Times;

/**
 * A contact's record page ({@code contact.xhtml?id=N}): details with an edit form, the account, the cases, the
 * history. What the services refuse is what the page refuses: another tenant's contact is "not found" because
 * the service does not find it. The edit form sends the version it was loaded with, so a save over someone
 * else's is refused with their message. Holds DTOs only.
 */
@Named("contactView")
@ViewScoped
public class ContactView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ContactService contacts;
    @EJB
    private transient CaseService cases;
    @EJB
    private transient HistoryService history;
    @EJB
    private transient NoteService notes;

    private Long id;
    private boolean notFound;
    private ContactRecord contact;
    private List<CaseView> contactCases = List.of();
    private List<HistoryEntry> entries = List.of();
    private List<AccountRecord.Option> accounts = List.of();

    // the edit form
    private String firstName;
    private String lastName;
    private String emails;
    private String phones;
    private String language;
    private Long accountId;
    private long version;
    private String noteText;

    /** f:viewAction. */
    public void load() {
        if (id == null) {
            notFound = true;
            return;
        }
        try {
            contact = contacts.get(id);
        } catch (RecordNotFoundException e) {
            notFound = true;
            contact = null;
            return;
        }
        notFound = false;
        contactCases = cases.ofContact(id, true);
        entries = history.ofContact(id);
        accounts = contacts.accounts();
        fillForm();
    }

    private void fillForm() {
        firstName = contact.firstName();
        lastName = contact.lastName();
        emails = String.join("\n", contact.emails());
        List<String> lines = new ArrayList<>();
        for (ContactRecord.Phone p : contact.phones()) {
            lines.add(p.label() == null ? p.number() : p.label() + ": " + p.number());
        }
        phones = String.join("\n", lines);
        language = contact.preferredLanguage();
        accountId = contact.accountId();
        version = contact.version();
    }

    /** A note on the contact; it appears in the history at once. */
    public void addNote() {
        try {
            notes.add(noteText, id, null, null, null);
            noteText = null;
            Faces.info("Note added.");
            load();
        } catch (IllegalArgumentException e) {
            Faces.error(e.getMessage());
        } catch (EJBException e) {
            Faces.error(reason(e));
        }
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public void save() {
        ContactInput input = new ContactInput(firstName == null ? "" : firstName, lastName, lines(emails),
                phoneLines(phones), language == null ? "" : language, accountId, version);
        try {
            contacts.change(id, input);
            Faces.info("Saved.");
            load();
        } catch (RecordChangedException | RecordNotFoundException | InvalidInputException e) {
            Faces.error(e.getMessage());
        } catch (EJBException e) {
            Faces.error(reason(e));
        }
    }

    /** The message of an IllegalArgumentException (bad input) or an optimistic lock failure inside. */
    private static String reason(EJBException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                return t.getMessage();
            }
            if (t instanceof jakarta.persistence.OptimisticLockException) {
                return "Someone else changed this contact meanwhile; reload it and make your change again.";
            }
        }
        return "The contact could not be saved.";
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** "work: 030 1234567" or just the number. */
    private static List<ContactInput.PhoneInput> phoneLines(String text) {
        return lines(text).stream().map(line -> {
            int colon = line.indexOf(':');
            return colon < 0 ? new ContactInput.PhoneInput(line, null)
                    : new ContactInput.PhoneInput(line.substring(colon + 1).strip(), line.substring(0, colon).strip());
        }).toList();
    }

    public String time(Instant at) {
        return Times.format(at);
    }

    public String duration(Integer seconds) {
        return Times.duration(seconds);
    }

    /** "Call", "Case opened", ... */
    public String kind(HistoryEntry entry) {
        return switch (entry.kind()) {
            case CALL -> "OUTBOUND".equals(entry.direction()) ? "Outbound call" : "Inbound call";
            case CASE_OPENED -> "Case opened";
            case CASE_CLOSED -> "Case closed";
            case NOTE -> "Note";
        };
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public ContactRecord getContact() {
        return contact;
    }

    public List<CaseView> getCases() {
        return contactCases;
    }

    public List<HistoryEntry> getHistory() {
        return entries;
    }

    public List<AccountRecord.Option> getAccounts() {
        return accounts;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmails() {
        return emails;
    }

    public void setEmails(String emails) {
        this.emails = emails;
    }

    public String getPhones() {
        return phones;
    }

    public void setPhones(String phones) {
        this.phones = phones;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }
}
