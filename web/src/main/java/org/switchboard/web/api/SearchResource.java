package org.switchboard.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.switchboard.search.SearchPage;
import org.switchboard.search.SearchService;

/**
 * {@code GET search?q=&page=0&size=25}: contacts (name, number in any format or its last digits, e-mail) and
 * cases (number, subject) of the caller's tenant, one page, with the total and whether there is more.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
@RolesAllowed({"agent", "supervisor", "admin"})
public class SearchResource {

    @EJB
    SearchService search;

    @GET
    public SearchPage search(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw new org.switchboard.contact.InvalidInputException("page from 0, size from 1 to 100");
        }
        return search.search(q, page, size);
    }
}
