package org.switchboard.screen.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.switchboard.screen.template.TemplateCodec;
import org.switchboard.screen.template.TemplateVersion;

/**
 * One saved version of a tenant's or a group's screen template (table {@code screen_template_version}, V6). Rows
 * are only inserted and, beyond the kept number, deleted; never changed.
 */
@Entity
@Table(name = "screen_template_version")
public class StoredTemplateVersion {

    /** The scope of a tenant's own template; a group's template has the group's name. */
    public static final String TENANT_SCOPE = "";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private long tenantId;

    @Column(name = "group_name", updatable = false)
    private String groupName;

    @Column(name = "scope", nullable = false, updatable = false)
    private String scope;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "template_json", nullable = false, updatable = false)
    private String templateJson;

    @Column(name = "author", nullable = false, updatable = false)
    private String author;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    @Column(name = "reverted_to", updatable = false)
    private Integer revertedTo;

    protected StoredTemplateVersion() {
    }

    public StoredTemplateVersion(long tenantId, String groupName, TemplateVersion version) {
        this.tenantId = tenantId;
        this.groupName = groupName;
        this.scope = groupName == null ? TENANT_SCOPE : groupName;
        this.number = version.number();
        this.templateJson = TemplateCodec.toJson(version.template());
        this.author = version.author();
        this.savedAt = version.savedAt();
        this.revertedTo = version.revertedTo();
    }

    /** @throws IllegalArgumentException when the stored JSON is not a template (see {@link TemplateCodec}) */
    public TemplateVersion toVersion() {
        return new TemplateVersion(number, TemplateCodec.fromJson(templateJson), author, savedAt, revertedTo);
    }

    public int getNumber() {
        return number;
    }
}
