package org.switchboard.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.switchboard.agent.AgentService;
import org.switchboard.agent.AgentView;
import org.switchboard.agent.SupervisorService;

/**
 * Agents' state. Under {@code me/} the calling agent acts on themselves (softphones, CTI clients that are not
 * the console): there is no username in those paths. Under {@code {username}/} supervisors act on agents of
 * their groups, checked on the server.
 */
@Path("agents")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
public class AgentsResource {

    @EJB
    AgentService agents;

    @EJB
    SupervisorService supervisor;

    /** Every agent of the caller's groups (all groups for an administrator), with state and time in state. */
    @GET
    @RolesAllowed({"supervisor", "admin"})
    public List<AgentView> all() {
        return supervisor.agents();
    }

    /** A supervisor sets an agent of their groups not ready (reason from the list). */
    @POST
    @Path("{username}/not-ready")
    @RolesAllowed({"supervisor", "admin"})
    public AgentView setNotReady(@PathParam("username") String username, @FormParam("reason") String reason) {
        return supervisor.setNotReady(username, reason);
    }

    /** A supervisor signs an agent of their groups out (removed from every queue). */
    @POST
    @Path("{username}/sign-out")
    @RolesAllowed({"supervisor", "admin"})
    public AgentView signOutAgent(@PathParam("username") String username) {
        return supervisor.signOut(username);
    }

    /** Presence from a UC system for any agent: available, away, busy, do-not-disturb. */
    @PUT
    @Path("{username}/presence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("admin")
    public AgentView presence(@PathParam("username") String username, @FormParam("presence") String presence) {
        return supervisor.ucPresence(username, presence);
    }

    @GET
    @Path("not-ready-reasons")
    @RolesAllowed({"agent", "supervisor", "admin"})
    public List<String> reasons() {
        return agents.reasons();
    }

    @GET
    @Path("me")
    @RolesAllowed("agent")
    public AgentView me() {
        return agents.me();
    }

    @POST
    @Path("me/sign-in")
    @RolesAllowed("agent")
    public AgentView signIn(@FormParam("phone") String phone, @FormParam("extension") String extension,
            @FormParam("nailedUp") boolean nailedUp) {
        return agents.signIn(phone != null ? phone : extension, nailedUp); // "extension": the form before phones
    }

    @POST
    @Path("me/ready")
    @RolesAllowed("agent")
    public AgentView ready() {
        return agents.ready();
    }

    @POST
    @Path("me/not-ready")
    @RolesAllowed("agent")
    public AgentView notReady(@FormParam("reason") String reason) {
        return agents.notReady(reason);
    }

    /** The console's heartbeat: an agent whose console stops it is signed out after the group's grace period. */
    @POST
    @Path("me/console-alive")
    @RolesAllowed("agent")
    public void consoleAlive() {
        agents.consoleAlive();
    }

    @POST
    @Path("me/end-wrap-up")
    @RolesAllowed("agent")
    public AgentView endWrapUp() {
        return agents.endWrapUp();
    }

    /** My UC presence, as a UC client acting for me sends it: available, away, busy, do-not-disturb. */
    @PUT
    @Path("me/presence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("agent")
    public AgentView myPresence(@FormParam("presence") String presence) {
        return agents.ucPresence(presence);
    }

    /** Click-to-dial: the PBX rings my phone, then the number. Answers with the Originate's action id. */
    @POST
    @Path("me/dial")
    @RolesAllowed("agent")
    public jakarta.json.JsonObject dial(@FormParam("number") String number) {
        return jakarta.json.Json.createObjectBuilder().add("actionId", agents.dial(number)).build();
    }

    @POST
    @Path("me/sign-out")
    @RolesAllowed("agent")
    public AgentView signOut() {
        return agents.signOut();
    }
}
