package org.switchboard.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.switchboard.security.NewToken;
import org.switchboard.security.TokenService;
import org.switchboard.security.TokenSummary;

/**
 * API tokens for integrations, sent as {@code Authorization: Bearer <token>}: every user makes, lists and revokes
 * their own; an administrator also those of a user of their tenant ({@code user=}). The token itself is in the
 * answer to POST only; lists show the name, who made it, when it was last used and whether it is revoked.
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
@RolesAllowed({"agent", "supervisor", "admin"})
public class TokensResource {

    @EJB
    TokenService tokens;

    @GET
    public JsonObject list(@QueryParam("user") String user) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        tokens.list(user).forEach(t -> list.add(json(t)));
        return Json.createObjectBuilder().add("tokens", list).build();
    }

    /** Form fields {@code name} (1-64 characters) and, for administrators, {@code user}. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public JsonObject create(@FormParam("name") String name, @FormParam("user") String user) {
        NewToken made = tokens.create(user, name);
        return json(made.summary()).add("token", made.token()).build();
    }

    @DELETE
    @Path("{id}")
    public JsonObject revoke(@PathParam("id") long id) {
        return json(tokens.revoke(id)).build();
    }

    static JsonObjectBuilder json(TokenSummary t) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", t.id()).add("user", t.username())
                .add("name", t.name()).add("createdAt", t.createdAt().toString()).add("createdBy", t.createdBy());
        time(o, "lastUsedAt", t.lastUsedAt());
        time(o, "revokedAt", t.revokedAt());
        return o.add("active", t.revokedAt() == null);
    }

    private static void time(JsonObjectBuilder o, String key, Instant value) {
        if (value == null) {
            o.addNull(key);
        } else {
            o.add(key, value.toString());
        }
    }
}
