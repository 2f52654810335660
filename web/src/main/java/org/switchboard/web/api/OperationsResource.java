package org.switchboard.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.switchboard.operations.ConnectorSummary;
import org.switchboard.operations.DeadLetterSummary;
import org.switchboard.operations.OperationsNotVisibleException;
import org.switchboard.operations.OperationsService;

/**
 * For the installation's administrators (admins of the default tenant; others get 404): the dead-letter
 * queue's count and the PBX connectors' buffers. Read-only; re-driving dead letters is a server operation
 * ({@code wildfly-config/redrive-dead-letters.cli}).
 */
@Path("operations")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
@RolesAllowed("admin")
public class OperationsResource {

    @EJB
    OperationsService operations;

    /** GET /api/operations/dead-letters: {@code {"count": 3, "atLeast": false, "oldest": "2026-…Z"}}. */
    @GET
    @Path("dead-letters")
    public JsonObject deadLetters() {
        DeadLetterSummary summary;
        try {
            summary = operations.deadLetters();
        } catch (OperationsNotVisibleException e) {
            throw new NotFoundException();
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("queue", "SwitchboardDeadLetters")
                .add("count", summary.count()).add("atLeast", summary.atLeast());
        if (summary.oldest() != null) {
            json.add("oldest", summary.oldest().toString());
        }
        return json.build();
    }

    /** GET /api/operations/connectors: each running PBX connector's buffer and drops (its MBean's attributes). */
    @GET
    @Path("connectors")
    public JsonObject connectors() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        try {
            for (ConnectorSummary c : operations.connectors()) {
                list.add(Json.createObjectBuilder().add("pbxId", c.pbxId()).add("connected", c.connected())
                        .add("accepted", c.accepted()).add("published", c.published()).add("refused", c.refused())
                        .add("refusedBytes", c.refusedBytes()).add("buffered", c.buffered())
                        .add("bufferedBytes", c.bufferedBytes()).add("capacityBytes", c.capacityBytes())
                        .add("peakBytes", c.peakBytes()).add("fillPercent", c.fillPercent())
                        .add("resyncsRequested", c.resyncsRequested()));
            }
        } catch (OperationsNotVisibleException e) {
            throw new NotFoundException();
        }
        return Json.createObjectBuilder().add("connectors", list).build();
    }
}
