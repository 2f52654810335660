package org.switchboard.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A further e-mail address of a contact (the primary one is {@code contact.email}). */
@Entity
@Table(name = "contact_email")
public class ContactEmail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    private int position;

    /** The contact's tenant, copied for the search's indexes (V7). */
    @jakarta.persistence.Column(name = "tenant_id", updatable = false)
    private Long tenantId;

    /** Lower-cased address (V7, SearchKeys). */
    @jakarta.persistence.Column(name = "search_email")
    private String searchEmail;

    protected ContactEmail() {
    }

    ContactEmail(Contact contact, String email, int position) {
        this.contact = contact;
        this.email = email;
        this.position = position;
        this.searchEmail = SearchKeys.email(email);
        this.tenantId = contact.getTenantId();
    }

    public String getEmail() {
        return email;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public int getPosition() {
        return position;
    }
}
