package org.switchboard.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.switchboard.contact.AccountRecord;
import org.switchboard.contact.ContactService;
import org.switchboard.history.HistoryEntry;
import org.switchboard.history.HistoryService;

/**
 * Accounts of the caller's tenant: {@code GET accounts/{id}} (with its contacts), {@code GET accounts/{id}/history}
 * (calls with its contacts, case events and notes, newest first). Another tenant's account is 404.
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
@RolesAllowed({"agent", "supervisor", "admin"})
public class AccountsResource {

    @EJB
    ContactService records;

    @EJB
    HistoryService history;

    @GET
    @Path("{id}")
    public AccountRecord get(@PathParam("id") long id) {
        return records.account(id);
    }

    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return history.ofAccount(id);
    }
}
