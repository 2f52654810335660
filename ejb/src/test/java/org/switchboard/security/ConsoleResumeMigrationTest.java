package org.switchboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** V16 on an in-memory H2: what a console resume row may hold (SQLSTATEs as in PostgreSQL). */
class ConsoleResumeMigrationTest {

    private static final String CHECK_VIOLATED = "23513";
    private static final String UNIQUE_VIOLATED = "23505";

    static {
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
    }

    private Connection db;

    @BeforeEach
    void migrate() throws SQLException {
        String url = "jdbc:h2:mem:resume-" + UUID.randomUUID();
        db = DriverManager.getConnection(url, "sa", "");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("16").load()
                .migrate();
        run("INSERT INTO app_user (username, password_hash, display_name) VALUES ('agent1', 'x', 'Agent One')");
    }

    @AfterEach
    void drop() throws SQLException {
        db.close();
    }

    @Test
    void aSecretIsStoredOnlyAsAUniqueSha256ThatEndsAfterItBegins() throws SQLException {
        String hash = "a".repeat(64);
        run(resume(hash, "TIMESTAMP '2026-12-07 20:00:00+00'"));
        assertEquals(UNIQUE_VIOLATED, state(resume(hash, "TIMESTAMP '2026-12-07 20:00:00+00'")));
        assertEquals(CHECK_VIOLATED, state(resume("b".repeat(40), "TIMESTAMP '2026-12-07 20:00:00+00'")));
        assertEquals(CHECK_VIOLATED, state(resume("c".repeat(64), "TIMESTAMP '2026-12-07 08:00:00+00'")));
        run("DELETE FROM app_user WHERE username = 'agent1'");
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM console_resume")) {
            r.next();
            assertEquals(0, r.getInt(1), "a user's secrets go with the user");
        }
    }

    @Test
    void theNightlyCleanUpRemovesRevokedAndRunOutSecretsOnly() throws SQLException {
        run(resume("a".repeat(64), "TIMESTAMP '2026-12-07 20:00:00+00'")); // still valid at 12:00
        run(resume("b".repeat(64), "TIMESTAMP '2026-12-07 11:00:00+00'")); // ran out
        run(resume("c".repeat(64), "TIMESTAMP '2026-12-07 20:00:00+00'"));
        run("UPDATE console_resume SET revoked_at = TIMESTAMP '2026-12-07 09:00:00+00' WHERE secret_hash = '"
                + "c".repeat(64) + "'");
        try (PreparedStatement forget = db.prepareStatement(LoginRecords.FORGET_ENDED_RESUMES)) {
            forget.setTimestamp(1, Timestamp.from(Instant.parse("2026-12-07T12:00:00Z")));
            assertEquals(2, forget.executeUpdate());
        }
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT secret_hash FROM console_resume")) {
            r.next();
            assertEquals("a".repeat(64), r.getString(1));
            assertEquals(false, r.next());
        }
    }

    private static String resume(String hash, String expires) {
        return "INSERT INTO console_resume (username, secret_hash, created_at, expires_at) VALUES ('agent1', '"
                + hash + "', TIMESTAMP '2026-12-07 08:00:00+00', " + expires + ")";
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
