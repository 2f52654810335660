package org.switchboard.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.switchboard.casework.WrapUpService;
import org.switchboard.casework.WrapUpView;

/**
 * A call's wrap-up: {@code GET calls/{id}/wrap-up}, {@code PUT calls/{id}/wrap-up} (a draft; form: version,
 * notes, disposition, caseNumber), {@code POST calls/{id}/wrap-up/finish} (same form; a disposition from
 * {@code GET cases/dispositions} is required). Only the call's agent or a supervisor; a stale version answers 409.
 */
@Path("calls/{id:[0-9]+}/wrap-up")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
@RolesAllowed({"agent", "supervisor"})
public class WrapUpResource {

    @EJB
    WrapUpService wrapUps;

    @GET
    public WrapUpView get(@PathParam("id") long callId) {
        return wrapUps.get(callId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public WrapUpView saveDraft(@PathParam("id") long callId, @FormParam("version") Long version,
            @FormParam("notes") String notes, @FormParam("disposition") String disposition,
            @FormParam("caseNumber") String caseNumber) {
        return wrapUps.saveDraft(callId, required(version), notes, disposition, caseNumber);
    }

    @POST
    @Path("finish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public WrapUpView finish(@PathParam("id") long callId, @FormParam("version") Long version,
            @FormParam("notes") String notes, @FormParam("disposition") String disposition,
            @FormParam("caseNumber") String caseNumber) {
        return wrapUps.finish(callId, required(version), notes, disposition, caseNumber);
    }

    private static long required(Long version) {
        if (version == null) {
            throw new BadRequestException("give the version you read (optimistic locking)");
        }
        return version;
    }
}
