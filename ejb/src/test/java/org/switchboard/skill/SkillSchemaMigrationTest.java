package org.switchboard.skill;

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
import org.junit.jupiter.api.Test;

/**
 * V8 (skills per tenant), V9 (dialling policy) and the demo's V1003 on H2: a fresh demo database, and a
 * database from before V8 where two tenants used one skill name.
 */
class SkillSchemaMigrationTest {

    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private final String url = "jdbc:h2:mem:skills-" + UUID.randomUUID();
    private Connection db;

    @AfterEach
    void dropDatabase() throws SQLException {
        db.close();
    }

    private Flyway flyway(String target, String... locations) throws SQLException {
        if (db == null) {
            db = DriverManager.getConnection(url, "sa", "");
        }
        return Flyway.configure().dataSource(url, "sa", "").locations(locations).target(target).outOfOrder(true)
                .load();
    }

    @Test
    void aFreshDemoDatabaseHasEachTenantsSkillsInItsTenant() throws SQLException {
        flyway("latest", "classpath:db/migration", "classpath:db/demo").migrate();

        assertEquals(List.of("1 english", "1 german", "1 sales", "1 support", "2 travel"),
                query("SELECT tenant_id || ' ' || name FROM skill ORDER BY tenant_id, name"));
        assertEquals(List.of("agent4 2 travel"), query("SELECT username || ' ' || tenant_id || ' ' || skill "
                + "FROM agent_skill WHERE username = 'agent4'"));
        assertEquals(List.of("sales 1", "support 1", "travel 2"),
                query("SELECT queue_name || ' ' || tenant_id FROM queue_skill ORDER BY queue_name"));
        assertEquals(List.of("1 AT,CH,DE PREMIUM_RATE,SHARED_COST", "2 AT,CH,DE PREMIUM_RATE,SHARED_COST"),
                query("SELECT tenant_id || ' ' || allowed_countries || ' ' || blocked_types FROM dialling_policy "
                        + "ORDER BY tenant_id"));
        assertEquals(List.of("remote"), query("SELECT group_name FROM supervisor_group WHERE username = "
                + "'supervisor3'"));
    }

    @Test
    void oneNameUsedByTwoTenantsBeforeV8BecomesTwoSkills() throws SQLException {
        flyway("7", "classpath:db/migration").migrate();
        update("INSERT INTO tenant (id, name) VALUES (2, 'second')");
        update("INSERT INTO agent_group (name, tenant_id) VALUES ('g2', 2)");
        for (String[] user : new String[][] {{"ann", "1", "default"}, {"bob", "2", "g2"}}) {
            update("INSERT INTO app_user (username, password_hash, display_name, enabled, tenant_id) VALUES ('"
                    + user[0] + "', 'x', '" + user[0] + "', TRUE, " + user[1] + ")");
            update("INSERT INTO agent (username, queues, state, group_name) VALUES ('" + user[0] + "', '', "
                    + "'OFFLINE', '" + user[2] + "')");
        }
        update("INSERT INTO pbx_queue (name, tenant_id) VALUES ('en-one', 1)");
        update("INSERT INTO pbx_queue (name, tenant_id) VALUES ('en-two', 2)");
        update("INSERT INTO skill (name) VALUES ('english')");
        update("INSERT INTO skill (name) VALUES ('unused')");
        update("INSERT INTO agent_skill (username, skill, proficiency) VALUES ('ann', 'english', 5)");
        update("INSERT INTO agent_skill (username, skill, proficiency) VALUES ('bob', 'english', 3)");
        update("INSERT INTO queue_skill (queue_name, skill, min_proficiency) VALUES ('en-one', 'english', 1)");
        update("INSERT INTO queue_skill (queue_name, skill, min_proficiency) VALUES ('en-two', 'english', 2)");

        flyway("9", "classpath:db/migration").migrate();

        assertEquals(List.of("1 english", "1 unused", "2 english"),
                query("SELECT tenant_id || ' ' || name FROM skill ORDER BY tenant_id, name"));
        assertEquals(List.of("ann 1 english 5", "bob 2 english 3"), query("SELECT username || ' ' || tenant_id "
                + "|| ' ' || skill || ' ' || proficiency FROM agent_skill ORDER BY username"));
        assertEquals(List.of("en-one 1 english 1", "en-two 2 english 2"), query("SELECT queue_name || ' ' "
                + "|| tenant_id || ' ' || skill || ' ' || min_proficiency FROM queue_skill ORDER BY queue_name"));
        assertEquals(List.of("1", "2"), query("SELECT tenant_id FROM dialling_policy ORDER BY tenant_id"));
        // A skill of a tenant that does not have it is refused by the keys, not only by the code.
        assertThrows(SQLException.class, () -> update("INSERT INTO agent_skill (username, tenant_id, skill, "
                + "proficiency) VALUES ('bob', 2, 'unused', 1)"));
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
}
