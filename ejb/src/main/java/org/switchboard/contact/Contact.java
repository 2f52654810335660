package org.switchboard.contact;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A person who calls or is called, with the numbers that identify them. */
@Entity
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = 100)
    @Column(name = "first_name")
    private String firstName;

    @NotBlank
    @Size(max = 100)
    @Column(name = "last_name")
    private String lastName;

    @Email
    @Size(max = 254)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Whose customer this is; never changes (see TenantDirectory). */
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private long tenantId;

    /** BCP 47 tag such as "de" or "en-GB"; the pop's labels are shown in it where the template has them. */
    @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?")
    @Column(name = "preferred_language")
    private String preferredLanguage;

    /** Further addresses after {@link #email}, the primary one, in the order the agent put them. */
    @OneToMany(mappedBy = "contact", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ContactEmail> emails = new ArrayList<>();

    @OneToMany(mappedBy = "contact", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ContactPhone> phones = new ArrayList<>();

    /** Search keys (V7, see SearchKeys): kept in step by the setters, never set from outside. */
    @Column(name = "search_name")
    private String searchName;

    @Column(name = "search_last")
    private String searchLast;

    @Column(name = "search_email")
    private String searchEmail;

    @Version
    private long version;

    protected Contact() {
    }

    public Contact(long tenantId, String firstName, String lastName, Instant createdAt) {
        this.tenantId = tenantId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.createdAt = createdAt;
        refreshSearchKeys();
    }

    public void addPhone(String e164, String label) {
        phones.add(new ContactPhone(this, e164, label));
    }

    public long getTenantId() {
        return tenantId;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
        refreshSearchKeys();
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
        refreshSearchKeys();
    }

    public void setEmail(String email) {
        this.email = email;
        refreshSearchKeys();
    }

    private void refreshSearchKeys() {
        searchName = SearchKeys.firstLast(firstName, lastName);
        searchLast = SearchKeys.lastFirst(firstName, lastName);
        searchEmail = SearchKeys.email(email);
    }

    /**
     * Replaces the numbers, keeping the given order's labels. A number kept keeps its row (and its label unless a
     * new one is given), for the same reason as in {@link #replaceEmails}: the unique (contact, e164) key.
     *
     * @param numbers E.164 numbers mapped to their labels (null label: keep the old one, or none)
     */
    public void replacePhones(java.util.Map<String, String> numbers) {
        phones.removeIf(p -> !numbers.containsKey(p.getE164()));
        numbers.forEach((e164, label) -> phones.stream().filter(p -> p.getE164().equals(e164)).findFirst()
                .ifPresentOrElse(p -> {
                    if (label != null) {
                        p.relabel(label);
                    }
                }, () -> addPhone(e164, label)));
    }

    public void setAccount(Account account) {
        this.account = account;
    }

    public List<ContactEmail> getEmails() {
        return emails;
    }

    /**
     * Replaces the further addresses, keeping the given order. An address kept keeps its row (only its position
     * moves): removing and re-inserting it in one flush would break the unique (contact, email) key, as
     * Hibernate inserts before it deletes.
     */
    public void replaceEmails(List<String> addresses) {
        List<ContactEmail> next = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            String address = addresses.get(i);
            int position = i;
            ContactEmail row = emails.stream().filter(e -> e.getEmail().equals(address)).findFirst()
                    .orElseGet(() -> new ContactEmail(this, address, position));
            row.moveTo(position);
            next.add(row);
        }
        emails.retainAll(next);
        next.stream().filter(row -> !emails.contains(row)).forEach(emails::add);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public Account getAccount() {
        return account;
    }

    public List<ContactPhone> getPhones() {
        return phones;
    }

    public String displayName() {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }
}
