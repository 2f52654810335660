package org.switchboard.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.switchboard.dialling.ApprovalNotFoundException;
import org.switchboard.dialling.DiallingPolicy;
import org.switchboard.dialling.DiallingPolicyService;

/**
 * Administrators: their tenant's dialling policy ({@code GET/PUT dialling/policy}, form: {@code allowedCountries}
 * ISO codes comma-separated, empty for any; {@code blockedTypes} libphonenumber type names such as
 * {@code PREMIUM_RATE,SHARED_COST}, empty for none; {@code approveExternalPhones} true or false; every field
 * required) and the external phones approved for their agents ({@code GET dialling/approved-phones},
 * {@code PUT|DELETE dialling/approved-phones/{username}/{number}}). Another tenant's agent answers 404.
 */
@Path("dialling")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
@RolesAllowed("admin")
public class DiallingResource {

    @EJB
    DiallingPolicyService dialling;

    @GET
    @Path("policy")
    public JsonObject policy() {
        return json(dialling.policy());
    }

    @PUT
    @Path("policy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public JsonObject setPolicy(@FormParam("allowedCountries") String countries,
            @FormParam("blockedTypes") String types, @FormParam("approveExternalPhones") String approve) {
        if (countries == null || types == null) {
            throw new IllegalArgumentException("Give allowedCountries and blockedTypes (either may be empty: any "
                    + "country, no type blocked); one is missing");
        }
        return json(dialling.setPolicy(countries, types, FormFields.yesNo("approveExternalPhones", approve)));
    }

    @GET
    @Path("approved-phones")
    public JsonObject approvals() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (DiallingPolicyService.Approval a : dialling.approvals()) {
            list.add(json(a));
        }
        return Json.createObjectBuilder().add("approvedPhones", list).build();
    }

    @PUT
    @Path("approved-phones/{username}/{number}")
    public Response approve(@PathParam("username") String username, @PathParam("number") String number) {
        return found(() -> Response.ok(json(dialling.approve(username, number))).build());
    }

    @DELETE
    @Path("approved-phones/{username}/{number}")
    public Response revoke(@PathParam("username") String username, @PathParam("number") String number) {
        return found(() -> {
            dialling.revoke(username, number);
            return Response.noContent().build();
        });
    }

    private static Response found(Supplier<Response> action) {
        try {
            return action.get();
        } catch (ApprovalNotFoundException e) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                    .entity(Json.createObjectBuilder().add("error", e.getMessage()).build().toString()).build();
        }
    }

    private static JsonObject json(DiallingPolicy p) {
        return Json.createObjectBuilder()
                .add("allowedCountries", Json.createArrayBuilder(p.allowedCountries().stream().sorted().toList()))
                .add("blockedTypes", Json.createArrayBuilder(p.blockedTypeNames()))
                .add("approveExternalPhones", p.approveExternalPhones()).build();
    }

    private static JsonObject json(DiallingPolicyService.Approval a) {
        return Json.createObjectBuilder().add("username", a.username()).add("number", a.number())
                .add("approvedBy", a.approvedBy()).add("approvedAt", a.approvedAt().toString()).build();
    }
}
