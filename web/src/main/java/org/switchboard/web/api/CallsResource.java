package org.switchboard.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.switchboard.call.CallHistory;
import org.switchboard.call.CallSummary;

/** Call records as JSON. Access rules live in {@link CallHistory}; this class only maps HTTP. */
@Path("calls")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
public class CallsResource {

    @EJB
    CallHistory history;

    /** Supervisors: by PBX Linkedid, by caller number, or the latest calls. */
    @GET
    @RolesAllowed({"supervisor", "admin"})
    public List<CallSummary> find(@QueryParam("linkedId") String linkedId, @QueryParam("caller") String caller,
            @QueryParam("limit") Integer limit) {
        if (linkedId != null) {
            return history.byLinkedId(linkedId);
        }
        if (caller != null) {
            return history.byCaller(caller);
        }
        return history.recent(limit == null ? 50 : limit);
    }

    @GET
    @Path("mine")
    @RolesAllowed("agent")
    public List<CallSummary> mine(@QueryParam("limit") Integer limit) {
        return history.mine(limit == null ? 20 : limit);
    }

    @GET
    @Path("{id:[0-9]+}")
    @RolesAllowed({"agent", "supervisor", "admin"})
    public CallSummary one(@PathParam("id") long id) {
        return history.one(id).orElseThrow(NotFoundException::new);
    }
}
