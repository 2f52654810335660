package org.switchboard.screen;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.switchboard.screen.internal.JpaTemplateSource;
import org.switchboard.screen.template.ScreenTemplate;
import org.switchboard.screen.template.TemplateHistory;
import org.switchboard.screen.template.TemplateProblem;
import org.switchboard.screen.template.TemplateResolver;
import org.switchboard.screen.template.TemplateValidator;
import org.switchboard.screen.template.TemplateVersion;
import org.switchboard.tenant.TenantDirectory;

/**
 * Screen templates as stored: the one an agent's pop is drawn with (their group's, else their tenant's, else the
 * default), and, for administrators of a tenant, the versions of the tenant's template and of its groups'
 * templates: save (validated; on top of the current version only) and revert.
 *
 * <p>{@code group} null means the tenant's own template. A group that is not the administrator's tenant's is
 * "not found", so an administrator cannot even learn which groups other tenants have.
 */
@Stateless
public class ScreenTemplates {

    private static final Logger LOG = Logger.getLogger(ScreenTemplates.class);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    TenantDirectory tenants;

    /** The template the signed-in user's pop is drawn with, and where it comes from. */
    @RolesAllowed({"agent", "supervisor", "admin"})
    public TemplateResolver.Resolved mine() {
        String me = session.getCallerPrincipal().getName();
        return new TemplateResolver(source()).resolve(Long.toString(tenants.current()), groupOf(me).orElse(null));
    }

    /** The template an agent of the group (null: of no group) of the administrator's tenant would see. */
    @RolesAllowed("admin")
    public TemplateResolver.Resolved effective(String group) {
        long tenant = tenants.current();
        requireGroupOf(tenant, group);
        return new TemplateResolver(source()).resolve(Long.toString(tenant), group);
    }

    /** The agent groups of the administrator's tenant, by name. */
    @RolesAllowed("admin")
    public List<String> groups() {
        return em.createNativeQuery("SELECT name FROM agent_group WHERE tenant_id = ?1 ORDER BY name")
                .setParameter(1, tenants.current()).getResultList().stream().map(Object::toString).toList();
    }

    /** The kept versions, oldest first; empty when the tenant or group has never saved one. */
    @RolesAllowed("admin")
    public TemplateHistory history(String group) {
        long tenant = tenants.current();
        requireGroupOf(tenant, group);
        return source().history(tenant, group);
    }

    /**
     * Saves the template as the new current version.
     *
     * @param basedOn the version the administrator edited; 0 when there was none yet
     * @throws TemplateRejectedException  with every problem, when the template is not valid
     * @throws TemplateConflictException  when {@code basedOn} is not the current version any more
     */
    @RolesAllowed("admin")
    public TemplateVersion save(String group, int basedOn, ScreenTemplate template) {
        long tenant = tenants.current();
        requireGroupOf(tenant, group);
        List<TemplateProblem> problems = TemplateValidator.problems(template);
        if (!problems.isEmpty()) {
            throw new TemplateRejectedException(problems);
        }
        TemplateHistory history = current(tenant, group, basedOn);
        return store(tenant, group, history.save(template, me(), Clock.systemUTC().instant()));
    }

    /**
     * Makes a kept version current again, as a new version (the history is never rewritten).
     *
     * @throws TemplateConflictException when {@code basedOn} is not the current version, or the version is not kept
     */
    @RolesAllowed("admin")
    public TemplateVersion revert(String group, int number, int basedOn) {
        long tenant = tenants.current();
        requireGroupOf(tenant, group);
        TemplateHistory history = current(tenant, group, basedOn);
        if (history.version(number).isEmpty()) {
            throw new TemplateConflictException("Version " + number + " is not among the kept versions");
        }
        return store(tenant, group, history.revert(number, me(), Clock.systemUTC().instant()));
    }

    private TemplateHistory current(long tenant, String group, int basedOn) {
        TemplateHistory history = source().history(tenant, group);
        int current = history.current().map(TemplateVersion::number).orElse(0);
        if (current != basedOn) {
            throw new TemplateConflictException("Someone else saved this template meanwhile (it is at version "
                    + current + ", you edited " + (basedOn == 0 ? "no saved version" : "version " + basedOn)
                    + "); reload it and make your change again");
        }
        return history;
    }

    private TemplateVersion store(long tenant, String group, TemplateHistory next) {
        try {
            source().append(tenant, group, next);
        } catch (PersistenceException e) {
            // the unique (tenant, scope, number) key: another save of the same version won the race
            throw new TemplateConflictException("Someone else saved this template at the same moment; reload it "
                    + "and make your change again");
        }
        TemplateVersion saved = next.current().orElseThrow();
        LOG.infof("SWB-TPL-001: %s saved version %d of the %s template of tenant %d", me(), saved.number(),
                group == null ? "tenant's" : "group " + group + "'s", tenant);
        return saved;
    }

    private void requireGroupOf(long tenant, String group) {
        if (group == null) {
            return;
        }
        List<?> rows = em.createNativeQuery("SELECT 1 FROM agent_group WHERE name = ?1 AND tenant_id = ?2")
                .setParameter(1, group).setParameter(2, tenant).getResultList();
        if (rows.isEmpty()) {
            throw new TemplateScopeNotFoundException(group);
        }
    }

    /** The agent's group, if they are an agent in a group of their own tenant. */
    private Optional<String> groupOf(String username) {
        List<?> rows = em.createNativeQuery("""
                SELECT a.group_name FROM agent a JOIN agent_group g ON g.name = a.group_name
                JOIN app_user u ON u.username = a.username WHERE a.username = ?1 AND g.tenant_id = u.tenant_id""")
                .setParameter(1, username).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    private JpaTemplateSource source() {
        return new JpaTemplateSource(em);
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
