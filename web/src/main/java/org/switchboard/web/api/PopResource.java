package org.switchboard.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.switchboard.screen.ScreenPopService;

/**
 * The signed-in agent's screen pop as the desk shows it, for integrations that draw their own screen:
 * {@code GET pop} (204 when no call is offered), {@code POST pop/pick} (form: callId, contactId) to say which of
 * several contacts on the number calls.
 */
@Path("pop")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
@RolesAllowed("agent")
public class PopResource {

    @EJB
    ScreenPopService pops;

    @GET
    public Response current() {
        return pops.current().map(pop -> Response.ok(pop)).orElseGet(Response::noContent).build();
    }

    @POST
    @Path("pick")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pick(@FormParam("callId") String callId, @FormParam("contactId") String contactId) {
        pops.pick(FormFields.id("callId", callId), FormFields.id("contactId", contactId));
        return current();
    }
}
