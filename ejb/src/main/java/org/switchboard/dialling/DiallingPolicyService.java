package org.switchboard.dialling;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.switchboard.contact.PhoneNumbers;
import org.switchboard.infrastructure.persistence.Rows;
import org.switchboard.tenant.TenantDirectory;

/**
 * The tenants' dialling policies as stored (dialling_policy, approved_phone, V9) and the checks of the agents'
 * numbers against them; the rules are {@link DiallingPolicy}'s. Administrators read and change their own
 * tenant's policy and approve agents' external phones; another tenant's agent is not found.
 */
@Stateless
public class DiallingPolicyService {

    private static final Logger LOG = Logger.getLogger(DiallingPolicyService.class);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    TenantDirectory tenants;

    /** An approval: this agent may sign in with this external number. */
    public record Approval(String username, String number, String approvedBy, Instant approvedAt) {
    }

    /** Why this agent may not sign in with this external phone (E.164), naming the rule; empty when they may. */
    @PermitAll
    public Optional<String> refusalOfAgentPhone(String username, String e164) {
        long tenant = tenantOf(username);
        DiallingPolicy policy = policyOf(tenant);
        boolean approved = policy.approveExternalPhones() && !em.createNativeQuery(
                "SELECT 1 FROM approved_phone WHERE username = ?1 AND e164 = ?2 AND tenant_id = ?3")
                .setParameter(1, username).setParameter(2, e164).setParameter(3, tenant).getResultList().isEmpty();
        return policy.refusal(DiallingPolicy.Use.AGENT_PHONE, e164, approved);
    }

    /** Why this agent may not dial this number (E.164), naming the rule; empty when they may. */
    @PermitAll
    public Optional<String> refusalOfDial(String username, String e164) {
        return policyOf(tenantOf(username)).refusal(DiallingPolicy.Use.DIAL, e164, false);
    }

    /** The number types a policy can block, by name. */
    @RolesAllowed("admin")
    public List<String> typeNames() {
        return DiallingPolicy.typeNames();
    }

    /** The administrator's tenant's agents, who may be given approvals. */
    @RolesAllowed("admin")
    public List<String> agents() {
        return List.copyOf(tenants.agentsOf(tenants.current()));
    }

    /** The administrator's tenant's policy. */
    @RolesAllowed("admin")
    public DiallingPolicy policy() {
        return policyOf(tenants.current());
    }

    /**
     * Replaces the administrator's tenant's policy.
     *
     * @param countries ISO codes, comma-separated; empty for any country
     * @param types     PhoneNumberType names, comma-separated; empty blocks none
     * @throws IllegalArgumentException naming an unknown country or type
     */
    @RolesAllowed("admin")
    public DiallingPolicy setPolicy(String countries, String types, boolean approveExternalPhones) {
        DiallingPolicy policy = DiallingPolicy.parse(countries, types, approveExternalPhones);
        long tenant = tenants.current();
        int updated = em.createNativeQuery("UPDATE dialling_policy SET allowed_countries = ?1, blocked_types = ?2, "
                + "approve_external_phones = ?3, version = version + 1 WHERE tenant_id = ?4")
                .setParameter(1, policy.countriesText()).setParameter(2, policy.typesText())
                .setParameter(3, approveExternalPhones).setParameter(4, tenant).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO dialling_policy (tenant_id, allowed_countries, blocked_types, "
                    + "approve_external_phones) VALUES (?1, ?2, ?3, ?4)").setParameter(1, tenant)
                    .setParameter(2, policy.countriesText()).setParameter(3, policy.typesText())
                    .setParameter(4, approveExternalPhones).executeUpdate();
        }
        LOG.infof("SWB-DIAL-001: %s set the dialling policy of tenant %d: countries [%s], blocked [%s], "
                + "approval %s", caller(), tenant, policy.countriesText(), policy.typesText(), approveExternalPhones);
        return policy;
    }

    /** The administrator's tenant's approved external phones, by agent and number. */
    @RolesAllowed("admin")
    public List<Approval> approvals() {
        List<?> rows = em.createNativeQuery("SELECT username, e164, approved_by, approved_at FROM approved_phone "
                + "WHERE tenant_id = ?1 ORDER BY username, e164").setParameter(1, tenants.current())
                .setMaxResults(1000).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new Approval((String) r[0], (String) r[1],
                (String) r[2], Rows.instant(r[3]))).toList();
    }

    /** Approves an external phone for one of the tenant's agents; approving twice is harmless. */
    @RolesAllowed("admin")
    public Approval approve(String username, String number) {
        long tenant = tenants.current();
        String e164 = external(number);
        requireAgentOf(tenant, username);
        em.createNativeQuery("DELETE FROM approved_phone WHERE username = ?1 AND e164 = ?2")
                .setParameter(1, username).setParameter(2, e164).executeUpdate();
        Instant now = Clock.systemUTC().instant();
        em.createNativeQuery("INSERT INTO approved_phone (tenant_id, username, e164, approved_by, approved_at) "
                + "VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, tenant).setParameter(2, username)
                .setParameter(3, e164).setParameter(4, caller()).setParameter(5, Timestamp.from(now))
                .executeUpdate();
        LOG.infof("SWB-DIAL-002: %s approved an external phone for %s", caller(), username);
        return new Approval(username, e164, caller(), now);
    }

    /** Withdraws an approval; one that did not exist is not found. A signed-in agent stays signed in. */
    @RolesAllowed("admin")
    public void revoke(String username, String number) {
        long tenant = tenants.current();
        String e164 = external(number);
        requireAgentOf(tenant, username);
        int deleted = em.createNativeQuery("DELETE FROM approved_phone WHERE username = ?1 AND e164 = ?2 "
                + "AND tenant_id = ?3").setParameter(1, username).setParameter(2, e164).setParameter(3, tenant)
                .executeUpdate();
        if (deleted == 0) {
            throw new ApprovalNotFoundException("No approval of " + e164 + " for " + username);
        }
        LOG.infof("SWB-DIAL-003: %s withdrew an external phone's approval for %s", caller(), username);
    }

    DiallingPolicy policyOf(long tenant) {
        List<?> rows = em.createNativeQuery("SELECT allowed_countries, blocked_types, approve_external_phones "
                + "FROM dialling_policy WHERE tenant_id = ?1").setParameter(1, tenant).getResultList();
        if (rows.isEmpty()) {
            return DiallingPolicy.DEFAULT;
        }
        Object[] r = (Object[]) rows.get(0);
        return DiallingPolicy.parse((String) r[0], (String) r[1], Boolean.TRUE.equals(r[2]));
    }

    private long tenantOf(String username) {
        return tenants.ofUser(username).orElseThrow(() -> new IllegalStateException("no tenant for " + username));
    }

    private void requireAgentOf(long tenant, String username) {
        if (username == null || !tenants.agentsOf(tenant).contains(username)) {
            throw new ApprovalNotFoundException("No agent " + username);
        }
    }

    private static String external(String number) {
        return PhoneNumbers.DEFAULT.toE164(number).filter(n -> n.length() <= 16)
                .orElseThrow(() -> new IllegalArgumentException("Not a phone number: " + number));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
