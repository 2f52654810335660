package org.switchboard.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Pattern;

/** One phone number of a contact, always E.164. */
@Entity
@Table(name = "contact_phone")
public class ContactPhone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Pattern(regexp = "\\+[1-9][0-9]{5,14}")
    private String e164;

    @jakarta.validation.constraints.Size(max = 32)
    private String label;

    /** The contact's tenant, copied for the search's indexes (V7). */
    @jakarta.persistence.Column(name = "tenant_id", updatable = false)
    private Long tenantId;

    /** The digits back to front, for "ends with" searches (V7, SearchKeys). */
    @jakarta.persistence.Column(name = "digits_rev")
    private String digitsRev;

    protected ContactPhone() {
    }

    ContactPhone(Contact contact, String e164, String label) {
        this.contact = contact;
        this.e164 = e164;
        this.label = label;
        this.digitsRev = SearchKeys.reversedDigits(e164);
        this.tenantId = contact.getTenantId();
    }

    void relabel(String label) {
        this.label = label;
    }

    public String getE164() {
        return e164;
    }

    public String getLabel() {
        return label;
    }
}
