package org.switchboard.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.contact.PhoneNumbers;
import org.switchboard.contact.SearchKeys;

/** The search's SQL on the real schema (all of db/migration) in an in-memory H2, with two tenants. */
class SearchSqlTest {

    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private Connection db;
    private Search search;

    @BeforeEach
    void schemaAndData() throws SQLException {
        String url = "jdbc:h2:mem:search-" + UUID.randomUUID();
        db = DriverManager.getConnection(url, "sa", "");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO tenant (id, name) VALUES (2, 'other')");
            s.execute("INSERT INTO account (id, name, tenant_id) VALUES (1, 'Nordwind', 1)");
        }
        contact(1, 1, "Max", "Mustermann", "max.mustermann@example.com", "+4930123456789");
        contact(2, 1, "Erika", "Mustermann", "erika@example.com", "+4930123450001");
        contact(3, 1, "Jürgen", "Müller", null, "+4915100005678");
        contact(4, 1, "Anna", "<script>alert(1)</script>", "anna@example.com", "+4940555000102");
        contact(101, 2, "Maximilian", "Mustermann", "max@other.example", "+4930123456789");
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO contact_email (contact_id, email, position, search_email, tenant_id) "
                    + "VALUES (3, 'J.Mueller@Work.example', 0, 'j.mueller@work.example', 1)");
            s.execute("INSERT INTO contact_email (contact_id, email, position, search_email, tenant_id) "
                    + "VALUES (101, 'j.mueller@work.example.org', 0, 'j.mueller@work.example.org', 2)");
            s.execute("INSERT INTO support_case (tenant_id, case_number, subject, origin, opened_at, contact_id) "
                    + "VALUES (1, 'CS-000123', 'Parcel lost in Hamburg', 'PHONE', CURRENT_TIMESTAMP, 1)");
            s.execute("INSERT INTO support_case (tenant_id, case_number, subject, origin, opened_at, contact_id) "
                    + "VALUES (2, 'CS-000124', 'Parcel lost elsewhere', 'PHONE', CURRENT_TIMESTAMP, 101)");
        }
        search = new Search(new JdbcRunner(db), Search.PrefixMatch.RANGE);
    }

    private void contact(long id, long tenant, String first, String last, String email, String e164)
            throws SQLException {
        try (PreparedStatement c = db.prepareStatement("INSERT INTO contact (id, tenant_id, first_name, last_name, "
                + "email, account_id, created_at, search_name, search_last, search_email) "
                + "VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, ?, ?, ?)");
                PreparedStatement p = db.prepareStatement(
                        "INSERT INTO contact_phone (contact_id, e164, label, digits_rev, tenant_id) VALUES (?, ?, 'work', ?, ?)")) {
            c.setLong(1, id);
            c.setLong(2, tenant);
            c.setString(3, first);
            c.setString(4, last);
            c.setString(5, email);
            c.setObject(6, tenant == 1 ? 1L : null);
            c.setString(7, SearchKeys.firstLast(first, last));
            c.setString(8, SearchKeys.lastFirst(first, last));
            c.setString(9, SearchKeys.email(email));
            c.executeUpdate();
            p.setLong(1, id);
            p.setString(2, e164);
            p.setString(3, SearchKeys.reversedDigits(e164));
            p.setLong(4, tenant);
            p.executeUpdate();
        }
    }

    @AfterEach
    void drop() throws SQLException {
        db.close();
    }

    private SearchPage find(String text) {
        return search.run(1, SearchQuery.parse(text, new PhoneNumbers("DE")), 0, 10);
    }

    private static List<Long> ids(SearchPage page) {
        return page.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void byNameAnyOrderAnyCaseAccentsFolded() {
        assertEquals(List.of(2L, 1L), ids(find("mustermann")), "ordered by last, first name; tenant 1 only");
        assertEquals(List.of(1L), ids(find("Max Must")));
        assertEquals(List.of(1L), ids(find("Mustermann, Max")));
        assertEquals(List.of(3L), ids(find("muller")));
        assertEquals(List.of(3L), ids(find("MÜLLER jü")));
        SearchHit max = find("max must").hits().get(0);
        assertEquals("Max Mustermann", max.name());
        assertEquals("Nordwind", max.accountName());
        assertEquals("+4930123456789", max.phones().get(0).number());
    }

    @Test
    void byNumberInAnyFormatOrItsEnd() {
        for (String typed : List.of("+49 30 1234-56789", "004930123456789", "030 123456789", "030 1234")) {
            assertTrue(ids(find(typed)).contains(1L), typed);
            assertFalse(ids(find(typed)).contains(101L), typed);
        }
        assertEquals(List.of(2L, 1L), ids(find("030 12345")));
        assertEquals(List.of(3L), ids(find("5678")));
    }

    @Test
    void byEmailPrimaryOrFurther() {
        assertEquals(List.of(1L), ids(find("max.mustermann@")));
        assertEquals(List.of(3L), ids(find("j.mueller@work")), "not tenant 2's further address");
        assertEquals(List.of(), ids(find("max@other")), "another tenant's");
    }

    @Test
    void casesByNumberOrSubjectNotOtherTenants() {
        SearchPage byNumber = find("CS-000123");
        assertEquals(1, byNumber.total());
        assertEquals("Parcel lost in Hamburg", byNumber.hits().get(0).subject());
        assertEquals("Max Mustermann", byNumber.hits().get(0).contactName());
        assertEquals(List.of("CS-000123"), find("123").hits().stream().map(SearchHit::caseNumber).toList());
        assertEquals(List.of("CS-000123"), find("parcel lost").hits().stream().map(SearchHit::caseNumber).toList());
        assertEquals(0, find("CS-000124").total());
    }

    @Test
    void likeAndRangeFindTheSame() {
        Search like = new Search(new JdbcRunner(db), Search.PrefixMatch.LIKE);
        for (String typed : List.of("mustermann", "max must", "030 12345", "5678", "j.mueller@", "m", "%", "_")) {
            SearchQuery q = SearchQuery.parse(typed, new PhoneNumbers("DE"));
            assertEquals(ids(search.run(1, q, 0, 10)), ids(like.run(1, q, 0, 10)), typed);
        }
    }

    @Test
    void wildcardsAndMarkupAreText() {
        assertEquals(List.of(), ids(find("%")));
        assertEquals(List.of(), ids(find("m_stermann")));
        assertEquals(List.of(4L), ids(find("<script>")));
    }

    @Test
    void pagesOverContactsThenCases() {
        // "mus" finds two contacts by name; "parcel" style: use a query that finds both kinds
        try {
            contact(5, 1, "Parcel", "Person", null, "+4930999000111");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        SearchQuery q = SearchQuery.parse("parcel", new PhoneNumbers("DE"));
        SearchPage first = search.run(1, q, 0, 1);
        assertEquals(2, first.total());
        assertTrue(first.hasMore());
        assertEquals(SearchHit.Kind.CONTACT, first.hits().get(0).kind());
        SearchPage second = search.run(1, q, 1, 1);
        assertFalse(second.hasMore());
        assertEquals(SearchHit.Kind.CASE, second.hits().get(0).kind());
        assertEquals(List.of(), search.run(1, q, 2, 1).hits());
    }
}
