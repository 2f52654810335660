package org.switchboard.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.switchboard.contact.ContactDirectory;
import org.switchboard.contact.ContactMatch;

/** Lookup by phone number, in any format, for integrations (and the same lookup the screen pop uses). */
@Path("contacts")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
public class ContactsResource {

    @EJB
    ContactDirectory contacts;

    @GET
    @RolesAllowed({"agent", "supervisor", "admin"})
    public List<ContactMatch> byNumber(@QueryParam("number") String number) {
        return contacts.findByNumber(number);
    }
}
