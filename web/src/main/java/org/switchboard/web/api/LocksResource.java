package org.switchboard.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.switchboard.security.LockService;
import org.switchboard.security.LockSummary;

/**
 * Login locks for administrators: {@code GET security/locks} lists their tenant's users with failed logins
 * counted or a lock, {@code DELETE security/locks/{username}} lifts a lock (another tenant's user is 404).
 */
@Path("security/locks")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
@RolesAllowed("admin")
public class LocksResource {

    @EJB
    LockService locks;

    @GET
    public JsonObject list() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (LockSummary l : locks.list()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("user", l.username())
                    .add("failedLogins", l.failedLogins()).add("locked", l.locked());
            if (l.lastFailedLogin() != null) {
                o.add("lastFailedLogin", l.lastFailedLogin().toString());
            }
            if (l.lockedUntil() != null) {
                o.add("lockedUntil", l.lockedUntil().toString());
            }
            list.add(o);
        }
        return Json.createObjectBuilder().add("users", list).build();
    }

    @DELETE
    @Path("{username}")
    public JsonObject unlock(@PathParam("username") String username) {
        locks.unlock(username);
        return Json.createObjectBuilder().add("user", username).add("locked", false).build();
    }
}
