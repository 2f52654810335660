package org.switchboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** V14 on an in-memory H2: what a lock and a token row may hold (SQLSTATEs as in PostgreSQL). */
class LoginSchemaMigrationTest {

    private static final String CHECK_VIOLATED = "23513";
    private static final String UNIQUE_VIOLATED = "23505";
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private Connection db;

    @BeforeEach
    void migrate() throws SQLException {
        String url = "jdbc:h2:mem:logins-" + UUID.randomUUID();
        db = DriverManager.getConnection(url, "sa", "");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("14").load()
                .migrate();
        run("INSERT INTO app_user (username, password_hash, display_name) VALUES ('agent1', 'x', 'Agent One')");
    }

    @AfterEach
    void drop() throws SQLException {
        db.close();
    }

    @Test
    void aUserStartsWithoutFailuresOrLock() throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT failed_logins, locked_until FROM app_user")) {
            r.next();
            assertEquals(0, r.getInt(1));
            assertEquals(null, r.getObject(2));
        }
        assertEquals(CHECK_VIOLATED, state("UPDATE app_user SET failed_logins = -1"));
    }

    @Test
    void aTokenIsStoredOnlyAsAUniqueSha256WithAName() throws SQLException {
        String hash = "a".repeat(64);
        run(token("CRM", hash));
        assertEquals(UNIQUE_VIOLATED, state(token("again", hash)));
        assertEquals(CHECK_VIOLATED, state(token("short", "b".repeat(40))));
        assertEquals(CHECK_VIOLATED, state(token("  ", "c".repeat(64))));
        run("DELETE FROM app_user WHERE username = 'agent1'");
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM api_token")) {
            r.next();
            assertEquals(0, r.getInt(1), "a user's tokens go with the user");
        }
    }

    private static String token(String name, String hash) {
        return "INSERT INTO api_token (username, name, token_hash, created_at, created_by) VALUES ('agent1', '"
                + name + "', '" + hash + "', CURRENT_TIMESTAMP, 'agent1')";
    }

    private void run(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private String state(String sql) {
        return assertThrows(SQLException.class, () -> run(sql)).getSQLState();
    }
}
