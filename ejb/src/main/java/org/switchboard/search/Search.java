package org.switchboard.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.switchboard.infrastructure.persistence.Rows;

/**
 * The search itself, as SQL over the search keys of V7: contacts (by name, e-mail, number) and cases (by number,
 * subject) of one tenant, counted and paged, contacts before cases unless the query is a case number. Plain Java
 * on a {@link SqlRunner}, so the server (SearchService) and the 100,000-contact measurement run the same queries.
 *
 * <p>Each way a query can match is its own index range scan ({@code tenant_id = ? AND key LIKE 'prefix%'}); a
 * contact found several ways is one row (UNION). Only a case subject is matched with "contains", a scan of the
 * tenant's cases.
 */
public final class Search {

    public static final int MAX_PAGE_SIZE = 100;

    private static final String LIKE = " LIKE ? ESCAPE '\\'";

    private final SqlRunner sql;
    private final PrefixMatch prefixes;

    /**
     * How a "starts with" condition is written for the database at hand. Both use the V7 indexes, but not the same
     * way: PostgreSQL's pattern_ops indexes serve {@code LIKE 'abc%'} in any collation, while ranges there would
     * follow the collation (which, outside "C", does not keep a prefix's strings together); H2 compares strings
     * by code unit, so the range {@code >= 'abc' AND < 'abd'} is exactly the prefix, and H2 plans an index range
     * for it even with parameters, which it does not for {@code LIKE ?}.
     */
    public enum PrefixMatch { LIKE, RANGE }

    public Search(SqlRunner sql, PrefixMatch prefixes) {
        this.sql = sql;
        this.prefixes = prefixes;
    }

    /** A statement and its parameters. */
    record Statement(String sql, List<Object> parameters) {
    }

    public SearchPage run(long tenantId, SearchQuery query, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, page);
        if (query.isEmpty()) {
            return new SearchPage(query.text(), query.meaning(), pageNumber, pageSize, 0, false, List.of());
        }
        List<Statement> sources = new ArrayList<>(); // id lists in display order: contacts, cases (or reversed)
        List<Boolean> isContacts = new ArrayList<>();
        Statement contacts = query.searchesContacts() ? contactIds(tenantId, query) : null;
        Statement cases = query.searchesCases() ? caseIds(tenantId, query) : null;
        if (query.casesFirst()) {
            add(sources, isContacts, cases, false);
            add(sources, isContacts, contacts, true);
        } else {
            add(sources, isContacts, contacts, true);
            add(sources, isContacts, cases, false);
        }
        long[] counts = new long[sources.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = count(sources.get(i));
        }
        long total = java.util.Arrays.stream(counts).sum();
        List<SearchHit> hits = new ArrayList<>();
        for (Paging.Slice slice : Paging.slices((long) pageNumber * pageSize, pageSize, counts)) {
            boolean contact = isContacts.get(slice.source());
            List<Long> ids = pageOfIds(sources.get(slice.source()), contact ? "m.k, m.id" : "m.k DESC, m.id DESC",
                    slice);
            hits.addAll(contact ? contactHits(ids) : caseHits(ids));
        }
        return new SearchPage(query.text(), query.meaning(), pageNumber, pageSize, total,
                (long) (pageNumber + 1) * pageSize < total, hits);
    }

    private static void add(List<Statement> sources, List<Boolean> kinds, Statement source, boolean contacts) {
        if (source != null) {
            sources.add(source);
            kinds.add(contacts);
        }
    }

    /**
     * The ids (and sort keys) of the tenant's contacts the query finds, as a UNION of one indexed query per way of
     * matching, each within the tenant (numbers and addresses carry their contact's tenant for this). Counting
     * and paging work on this UNION alone: no second pass over contact.
     */
    Statement contactIds(long tenantId, SearchQuery q) {
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        String own = "SELECT c.id AS id, c.search_last AS k FROM contact c WHERE c.tenant_id = ? AND ";
        if (q.namePrefix() != null) {
            startsWith(parts, parameters, own, "c.search_name", q.namePrefix(), tenantId);
            startsWith(parts, parameters, own, "c.search_last", q.namePrefix(), tenantId);
        }
        if (q.emailPrefix() != null) {
            startsWith(parts, parameters, own, "c.search_email", q.emailPrefix(), tenantId);
            startsWith(parts, parameters, "SELECT c.id AS id, c.search_last AS k FROM contact_email e JOIN contact c "
                    + "ON c.id = e.contact_id WHERE e.tenant_id = ? AND ", "e.search_email", q.emailPrefix(), tenantId);
        }
        String phones = "SELECT c.id AS id, c.search_last AS k FROM contact_phone p JOIN contact c "
                + "ON c.id = p.contact_id WHERE p.tenant_id = ? AND ";
        if (q.e164Prefix() != null) {
            startsWith(parts, parameters, phones, "p.e164", q.e164Prefix(), tenantId);
        }
        if (q.reversedDigits() != null) {
            startsWith(parts, parameters, phones, "p.digits_rev", q.reversedDigits(), tenantId);
        }
        return new Statement(String.join(" UNION ", parts), parameters);
    }

    /** The ids (and opening times, the sort key) of the tenant's cases the query finds. */
    static Statement caseIds(long tenantId, SearchQuery q) {
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        String own = "SELECT s.id AS id, s.opened_at AS k FROM support_case s WHERE s.tenant_id = ? AND ";
        if (q.caseNumber() != null) {
            parts.add(own + "s.case_number = ?");
            Collections.addAll(parameters, tenantId, q.caseNumber());
        }
        if (q.subjectPart() != null) {
            parts.add(own + "LOWER(s.subject)" + LIKE);
            Collections.addAll(parameters, tenantId, "%" + escape(q.subjectPart()) + "%");
        }
        return new Statement(String.join(" UNION ", parts), parameters);
    }

    /** One part of a UNION: {@code select} (ending in WHERE or AND) and "column starts with prefix". */
    private void startsWith(List<String> parts, List<Object> parameters, String select, String column,
            String prefix, Object... selectParameters) {
        Collections.addAll(parameters, selectParameters);
        char last = prefix.charAt(prefix.length() - 1);
        if (prefixes == PrefixMatch.RANGE && last != Character.MAX_VALUE) {
            parts.add(select + column + " >= ? AND " + column + " < ?");
            Collections.addAll(parameters, prefix, prefix.substring(0, prefix.length() - 1) + (char) (last + 1));
        } else {
            parts.add(select + column + LIKE);
            parameters.add(prefix(prefix));
        }
    }

    static String prefix(String text) {
        return escape(text) + "%";
    }

    /** LIKE's wildcards and its escape character as plain characters. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** @param ids a UNION of (id, k) from {@link #contactIds} or {@link #caseIds} */
    private long count(Statement ids) {
        return ((Number) sql.rows("SELECT COUNT(*) FROM (" + ids.sql() + ") m", ids.parameters()).get(0)[0])
                .longValue();
    }

    private List<Long> pageOfIds(Statement ids, String order, Paging.Slice slice) {
        List<Object> parameters = new ArrayList<>(ids.parameters());
        parameters.add(slice.offset());
        parameters.add(slice.limit());
        return sql.rows("SELECT m.id FROM (" + ids.sql() + ") m ORDER BY " + order
                + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY", parameters).stream().map(r -> Rows.id(r[0])).toList();
    }

    private List<SearchHit> contactHits(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = placeholders(ids.size());
        Map<Long, List<SearchHit.Phone>> phones = new LinkedHashMap<>();
        for (Object[] r : sql.rows("SELECT p.contact_id, p.e164, p.label FROM contact_phone p WHERE p.contact_id IN ("
                + in + ") ORDER BY p.contact_id, p.id", new ArrayList<>(ids))) {
            phones.computeIfAbsent(Rows.id(r[0]), k -> new ArrayList<>())
                    .add(new SearchHit.Phone(Rows.text(r[1]), Rows.text(r[2])));
        }
        Map<Long, SearchHit> byId = new LinkedHashMap<>();
        for (Object[] r : sql.rows("SELECT c.id, c.first_name, c.last_name, c.email, a.id, a.name FROM contact c "
                + "LEFT JOIN account a ON a.id = c.account_id WHERE c.id IN (" + in + ")", new ArrayList<>(ids))) {
            long id = Rows.id(r[0]);
            byId.put(id, SearchHit.contact(id, name(Rows.text(r[1]), Rows.text(r[2])), Rows.text(r[3]),
                    Rows.id(r[4]), Rows.text(r[5]), List.copyOf(phones.getOrDefault(id, List.of()))));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private List<SearchHit> caseHits(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, SearchHit> byId = sql.rows("SELECT s.id, s.case_number, s.subject, s.status, s.opened_at, "
                + "s.contact_id, c.first_name, c.last_name, s.account_id FROM support_case s LEFT JOIN contact c "
                + "ON c.id = s.contact_id WHERE s.id IN (" + placeholders(ids.size()) + ")", new ArrayList<>(ids))
                .stream().map(r -> SearchHit.supportCase(Rows.id(r[0]), Rows.text(r[1]), Rows.text(r[2]),
                        Rows.text(r[3]), Rows.instant(r[4]), Rows.id(r[5]),
                        r[7] == null ? null : name(Rows.text(r[6]), Rows.text(r[7])), Rows.id(r[8])))
                .collect(Collectors.toMap(SearchHit::id, h -> h));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static String name(String first, String last) {
        return first == null || first.isBlank() ? last : first + " " + last;
    }
}
