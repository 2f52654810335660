package org.switchboard.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.switchboard.contact.PhoneNumbers;
import org.switchboard.infrastructure.persistence.NativeQueries;
import org.switchboard.tenant.TenantDirectory;

/** The search box: contacts and cases of the caller's tenant, see {@link SearchQuery} and {@link Search}. */
@Stateless
@RolesAllowed({"agent", "supervisor", "admin"})
public class SearchService {

    @PersistenceContext
    EntityManager em;

    @EJB
    TenantDirectory tenants;

    /**
     * @param page from 0
     * @param size rows per page, 1 to {@value Search#MAX_PAGE_SIZE}
     */
    public SearchPage search(String text, int page, int size) {
        return new Search(this::rows).run(tenants.current(), SearchQuery.parse(text, PhoneNumbers.DEFAULT), page,
                size);
    }

    private List<Object[]> rows(String sql, List<Object> parameters) {
        return NativeQueries.rows(em, sql, parameters);
    }
}
