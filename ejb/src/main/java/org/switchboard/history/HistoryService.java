package org.switchboard.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.switchboard.contact.Account;
import org.switchboard.contact.Contact;
import org.switchboard.contact.RecordNotFoundException;
import org.switchboard.infrastructure.persistence.NativeQueries;
import org.switchboard.infrastructure.persistence.Rows;
import org.switchboard.tenant.TenantDirectory;

/**
 * The history of a contact or an account: every call, case opened and closed, and note, newest first, within the
 * caller's tenant. An account's history is that of its contacts plus what was filed against the account itself.
 */
@Stateless
@RolesAllowed({"agent", "supervisor", "admin"})
public class HistoryService {

    /** Entries per history; the newest are kept. */
    public static final int MAX_ENTRIES = 200;

    private static final String LIMIT = " ORDER BY 2 DESC FETCH FIRST " + MAX_ENTRIES + " ROWS ONLY";

    @PersistenceContext
    EntityManager em;

    @EJB
    TenantDirectory tenants;

    public List<HistoryEntry> ofContact(long contactId) {
        long tenant = tenants.current();
        requireOwn(Contact.class, contactId, tenant, "contact");
        String contacts = "(?)";
        List<Object> who = List.of(contactId);
        return history(tenant, contacts, who, "s.contact_id IN " + contacts, who,
                "n.contact_id IN " + contacts, who);
    }

    public List<HistoryEntry> ofAccount(long accountId) {
        long tenant = tenants.current();
        requireOwn(Account.class, accountId, tenant, "account");
        String contacts = "(SELECT c.id FROM contact c WHERE c.account_id = ? AND c.tenant_id = ?)";
        List<Object> who = List.of(accountId, tenant);
        List<Object> twice = List.of(accountId, accountId, tenant);
        return history(tenant, contacts, who, "(s.account_id = ? OR s.contact_id IN " + contacts + ")", twice,
                "(n.account_id = ? OR n.contact_id IN " + contacts + ")", twice);
    }

    /**
     * @param contacts SQL for the contact ids (a list or a subquery) with its parameters {@code who}
     * @param caseFilter condition on support_case s, with its parameters
     * @param noteFilter condition on note n (notes about the cases and calls found are added), with its parameters
     */
    private List<HistoryEntry> history(long tenant, String contacts, List<Object> who, String caseFilter,
            List<Object> caseParameters, String noteFilter, List<Object> noteParameters) {
        List<HistoryEntry> calls = rows("""
                SELECT r.id, COALESCE(r.started_at, r.offered_at, r.ended_at), r.direction, r.agent_username,
                       r.talk_seconds, r.outcome, r.disposition_code, r.wrap_up_notes, s.case_number, r.contact_id,
                       COALESCE(r.caller_e164, r.caller_number)
                FROM call_record r LEFT JOIN support_case s ON s.id = r.case_id
                WHERE r.tenant_id = ? AND r.contact_id IN\s""" + contacts + LIMIT, join(tenant, who))
                .stream().map(r -> HistoryEntry.call(Rows.id(r[0]), Rows.instant(r[1]), Rows.text(r[2]),
                        Rows.text(r[3]), Rows.integer(r[4]), Rows.text(r[5]), Rows.text(r[6]), Rows.text(r[7]),
                        Rows.text(r[8]), Rows.id(r[9]), Rows.text(r[10])))
                .toList();
        List<Object[]> caseRows = rows("""
                SELECT s.id, s.opened_at, s.closed_at, s.owner_username, s.case_number, s.subject, s.contact_id
                FROM support_case s WHERE s.tenant_id = ? AND\s""" + caseFilter + LIMIT,
                join(tenant, caseParameters));
        List<HistoryEntry> opened = caseRows.stream().map(r -> HistoryEntry.caseOpened(Rows.id(r[0]),
                Rows.instant(r[1]), Rows.text(r[3]), Rows.text(r[4]), Rows.text(r[5]), Rows.id(r[6]))).toList();
        List<HistoryEntry> closed = caseRows.stream().filter(r -> r[2] != null).map(r -> HistoryEntry.caseClosed(
                Rows.id(r[0]), Rows.instant(r[2]), Rows.text(r[3]), Rows.text(r[4]), Rows.text(r[5]),
                Rows.id(r[6]))).toList();
        List<Object> noteParameters2 = new java.util.ArrayList<>(join(tenant, noteParameters));
        noteParameters2.add(tenant);
        noteParameters2.addAll(caseParameters);
        noteParameters2.add(tenant);
        noteParameters2.addAll(who);
        List<HistoryEntry> notes = rows("""
                SELECT n.id, n.created_at, n.author_username, n.text, s.case_number, n.contact_id
                FROM note n LEFT JOIN support_case s ON s.id = n.case_id
                WHERE n.tenant_id = ? AND (""" + noteFilter + """
                 OR n.case_id IN (SELECT s.id FROM support_case s WHERE s.tenant_id = ? AND\s""" + caseFilter + """
                ) OR n.call_id IN (SELECT r.id FROM call_record r WHERE r.tenant_id = ? AND r.contact_id IN\s"""
                + contacts + "))" + LIMIT, noteParameters2)
                .stream().map(r -> HistoryEntry.note(Rows.id(r[0]), Rows.instant(r[1]), Rows.text(r[2]),
                        Rows.text(r[3]), Rows.text(r[4]), Rows.id(r[5])))
                .toList();
        return Timeline.merge(MAX_ENTRIES, calls, opened, closed, notes);
    }

    private void requireOwn(Class<?> entity, long id, long tenant, String what) {
        if (!tenants.owns(entity, id, tenant)) {
            throw new RecordNotFoundException("No " + what + " " + id);
        }
    }

    private static List<Object> join(long tenant, List<Object> rest) {
        List<Object> all = new java.util.ArrayList<>();
        all.add(tenant);
        all.addAll(rest);
        return all;
    }

    private List<Object[]> rows(String sql, List<?> parameters) {
        return NativeQueries.rows(em, sql, parameters);
    }
}
