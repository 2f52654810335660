package org.switchboard.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.switchboard.agent.AgentService;
import org.switchboard.agent.AgentView;

/**
 * The calling agent's own state, for softphones and CTI clients that are not the console. An agent can only
 * act on themselves: there is no username in these paths.
 */
@Path("agents")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
public class AgentsResource {

    @EJB
    AgentService agents;

    @GET
    @RolesAllowed({"supervisor", "admin"})
    public List<AgentView> all() {
        return agents.all();
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
    public AgentView signIn(@FormParam("extension") String extension) {
        return agents.signIn(extension);
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
