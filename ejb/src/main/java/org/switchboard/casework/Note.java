package org.switchboard.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/**
 * What an agent wrote about a contact, account, case or call. Notes are never edited, so the history shows what
 * was known when (a correction is a new note); that is also why there is no version column.
 */
@Entity
@Table(name = "note")
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private long tenantId;

    @NotBlank
    @Size(max = 4000)
    @Column(updatable = false)
    private String text;

    @Size(max = 64)
    @Column(name = "author_username", updatable = false)
    private String authorUsername;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "contact_id", updatable = false)
    private Long contactId;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "call_id", updatable = false)
    private Long callId;

    protected Note() {
    }

    public Note(long tenantId, String text, String authorUsername, Instant createdAt, NoteLinks about) {
        Objects.requireNonNull(about, "about");
        this.tenantId = tenantId;
        this.text = text;
        this.authorUsername = authorUsername;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.contactId = about.contactId();
        this.accountId = about.accountId();
        this.caseId = about.caseId();
        this.callId = about.callId();
    }

    public Long getId() {
        return id;
    }

    public long getTenantId() {
        return tenantId;
    }

    public String getText() {
        return text;
    }

    public String getAuthorUsername() {
        return authorUsername;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public NoteLinks getAbout() {
        return new NoteLinks(contactId, accountId, caseId, callId);
    }
}
