package org.switchboard.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs all of db/migration against an in-memory H2 and checks what V4 promises, the CHECK constraints above all.
 * Each test gets its own database, alive while {@link #db} is open. The SQLSTATEs for a CHECK (23513) and a
 * unique key (23505) are the same in PostgreSQL; for a missing parent row PostgreSQL says 23503, H2 23506.
 */
class CaseSchemaMigrationTest {

    private static final String CHECK_VIOLATED = "23513";
    private static final String UNIQUE_VIOLATED = "23505";
    private static final String PARENT_MISSING_H2 = "23506";

    // Flyway logs every migration of every test database; held in a field because JUL keeps loggers weakly.
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private Connection db;
    private Flyway flyway;

    @BeforeEach
    void migrate() throws SQLException {
        String url = "jdbc:h2:mem:cases-" + UUID.randomUUID();
        db = DriverManager.getConnection(url, "sa", "");
        // Up to version 4 only: what this test checks is V4, whatever later migrations add.
        flyway = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("4")
                .load();
        flyway.migrate();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        db.close(); // the last connection to a mem: database drops it
    }

    @Test
    void migratesToVersion4WithTheNewTablesAndColumns() throws SQLException {
        assertEquals("4", flyway.info().current().getVersion().getVersion());
        for (String table : List.of("tenant", "contact_email", "support_case", "note", "disposition")) {
            assertEquals(List.of("1"), query("SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE LOWER(table_name) = '" + table + "'"), table);
        }
        assertEquals(List.of("account.owner_username", "account.tenant_id", "agent_group.tenant_id",
                "call_record.case_id", "call_record.disposition_code", "call_record.wrap_up_notes",
                "call_record.wrap_up_state", "call_record.wrap_up_version", "call_record.wrapped_up_at",
                "contact.preferred_language", "contact.tenant_id"),
                query("SELECT LOWER(table_name) || '.' || LOWER(column_name) FROM information_schema.columns"
                        + " WHERE LOWER(column_name) IN ('tenant_id', 'owner_username', 'preferred_language',"
                        + " 'case_id', 'disposition_code', 'wrap_up_notes', 'wrap_up_state', 'wrapped_up_at',"
                        + " 'wrap_up_version') AND LOWER(table_name) IN ('account', 'contact', 'agent_group',"
                        + " 'call_record') ORDER BY 1"));
    }

    @Test
    void everythingBelongsToTheDefaultTenantAndTheNextTenantGetsANewId() throws SQLException {
        assertEquals(List.of("1 default"), query("SELECT id || ' ' || name FROM tenant"));
        assertEquals(List.of("1"), query("SELECT tenant_id FROM agent_group WHERE name = 'default'"));
        update("INSERT INTO account (name) VALUES ('Nordwind')");
        assertEquals(List.of("1"), query("SELECT tenant_id FROM account"));

        update("INSERT INTO tenant (name) VALUES ('second')");
        assertEquals(List.of("2"), query("SELECT id FROM tenant WHERE name = 'second'"));
        assertSqlState(UNIQUE_VIOLATED, "INSERT INTO tenant (name) VALUES ('second')");
    }

    @Test
    void theDefaultTenantHasTheDefaultDispositions() throws SQLException {
        assertEquals(List.of("resolved", "callback-needed", "escalated", "wrong-number", "sales-lead"),
                query("SELECT code FROM disposition WHERE tenant_id = 1 ORDER BY position"));
    }

    @Test
    void aClosedCaseNeedsItsClosingTimeAndAnOpenOneHasNone() throws SQLException {
        assertSqlState(CHECK_VIOLATED, insertCase("CS-000001", "'CLOSED'", "NULL"));
        assertSqlState(CHECK_VIOLATED, insertCase("CS-000001", "'OPEN'", "CURRENT_TIMESTAMP"));
        update(insertCase("CS-000001", "'CLOSED'", "CURRENT_TIMESTAMP"));
        update(insertCase("CS-000002", "'PENDING'", "NULL"));
        assertEquals(List.of("CS-000001 CLOSED", "CS-000002 PENDING"),
                query("SELECT case_number || ' ' || status FROM support_case ORDER BY case_number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "status = 'DONE'",
            "priority = 'CRITICAL'",
            "origin = 'FAX'",
            "subject = '  '",
            "case_number = '000123'",
            "closed_at = TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00', status = 'CLOSED'"
    })
    void theCaseChecksRejectWhatTheEnumsDoNotKnow(String change) throws SQLException {
        update(insertCase("CS-000001", "'OPEN'", "NULL"));
        assertSqlState(CHECK_VIOLATED, "UPDATE support_case SET " + change);
    }

    @Test
    void caseNumbersComeFromTheSequenceAndAreUnique() throws SQLException {
        // The one spelling both databases take (PostgreSQL has no NEXT VALUE FOR).
        String next = "SELECT nextval('case_number_seq')";
        CaseNumber first = CaseNumber.of(Long.parseLong(query(next).get(0)));
        CaseNumber second = CaseNumber.of(Long.parseLong(query(next).get(0)));
        assertEquals(List.of("CS-000001", "CS-000002"), List.of(first.toString(), second.toString()));

        update(insertCase(first.toString(), "'OPEN'", "NULL"));
        assertSqlState(UNIQUE_VIOLATED, insertCase(first.toString(), "'OPEN'", "NULL"));
    }

    @Test
    void aNoteIsAboutSomething() throws SQLException {
        assertSqlState(CHECK_VIOLATED, "INSERT INTO note (text, created_at) VALUES ('hello', CURRENT_TIMESTAMP)");
        assertSqlState(PARENT_MISSING_H2,
                "INSERT INTO note (text, created_at, case_id) VALUES ('hello', CURRENT_TIMESTAMP, 999)");
        update("INSERT INTO account (id, name) VALUES (5, 'Nordwind')");
        update("INSERT INTO note (text, created_at, account_id) VALUES ('hello', CURRENT_TIMESTAMP, 5)");
        assertEquals(List.of("1"), query("SELECT tenant_id FROM note"));
    }

    @Test
    void aFinishedWrapUpHasADispositionAndATime() throws SQLException {
        update("INSERT INTO call_record (pbx_id, linked_id, direction, outcome)"
                + " VALUES ('pbx1', '1700000000.1', 'INBOUND', 'ANSWERED')");
        assertEquals(List.of("NONE 0"), query("SELECT wrap_up_state || ' ' || wrap_up_version FROM call_record"));

        update("UPDATE call_record SET wrap_up_state = 'DRAFT', wrap_up_notes = 'half'");
        assertSqlState(CHECK_VIOLATED, "UPDATE call_record SET wrap_up_state = 'DONE'");
        assertSqlState(CHECK_VIOLATED,
                "UPDATE call_record SET wrap_up_state = 'DONE', wrapped_up_at = CURRENT_TIMESTAMP");
        assertSqlState(CHECK_VIOLATED, "UPDATE call_record SET wrapped_up_at = CURRENT_TIMESTAMP");
        assertSqlState(CHECK_VIOLATED, "UPDATE call_record SET wrap_up_state = 'FINISHED'");
        update("UPDATE call_record SET wrap_up_state = 'DONE', disposition_code = 'resolved',"
                + " wrapped_up_at = CURRENT_TIMESTAMP");
    }

    @Test
    void anEmailAppearsOncePerContact() throws SQLException {
        update("INSERT INTO contact (id, last_name, created_at) VALUES (1, 'Meier', CURRENT_TIMESTAMP)");
        update("INSERT INTO contact_email (contact_id, email, position) VALUES (1, 'a@example.com', 0)");
        update("INSERT INTO contact_email (contact_id, email, position) VALUES (1, 'b@example.com', 1)");
        assertSqlState(UNIQUE_VIOLATED,
                "INSERT INTO contact_email (contact_id, email, position) VALUES (1, 'a@example.com', 2)");
    }

    private static String insertCase(String number, String status, String closedAt) {
        return "INSERT INTO support_case (case_number, subject, status, origin, opened_at, closed_at) VALUES ('"
                + number + "', 'Invoice', " + status + ", 'PHONE', TIMESTAMP WITH TIME ZONE"
                + " '2020-01-01 00:00:00+00', " + closedAt + ")";
    }

    private void update(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private void assertSqlState(String expected, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> update(sql), sql);
        assertEquals(expected, e.getSQLState(), e.getMessage());
    }
}
