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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.switchboard.casework.CaseOrigin;
import org.switchboard.casework.CasePriority;
import org.switchboard.casework.CaseService;
import org.switchboard.casework.CaseStatus;
import org.switchboard.casework.CaseView;

/**
 * Cases for other CRMs and the console: {@code GET cases?accountId=|contactId=[&closed=true]},
 * {@code GET cases/{number}}, {@code POST cases} (form: subject, description, priority, origin, contactId,
 * accountId), {@code PUT cases/{number}} (form: version as read, and what changes: subject, description,
 * priority, status). A stale version answers 409 with a message; an unknown number 404.
 */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
@RolesAllowed({"agent", "supervisor", "admin"})
public class CasesResource {

    @EJB
    CaseService cases;

    @EJB
    org.switchboard.casework.WrapUpService wrapUps;

    @GET
    public List<CaseView> list(@QueryParam("accountId") Long accountId, @QueryParam("contactId") Long contactId,
            @QueryParam("closed") boolean closed) {
        if (accountId != null) {
            return cases.ofAccount(accountId, closed);
        }
        if (contactId != null) {
            return cases.ofContact(contactId, closed);
        }
        throw new BadRequestException("give accountId or contactId");
    }

    /** The tenant's wrap-up dispositions (codes and labels), in display order. */
    @GET
    @Path("dispositions")
    public List<org.switchboard.casework.Disposition> dispositions() {
        return wrapUps.dispositions();
    }

    @GET
    @Path("{number}")
    public CaseView get(@PathParam("number") String number) {
        return cases.get(number);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public CaseView open(@FormParam("subject") String subject, @FormParam("description") String description,
            @FormParam("priority") String priority, @FormParam("origin") String origin,
            @FormParam("contactId") Long contactId, @FormParam("accountId") Long accountId) {
        return cases.open(subject, description, parse(CasePriority.class, priority), parse(CaseOrigin.class, origin),
                contactId, accountId);
    }

    @PUT
    @Path("{number}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public CaseView change(@PathParam("number") String number, @FormParam("version") Long version,
            @FormParam("subject") String subject, @FormParam("description") String description,
            @FormParam("priority") String priority, @FormParam("status") String status) {
        if (version == null) {
            throw new BadRequestException("give the version you read (optimistic locking)");
        }
        return cases.change(number, version, subject, description, parse(CasePriority.class, priority),
                parse(CaseStatus.class, status));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown " + type.getSimpleName() + " '" + value + "'");
        }
    }
}
