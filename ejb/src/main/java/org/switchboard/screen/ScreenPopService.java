package org.switchboard.screen;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.switchboard.agent.AgentService;
import org.switchboard.call.Call;
import org.switchboard.casework.CaseService;
import org.switchboard.casework.CaseView;
import org.switchboard.casework.Note;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.contact.Account;
import org.switchboard.contact.Contact;
import org.switchboard.contact.ContactDirectory;
import org.switchboard.contact.ContactEmail;
import org.switchboard.contact.ContactMatch;
import org.switchboard.contact.ContactPhone;
import org.switchboard.contact.PhoneNumbers;
import org.switchboard.screen.template.FieldSpec;
import org.switchboard.screen.template.Labels;
import org.switchboard.screen.template.Panel;
import org.switchboard.screen.template.PanelKind;
import org.switchboard.screen.template.ScreenTemplate;
import org.switchboard.screen.template.TemplateResolver;
import org.switchboard.screen.view.PopData;
import org.switchboard.screen.view.ConsoleZone;
import org.switchboard.screen.view.PopRenderer;
import org.switchboard.screen.view.PopView;
import org.switchboard.tenant.TenantDirectory;

/**
 * Builds the calling agent's current screen pop: the newest call in progress offered to them, drawn with the
 * template of their group (else tenant, else the default) from their own tenant's records only.
 */
@Stateless
public class ScreenPopService {

    /** Panels drawn while no contact is chosen: they need none. */
    private static final Set<PanelKind> WITHOUT_CONTACT = Set.of(PanelKind.SCRIPT, PanelKind.HISTORY);
    private static final int MAX_NOTES = 20;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    ContactDirectory contacts;

    @EJB
    AgentService agents;

    @EJB
    CaseService cases;

    @EJB
    TenantDirectory tenants;

    @EJB
    ScreenTemplates templates;

    /**
     * The first paint of a pop, from the connector's hint of a call offered to a member ({@code AGENT_OFFERED}):
     * which agent (by member interface) and who calls (by number). Empty when no agent is signed in on it.
     */
    @PermitAll
    public Optional<PopPreview> preview(CallEvent offered) {
        if (offered.memberInterface() == null || offered.linkedId() == null) {
            return Optional.empty();
        }
        return agents.agentOnInterface(offered.memberInterface()).map(username -> {
            Optional<String> e164 = PhoneNumbers.DEFAULT.callerToE164(offered.callerNumber());
            // The agent's tenant's contacts only: whatever the queue, an agent sees their own tenant's records.
            long tenant = tenants.ofUser(username).orElseThrow();
            List<ContactMatch> matches = e164.map(number -> contacts.findByNumber(tenant, number))
                    .orElse(List.of());
            ContactMatch first = matches.isEmpty() ? null : matches.get(0);
            return new PopPreview(username, offered.linkedId(), e164.orElse(offered.callerNumber()),
                    offered.callerName(), offered.queue(), matches.size(), first == null ? null : first.name(),
                    first == null ? null : first.accountName());
        });
    }

    @RolesAllowed("agent")
    public Optional<ScreenPop> current() {
        String me = session.getCallerPrincipal().getName();
        return em.createQuery("""
                SELECT c FROM Call c WHERE c.agentUsername = :me AND c.endedAt IS NULL AND c.offeredAt IS NOT NULL
                ORDER BY c.offeredAt DESC, c.id DESC""", Call.class)
                .setParameter("me", me).setMaxResults(1)
                .getResultStream().findFirst().map(this::pop);
    }

    /**
     * Remembers which contact the caller is, when several have their number (or the agent found them otherwise).
     *
     * @throws IllegalArgumentException when the call is not the agent's own or the contact not of their tenant
     */
    @RolesAllowed("agent")
    public void pick(long callId, long contactId) {
        String me = session.getCallerPrincipal().getName();
        Call call = em.find(Call.class, callId);
        if (call == null || !me.equals(call.getAgentUsername())) {
            throw new IllegalArgumentException("No call " + callId + " of yours");
        }
        tenants.requireLinkable(Contact.class, contactId, tenants.current(), "contact");
        call.contact(contactId);
        em.flush();
    }

    /**
     * Saves what the agent changed in the pop's editable fields of the contact: first and last name, preferred
     * language, custom fields. Only fields the agent's template shows as editable are accepted (the page is not
     * trusted to say which); unchanged values are left alone. Phone numbers and e-mail addresses are changed on
     * the contact's record, not on the pop.
     *
     * @param version the contact's version the agent edited
     * @throws ContactChangedException  when someone else changed the contact since
     * @throws IllegalArgumentException when the contact is not of the agent's tenant, a field may not be changed
     *                                  here, or a value is not acceptable
     */
    @RolesAllowed("agent")
    public void saveContact(long contactId, long version, Map<String, String> values) {
        Contact contact = em.find(Contact.class, contactId);
        if (contact == null || contact.getTenantId() != tenants.current()) {
            throw new IllegalArgumentException("No contact " + contactId);
        }
        if (contact.getVersion() != version) {
            throw new ContactChangedException(contact.displayName() + " was changed by someone else meanwhile; "
                    + "the pop shows the current data now, make your change again");
        }
        Set<String> editable = templates.mine().template().panels().stream()
                .filter(p -> PanelKind.CONTACT.key().equals(p.kind()) || PanelKind.CUSTOM.key().equals(p.kind()))
                .flatMap(p -> p.fields().stream()).filter(FieldSpec::editable).map(FieldSpec::key)
                .collect(Collectors.toSet());
        Map<String, String> custom = customValues(contactId);
        for (Map.Entry<String, String> change : values.entrySet()) {
            String key = change.getKey();
            String value = change.getValue() == null ? null : change.getValue().strip();
            String blankToNull = value == null || value.isEmpty() ? null : value;
            if (!editable.contains(key)) {
                throw new IllegalArgumentException(key + " cannot be changed here");
            }
            switch (key) {
                case "contact.firstName" -> {
                    requireLength(key, blankToNull, 100);
                    contact.setFirstName(blankToNull);
                }
                case "contact.lastName" -> {
                    if (blankToNull == null) {
                        throw new IllegalArgumentException("A contact needs a last name");
                    }
                    requireLength(key, blankToNull, 100);
                    contact.setLastName(blankToNull);
                }
                case "contact.language" -> {
                    if (blankToNull != null && !blankToNull.matches("[a-z]{2,3}(-[A-Z]{2})?")) {
                        throw new IllegalArgumentException("A language is a code such as de or en-GB, not '"
                                + blankToNull + "'");
                    }
                    contact.setPreferredLanguage(blankToNull);
                }
                default -> {
                    if (!key.startsWith("custom.")) {
                        throw new IllegalArgumentException(key + " is changed on the contact's record");
                    }
                    requireLength(key, blankToNull, 4000);
                    if (!java.util.Objects.equals(custom.get(key), blankToNull)) {
                        em.createNativeQuery("DELETE FROM contact_custom_value WHERE contact_id = ?1 AND field_key = ?2")
                                .setParameter(1, contactId).setParameter(2, key).executeUpdate();
                        if (blankToNull != null) {
                            em.createNativeQuery("INSERT INTO contact_custom_value (contact_id, field_key, field_value)"
                                    + " VALUES (?1, ?2, ?3)").setParameter(1, contactId).setParameter(2, key)
                                    .setParameter(3, blankToNull).executeUpdate();
                        }
                    }
                }
            }
        }
        // the version moves with custom values too, so a second agent's stale save of them is refused as well
        em.lock(contact, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ContactChangedException(contact.displayName() + " was changed by someone else meanwhile; "
                    + "the pop shows the current data now, make your change again");
        }
    }

    private static void requireLength(String key, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(key + " has at most " + max + " characters");
        }
    }

    private ScreenPop pop(Call call) {
        long tenant = tenants.current();
        String number = call.getCallerE164() != null ? call.getCallerE164() : call.getCallerNumber();
        List<ContactMatch> matches = new ArrayList<>(contacts.findByNumber(tenant, number));
        Contact chosen = chosen(call, matches, tenant);
        if (chosen != null && matches.stream().noneMatch(m -> m.contactId() == chosen.getId())) {
            // picked from elsewhere (the number was not theirs): still listed, so the card says who it is
            matches.add(0, new ContactMatch(chosen.getId(), chosen.displayName(), chosen.getEmail(),
                    chosen.getAccount() == null ? null : chosen.getAccount().getId(),
                    chosen.getAccount() == null ? null : chosen.getAccount().getName(),
                    chosen.getAccount() == null ? null : chosen.getAccount().getTier()));
        }
        TemplateResolver.Resolved resolved = templates.mine();
        ScreenTemplate template = chosen != null ? resolved.template() : withoutContact(resolved.template());
        PopData data = data(template, tenant, call, chosen);
        PopView view = new PopRenderer(ConsoleZone.ZONE).render(template, language(chosen), data);
        return new ScreenPop(call.getId(), call.getLinkedId(), call.getCallerNumber(), call.getCallerE164(),
                call.getCallerName(), call.getQueue(), call.getOfferedAt(), call.getAnsweredAt() != null,
                List.copyOf(matches), chosen == null ? null : chosen.getId(),
                chosen == null ? null : chosen.getVersion(), view, resolved.origin());
    }

    /** The call's contact if it is the tenant's (picked, or the only match); else the only match; else none. */
    private Contact chosen(Call call, List<ContactMatch> matches, long tenant) {
        Long id = call.getContactId() != null ? call.getContactId()
                : matches.size() == 1 ? Long.valueOf(matches.get(0).contactId()) : null;
        if (id == null) {
            return null;
        }
        Contact contact = em.find(Contact.class, id);
        return contact != null && contact.getTenantId() == tenant ? contact : null;
    }

    private static ScreenTemplate withoutContact(ScreenTemplate template) {
        return new ScreenTemplate(template.panels().stream()
                .filter(p -> PanelKind.of(p.kind()).filter(WITHOUT_CONTACT::contains).isPresent()).toList(),
                template.variables());
    }

    /** What the template's panels need, and nothing else (a template without history costs no history query). */
    private PopData data(ScreenTemplate template, long tenant, Call call, Contact contact) {
        Set<PanelKind> shown = template.panels().stream().map(Panel::kind).map(PanelKind::of)
                .flatMap(Optional::stream).collect(Collectors.toSet());
        Account account = contact == null ? null : contact.getAccount();
        PopData.ContactData contactData = contact == null ? null : new PopData.ContactData(contact.getId(),
                contact.getFirstName(), contact.getLastName(),
                contact.getPhones().stream().map(ContactPhone::getE164).toList(), emails(contact),
                contact.getPreferredLanguage(), contact.getVersion());
        PopData.AccountData accountData = account == null ? null : new PopData.AccountData(account.getId(),
                account.getName(), account.getTier(), account.getOwnerUsername());
        List<CaseView> caseList = List.of();
        if (contact != null && shown.contains(PanelKind.CASES)) {
            caseList = account != null ? cases.ofAccount(account.getId(), template.showClosedCases())
                    : cases.ofContact(contact.getId(), template.showClosedCases());
        }
        List<PopData.CallData> calls = shown.contains(PanelKind.HISTORY)
                ? recentCalls(tenant, call, contact, template.historyMaxRows()) : List.of();
        List<PopData.NoteData> notes = contact != null && shown.contains(PanelKind.NOTES)
                ? notes(tenant, contact.getId(), account == null ? null : account.getId()) : List.of();
        Map<String, String> custom = contact != null && shown.contains(PanelKind.CUSTOM)
                ? customValues(contact.getId()) : Map.of();
        return new PopData(contactData, accountData, caseList, calls, notes, custom);
    }

    private static List<String> emails(Contact contact) {
        List<String> emails = new ArrayList<>();
        if (contact.getEmail() != null) {
            emails.add(contact.getEmail());
        }
        contact.getEmails().stream().map(ContactEmail::getEmail).filter(e -> !emails.contains(e))
                .forEach(emails::add);
        return emails;
    }

    /**
     * The last calls with this customer, newest first, this one excepted: calls linked to the contact, or from
     * the same number; of the agent's tenant only. Disposition (as its label) and notes come from the wrap-up.
     */
    private List<PopData.CallData> recentCalls(long tenant, Call current, Contact contact, int maxRows) {
        String e164 = current.getCallerE164();
        if (contact == null && e164 == null) {
            return List.of();
        }
        String who = contact != null && e164 != null ? "(c.contactId = :contact OR c.callerE164 = :e164)"
                : contact != null ? "c.contactId = :contact" : "c.callerE164 = :e164";
        TypedQuery<Call> query = em.createQuery("SELECT c FROM Call c WHERE c.tenantId = :t AND c.id <> :current AND "
                + who + " ORDER BY c.startedAt DESC, c.id DESC", Call.class)
                .setParameter("t", tenant).setParameter("current", current.getId());
        if (contact != null) {
            query.setParameter("contact", contact.getId());
        }
        if (e164 != null) {
            query.setParameter("e164", e164);
        }
        List<Call> calls = query.setMaxResults(maxRows).getResultList();
        if (calls.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> wrapUps = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                SELECT c.id, COALESCE(d.label, c.disposition_code), c.wrap_up_notes FROM call_record c
                LEFT JOIN disposition d ON d.tenant_id = c.tenant_id AND d.code = c.disposition_code
                WHERE c.id IN (:ids)""").setParameter("ids", calls.stream().map(Call::getId).toList())
                .getResultList()) {
            Object[] r = (Object[]) row;
            wrapUps.put(((Number) r[0]).longValue(), r);
        }
        return calls.stream().map(c -> {
            Object[] w = wrapUps.getOrDefault(c.getId(), new Object[3]);
            return new PopData.CallData(c.getId(), c.getStartedAt(), c.getAgentUsername(), c.getTalkSeconds(),
                    c.getOutcome() == null ? null : c.getOutcome().name(), (String) w[1], (String) w[2]);
        }).toList();
    }

    private List<PopData.NoteData> notes(long tenant, long contactId, Long accountId) {
        String about = accountId == null ? "n.contactId = :contact" : "(n.contactId = :contact OR n.accountId = :account)";
        TypedQuery<Note> query = em.createQuery("SELECT n FROM Note n WHERE n.tenantId = :t AND " + about
                + " ORDER BY n.createdAt DESC, n.id DESC", Note.class)
                .setParameter("t", tenant).setParameter("contact", contactId);
        if (accountId != null) {
            query.setParameter("account", accountId);
        }
        return query.setMaxResults(MAX_NOTES).getResultList().stream()
                .map(n -> new PopData.NoteData(n.getText(), n.getAuthorUsername(), n.getCreatedAt())).toList();
    }

    private Map<String, String> customValues(long contactId) {
        Map<String, String> values = new HashMap<>();
        for (Object row : em.createNativeQuery(
                "SELECT field_key, field_value FROM contact_custom_value WHERE contact_id = ?1")
                .setParameter(1, contactId).getResultList()) {
            Object[] r = (Object[]) row;
            values.put(r[0].toString(), r[1].toString());
        }
        return values;
    }

    /** The labels' language: the contact's preferred one ("de" of "de-AT"), else English. */
    private static String language(Contact contact) {
        String tag = contact == null ? null : contact.getPreferredLanguage();
        return tag == null || tag.isBlank() ? Labels.FALLBACK_LANGUAGE
                : tag.split("-")[0].toLowerCase(Locale.ROOT);
    }
}
