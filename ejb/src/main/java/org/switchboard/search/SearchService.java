package org.switchboard.search;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.switchboard.contact.PhoneNumbers;
import org.switchboard.infrastructure.persistence.NativeQueries;
import org.switchboard.infrastructure.persistence.SchemaMigration;
import org.switchboard.tenant.TenantDirectory;

/** The search box: contacts and cases of the caller's tenant, see {@link SearchQuery} and {@link Search}. */
@Stateless
@RolesAllowed({"agent", "supervisor", "admin"})
public class SearchService {

    @PersistenceContext
    EntityManager em;

    @EJB
    TenantDirectory tenants;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    /** How the database at hand matches prefixes with its indexes; asked once. */
    private static volatile Search.PrefixMatch prefixes;

    /**
     * @param page from 0
     * @param size rows per page, 1 to {@value Search#MAX_PAGE_SIZE}
     */
    public SearchPage search(String text, int page, int size) {
        return new Search(this::rows, prefixes()).run(tenants.current(), SearchQuery.parse(text, PhoneNumbers.DEFAULT), page,
                size);
    }

    private Search.PrefixMatch prefixes() {
        Search.PrefixMatch known = prefixes;
        if (known == null) {
            try (Connection db = dataSource.getConnection()) {
                boolean postgres = db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                        .contains("postgres");
                known = postgres ? Search.PrefixMatch.LIKE : Search.PrefixMatch.RANGE;
                prefixes = known;
            } catch (SQLException e) {
                throw new IllegalStateException("database not reachable", e);
            }
        }
        return known;
    }

    private List<Object[]> rows(String sql, List<Object> parameters) {
        return NativeQueries.rows(em, sql, parameters);
    }
}
