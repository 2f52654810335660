package org.switchboard.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A customer's issue, from opening to closing. The status changes only through {@link #open}, {@link #pend},
 * {@link #close} and {@link #reopen}, which keep {@code closedAt} set exactly while the case is closed (the
 * table's CHECK says the same). Contact and account are held as ids: the case screen loads them itself, and the
 * case needs nothing from them.
 */
@Entity
@Table(name = "support_case")
public class SupportCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @NotNull
    @Pattern(regexp = "CS-([0-9]{6}|[1-9][0-9]{6,12})")
    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @NotBlank
    @Size(max = 200)
    private String subject;

    @Size(max = 4000)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CaseStatus status = CaseStatus.OPEN;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CasePriority priority = CasePriority.NORMAL;

    @Size(max = 64)
    @Column(name = "owner_username")
    private String ownerUsername;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CaseOrigin origin;

    @NotNull
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "account_id")
    private Long accountId;

    @Version
    private long version;

    protected SupportCase() {
    }

    /** A new, open case; the number comes from {@code case_number_seq}. */
    public SupportCase(long tenantId, CaseNumber number, String subject, CaseOrigin origin, Instant openedAt) {
        this.tenantId = tenantId;
        this.caseNumber = Objects.requireNonNull(number, "number").toString();
        this.subject = subject;
        this.origin = Objects.requireNonNull(origin, "origin");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    }

    // --- status -----------------------------------------------------------------------------------------------
    // Asking for the state the case is already in changes nothing, so a repeated click is harmless. A closed case
    // only comes back through reopen: reopening is a decision of its own (reports count it), not a side effect.

    /** Back to work after waiting: PENDING to OPEN. */
    public void open() {
        if (status == CaseStatus.CLOSED) {
            throw illegal("open", "reopen it instead");
        }
        status = CaseStatus.OPEN;
    }

    /** Waiting for the customer or someone else: OPEN to PENDING. */
    public void pend() {
        if (status == CaseStatus.CLOSED) {
            throw illegal("set pending", "reopen it first");
        }
        status = CaseStatus.PENDING;
    }

    /** OPEN or PENDING to CLOSED at the given time, which cannot be before the case was opened. */
    public void close(Instant at) {
        Objects.requireNonNull(at, "at");
        if (status == CaseStatus.CLOSED) {
            return; // keeps the first closing time
        }
        if (at.isBefore(openedAt)) {
            throw new IllegalArgumentException("case " + caseNumber + " cannot close at " + at
                    + ", before it was opened at " + openedAt);
        }
        status = CaseStatus.CLOSED;
        closedAt = at;
    }

    /** CLOSED to OPEN; the closing time is cleared (the next close sets a new one). */
    public void reopen() {
        if (status != CaseStatus.CLOSED) {
            throw illegal("reopen", "only a closed case can be reopened");
        }
        status = CaseStatus.OPEN;
        closedAt = null;
    }

    private IllegalStateException illegal(String action, String hint) {
        return new IllegalStateException("cannot " + action + " case " + caseNumber + ": it is "
                + status.name().toLowerCase(Locale.ROOT) + "; " + hint);
    }

    /** The rule behind the {@code support_case_closed_at} CHECK, for Bean Validation before the database sees it. */
    @AssertTrue(message = "closed_at is set exactly when the case is closed")
    public boolean isClosedAtConsistent() {
        return (status == CaseStatus.CLOSED) == (closedAt != null);
    }

    // --- plain data -------------------------------------------------------------------------------------------

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public void setPriority(CasePriority priority) {
        this.priority = Objects.requireNonNull(priority, "priority");
    }

    /** The agent or supervisor responsible; null for nobody yet. */
    public void setOwnerUsername(String ownerUsername) {
        this.ownerUsername = ownerUsername;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    // --- reading ----------------------------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public long getTenantId() {
        return tenantId;
    }

    public CaseNumber getCaseNumber() {
        return CaseNumber.parse(caseNumber);
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public CasePriority getPriority() {
        return priority;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public CaseOrigin getOrigin() {
        return origin;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getContactId() {
        return contactId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public long getVersion() {
        return version;
    }
}
