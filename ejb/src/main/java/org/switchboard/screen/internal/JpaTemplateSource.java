package org.switchboard.screen.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.switchboard.screen.template.ScreenTemplate;
import org.switchboard.screen.template.TemplateHistory;
import org.switchboard.screen.template.TemplateSource;
import org.switchboard.screen.template.TemplateVersion;

/**
 * Saved templates from {@code screen_template_version}: the newest version of a (tenant, scope) is in use. Every
 * query names the tenant, so one tenant's template never reaches another's screens.
 */
public class JpaTemplateSource implements TemplateSource {

    private final EntityManager em;

    public JpaTemplateSource(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ScreenTemplate> groupTemplate(String tenantId, String group) {
        return newest(Long.parseLong(tenantId), group).map(TemplateVersion::template);
    }

    @Override
    public Optional<ScreenTemplate> tenantTemplate(String tenantId) {
        return newest(Long.parseLong(tenantId), null).map(TemplateVersion::template);
    }

    /** The kept versions of the tenant's template (group null) or of a group's, oldest first. */
    public TemplateHistory history(long tenantId, String group) {
        List<TemplateVersion> versions = rows(tenantId, group, "ASC", TemplateHistory.DEFAULT_KEEP).stream()
                .map(StoredTemplateVersion::toVersion).toList();
        return new TemplateHistory(TemplateHistory.DEFAULT_KEEP, versions);
    }

    /** Stores the history's newest version and deletes the versions it no longer keeps. */
    public void append(long tenantId, String group, TemplateHistory history) {
        TemplateVersion newest = history.current().orElseThrow();
        em.persist(new StoredTemplateVersion(tenantId, group, newest));
        int oldestKept = history.versions().get(0).number();
        em.createQuery("""
                DELETE FROM StoredTemplateVersion v WHERE v.tenantId = :t AND v.scope = :s AND v.number < :n""")
                .setParameter("t", tenantId).setParameter("s", scope(group)).setParameter("n", oldestKept)
                .executeUpdate();
        em.flush();
    }

    private Optional<TemplateVersion> newest(long tenantId, String group) {
        return rows(tenantId, group, "DESC", 1).stream().findFirst().map(StoredTemplateVersion::toVersion);
    }

    /** @param order ASC or DESC, never user input */
    private List<StoredTemplateVersion> rows(long tenantId, String group, String order, int max) {
        List<StoredTemplateVersion> rows = em.createQuery("""
                SELECT v FROM StoredTemplateVersion v WHERE v.tenantId = :t AND v.scope = :s
                ORDER BY v.number DESC""", StoredTemplateVersion.class)
                .setParameter("t", tenantId).setParameter("s", scope(group)).setMaxResults(max).getResultList();
        if ("ASC".equals(order)) {
            rows = new ArrayList<>(rows);
            Collections.reverse(rows);
        }
        return rows;
    }

    private static String scope(String group) {
        return group == null ? StoredTemplateVersion.TENANT_SCOPE : group;
    }
}
