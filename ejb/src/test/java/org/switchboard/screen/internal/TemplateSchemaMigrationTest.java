package org.switchboard.screen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** V6 on an in-memory H2: one number per (tenant, scope), the scope matches the group, the CHECKs hold. */
class TemplateSchemaMigrationTest {

    private static final String CHECK_VIOLATED = "23513";
    private static final String UNIQUE_VIOLATED = "23505";
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private Connection db;

    @BeforeEach
    void migrate() throws SQLException {
        String url = "jdbc:h2:mem:templates-" + UUID.randomUUID();
        db = DriverManager.getConnection(url, "sa", "");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        update("INSERT INTO agent_group (name) VALUES ('remote')");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        db.close();
    }

    @Test
    void tenantAndGroupTemplatesNumberTheirVersionsSeparately() throws SQLException {
        update(insert("NULL", "''", 1, "NULL"));
        update(insert("'remote'", "'remote'", 1, "NULL"));
        update(insert("NULL", "''", 2, "1"));
        assertEquals(UNIQUE_VIOLATED, failure(insert("NULL", "''", 2, "NULL")), "same tenant version twice");
        assertEquals(UNIQUE_VIOLATED, failure(insert("'remote'", "'remote'", 1, "NULL")));
    }

    @Test
    void scopeMustMatchTheGroupAndNumbersMakeSense() throws SQLException {
        assertEquals(CHECK_VIOLATED, failure(insert("NULL", "'remote'", 1, "NULL")));
        assertEquals(CHECK_VIOLATED, failure(insert("'remote'", "''", 1, "NULL")));
        assertEquals(CHECK_VIOLATED, failure(insert("NULL", "''", 0, "NULL")));
        assertEquals(CHECK_VIOLATED, failure(insert("NULL", "''", 3, "3")), "a revert restores an earlier one");
    }

    private static String insert(String group, String scope, int number, String revertedTo) {
        return "INSERT INTO screen_template_version (tenant_id, group_name, scope, version_number, template_json,"
                + " author, saved_at, reverted_to) VALUES (1, " + group + ", " + scope + ", " + number
                + ", '{}', 'admin1', CURRENT_TIMESTAMP, " + revertedTo + ")";
    }

    private void update(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private String failure(String sql) {
        return assertThrows(SQLException.class, () -> update(sql)).getSQLState();
    }
}
