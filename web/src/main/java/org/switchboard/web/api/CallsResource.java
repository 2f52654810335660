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
import org.switchboard.call.RowWindow;

/** Call records as JSON. Access rules live in {@link CallHistory}; this class only maps HTTP. */
@Path("calls")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
public class CallsResource {

    @EJB
    CallHistory history;

    /**
     * Supervisors: by PBX Linkedid, by caller number, or the latest calls; the last two a page
     * at a time ({@code offset}, {@code limit}: 50 by default, at most {@link CallHistory#MAX_ROWS}).
     */
    @GET
    @RolesAllowed({"supervisor", "admin"})
    public List<CallSummary> find(@QueryParam("linkedId") String linkedId, @QueryParam("caller") String caller,
            @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset) {
        if (linkedId != null) {
            return history.byLinkedId(linkedId);
        }
        RowWindow rows = RowWindow.of(offset, limit, 50, CallHistory.MAX_ROWS);
        if (caller != null) {
            return history.byCaller(caller, rows);
        }
        return history.recent(rows);
    }

    /** Agents: their own calls, newest first, a page at a time (20 by default, at most 200). */
    @GET
    @Path("mine")
    @RolesAllowed("agent")
    public List<CallSummary> mine(@QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset) {
        return history.mine(RowWindow.of(offset, limit, 20, CallHistory.MAX_MINE));
    }

    @GET
    @Path("{id:[0-9]+}")
    @RolesAllowed({"agent", "supervisor", "admin"})
    public CallSummary one(@PathParam("id") long id) {
        return history.one(id).orElseThrow(NotFoundException::new);
    }
}
