package org.switchboard.casework;

import jakarta.annotation.Resource;
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
import org.jboss.logging.Logger;
import org.switchboard.agent.Supervision;
import org.switchboard.infrastructure.persistence.Rows;
import org.switchboard.tenant.TenantDirectory;

/**
 * After-call work on a call: notes, a disposition from the tenant's list, a case link. The agent saves drafts as
 * often as they like (an unfinished wrap-up is kept if the browser closes) and finishes it once; then only a
 * supervisor may correct it. The rules are {@link WrapUp}'s; stored on {@code call_record} with the wrap-up's
 * own version, written by its own guarded UPDATE so that the PBX events updating the same row never overwrite
 * an agent's notes, and two browsers saving at once do not silently overwrite each other.
 */
@Stateless
@RolesAllowed({"agent", "supervisor"})
public class WrapUpService {

    private static final Logger LOG = Logger.getLogger(WrapUpService.class);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    TenantDirectory tenants;

    @EJB
    Supervision supervision;

    public List<Disposition> dispositions() {
        List<?> rows = em.createNativeQuery("SELECT code, label, position FROM disposition WHERE tenant_id = ?1 "
                + "ORDER BY position, code").setParameter(1, tenants.current()).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Disposition((String) r[0], (String) r[1], ((Number) r[2]).intValue())).toList();
    }

    /** The signed-in agent's calls whose wrap-up is not finished, newest first, the call in progress included. */
    @RolesAllowed("agent")
    public List<PendingWrapUp> pending(int max) {
        List<?> rows = em.createNativeQuery("""
                SELECT r.id, COALESCE(r.caller_e164, r.caller_number), r.caller_name, r.started_at, r.ended_at,
                    r.contact_id, k.account_id, r.wrap_up_state
                FROM call_record r LEFT JOIN contact k ON k.id = r.contact_id
                WHERE r.agent_username = ?1 AND r.wrap_up_state <> 'DONE'
                ORDER BY r.started_at DESC, r.id DESC""").setParameter(1, caller())
                .setMaxResults(Math.min(Math.max(max, 1), 50)).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new PendingWrapUp(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], Rows.instant(r[3]), r[4] != null,
                r[5] == null ? null : ((Number) r[5]).longValue(), r[6] == null ? null : ((Number) r[6]).longValue(),
                WrapUp.State.valueOf((String) r[7]))).toList();
    }

    public WrapUpView get(long callId) {
        return view(callId, load(callId));
    }

    /** Keeps the form as it is; {@code version} is the one the console read. */
    public WrapUpView saveDraft(long callId, long version, String notes, String disposition, String caseNumber) {
        Stored stored = load(callId);
        WrapUpDraft draft = draft(notes, disposition, caseNumber);
        WrapUp next;
        try {
            next = stored.wrapUp().save(draft);
        } catch (IllegalStateException e) {
            throw new CaseException(e.getMessage());
        }
        write(callId, version, next);
        return get(callId);
    }

    /** Completes the call's record: a disposition from the list is required. */
    public WrapUpView finish(long callId, long version, String notes, String disposition, String caseNumber) {
        Stored stored = load(callId);
        WrapUpDraft draft = draft(notes, disposition, caseNumber);
        WrapUp.Editor editor = session.isCallerInRole("supervisor") ? WrapUp.Editor.SUPERVISOR : WrapUp.Editor.AGENT;
        WrapUp next;
        try {
            next = stored.wrapUp().finish(draft, dispositions(), editor, Clock.systemUTC().instant());
        } catch (IllegalStateException e) {
            throw new CaseException(e.getMessage());
        }
        write(callId, version, next);
        LOG.infof("SWB-CASE-002: %s finished the wrap-up of call %d (%s)", caller(), callId, next.dispositionCode());
        return get(callId);
    }

    private WrapUpDraft draft(String notes, String disposition, String caseNumber) {
        Long caseId = null;
        if (caseNumber != null && !caseNumber.isBlank()) {
            CaseNumber number = CaseNumber.tryParse(caseNumber)
                    .orElseThrow(() -> new IllegalArgumentException("Not a case number: " + caseNumber));
            caseId = CaseQueries.byNumber(em, tenants.current(), number).map(SupportCase::getId)
                    .orElseThrow(() -> new IllegalArgumentException("No case " + caseNumber));
        }
        return new WrapUpDraft(notes, disposition, caseId);
    }

    private void write(long callId, long version, WrapUp next) {
        int updated = em.createNativeQuery("""
                UPDATE call_record SET wrap_up_state = ?1, wrap_up_notes = ?2, disposition_code = ?3, case_id = ?4,
                    wrapped_up_at = ?5, wrap_up_version = wrap_up_version + 1
                WHERE id = ?6 AND wrap_up_version = ?7""")
                .setParameter(1, next.state().name()).setParameter(2, next.notes())
                .setParameter(3, next.dispositionCode()).setParameter(4, next.caseId())
                .setParameter(5, next.wrappedUpAt() == null ? null : Timestamp.from(next.wrappedUpAt()))
                .setParameter(6, callId).setParameter(7, version).executeUpdate();
        if (updated != 1) {
            throw new CaseException("The wrap-up of this call was saved elsewhere meanwhile (another window?); "
                    + "reload it and make your change again");
        }
    }

    private record Stored(WrapUp wrapUp, long version, String agent) {
    }

    /**
     * The call, if the caller may see it: its agent, or a supervisor of the tenant who oversees its agent (their
     * groups; an administrator the tenant). Else "not found".
     */
    private Stored load(long callId) {
        List<?> rows = em.createNativeQuery("""
                SELECT wrap_up_state, wrap_up_notes, disposition_code, case_id, wrapped_up_at, wrap_up_version,
                    agent_username, tenant_id FROM call_record WHERE id = ?1""").setParameter(1, callId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new CaseNotFoundException("No call " + callId);
        }
        Object[] r = (Object[]) rows.get(0);
        String agent = (String) r[6];
        boolean sameTenant = r[7] != null && ((Number) r[7]).longValue() == tenants.current();
        if (!caller().equals(agent)
                && !(session.isCallerInRole("supervisor") && sameTenant && supervision.oversees(agent))) {
            throw new CaseNotFoundException("No call " + callId + " of yours");
        }
        WrapUp.State state = WrapUp.State.valueOf((String) r[0]);
        Instant at = Rows.instant(r[4]);
        WrapUp wrapUp = new WrapUp(state, (String) r[1], (String) r[2], r[3] == null ? null : ((Number) r[3]).longValue(),
                at);
        return new Stored(wrapUp, ((Number) r[5]).longValue(), agent);
    }

    private WrapUpView view(long callId, Stored stored) {
        WrapUp w = stored.wrapUp();
        String caseNumber = w.caseId() == null ? null : em.find(SupportCase.class, w.caseId()).getCaseNumber()
                .toString();
        return new WrapUpView(callId, w.state(), w.notes(), w.dispositionCode(), caseNumber, w.wrappedUpAt(),
                stored.version());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
