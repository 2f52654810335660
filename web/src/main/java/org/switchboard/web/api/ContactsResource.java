package org.switchboard.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.switchboard.contact.ContactDirectory;
import org.switchboard.contact.ContactInput;
import org.switchboard.contact.ContactMatch;
import org.switchboard.contact.ContactRecord;
import org.switchboard.contact.ContactService;
import org.switchboard.history.HistoryEntry;
import org.switchboard.history.HistoryService;

/**
 * Contacts of the caller's tenant, for other CRMs and the console:
 * {@code GET contacts?number=} (lookup by number in any format, as the screen pop does),
 * {@code GET contacts/{id}}, {@code POST contacts} and {@code PUT contacts/{id}} (JSON: firstName, lastName,
 * emails [primary first], phones [{number, label}], preferredLanguage, accountId; a change also the version it
 * read, and gives only what changes), {@code GET contacts/{id}/history}. Another tenant's contact is 404, a
 * stale version 409, bad input 400 with a message.
 */
@Path("contacts")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
@RolesAllowed({"agent", "supervisor", "admin"})
public class ContactsResource {

    @EJB
    ContactDirectory contacts;

    @EJB
    ContactService records;

    @EJB
    HistoryService history;

    @GET
    public List<ContactMatch> byNumber(@QueryParam("number") String number) {
        if (number == null || number.isBlank()) {
            throw new BadRequestException("give a number (or use /api/search?q=)");
        }
        return contacts.findByNumber(number);
    }

    @GET
    @Path("{id}")
    public ContactRecord get(@PathParam("id") long id) {
        return records.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ContactRecord create(ContactInput input) {
        return records.create(input);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContactRecord change(@PathParam("id") long id, ContactInput input) {
        return records.change(id, input);
    }

    /** Calls, case events and notes, newest first. */
    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return history.ofContact(id);
    }
}
