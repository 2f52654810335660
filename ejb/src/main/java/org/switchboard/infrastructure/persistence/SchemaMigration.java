package org.switchboard.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Brings the database schema up to date with Flyway before anything else uses it. With
 * {@code -Dswitchboard.demo=true} it also loads the demo data set (users, agents, contacts).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@PermitAll // runs without a caller; the security domain denies unlisted methods
public class SchemaMigration {

    public static final String DATASOURCE = "java:jboss/datasources/SwitchboardDS";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        boolean demo = Boolean.getBoolean("switchboard.demo");
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demo) {
            locations.add("classpath:db/demo");
        }
        if (isPostgreSql()) {
            locations.add("classpath:db/postgresql"); // tuning PostgreSQL needs on top of the portable schema
        }
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .outOfOrder(demo) // demo data is numbered high; later schema versions still apply after it
                .load();
        MigrateResult result = flyway.migrate();
        var current = flyway.info().current();
        LOG.infof("SWB-DB-001: schema at version %s (%d migrations applied now%s)",
                current == null ? "none" : current.getVersion(), result.migrationsExecuted,
                demo ? ", demo data enabled" : "");
        try {
            int keyed = SearchKeyBackfill.run(dataSource);
            if (keyed > 0) {
                LOG.infof("SWB-DB-002: search keys filled in for %d rows written without them", keyed);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("search keys could not be filled in", e);
        }
    }

    private boolean isPostgreSql() {
        try (var db = dataSource.getConnection()) {
            return db.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("database not reachable", e);
        }
    }

    /**
     * For timers that may fire while the deployment starts: a call waits until the migration above is done
     * (the container does not hand out a singleton before its initialisation has finished).
     */
    public boolean isReady() {
        return true;
    }
}
