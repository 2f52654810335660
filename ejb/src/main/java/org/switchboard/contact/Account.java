package org.switchboard.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A customer organisation (the CRM's account). */
@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 32)
    private String tier;

    /** Whose customer this is; never changes (see TenantDirectory). */
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private long tenantId;

    /** The user who looks after the account. */
    @Column(name = "owner_username")
    private String ownerUsername;

    @Version
    private long version;

    protected Account() {
    }

    public Account(long tenantId, String name, String tier) {
        this.tenantId = tenantId;
        this.name = name;
        this.tier = tier;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTier() {
        return tier;
    }

    public long getTenantId() {
        return tenantId;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public void setOwnerUsername(String ownerUsername) {
        this.ownerUsername = ownerUsername;
    }

    public long getVersion() {
        return version;
    }
}
