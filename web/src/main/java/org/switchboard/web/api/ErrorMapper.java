package org.switchboard.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.switchboard.agent.AgentException;

/**
 * Clear JSON errors: 409 for an agent action that cannot be done, 403 for a role that may not do it, 400 for
 * input that is wrong, including input only the database noticed was too long or invalid ({@link DataErrors}).
 */
@Provider
public class ErrorMapper implements ExceptionMapper<RuntimeException> {

    @Override
    public Response toResponse(RuntimeException e) {
        java.util.Optional<String> dataError = DataErrors.message(e);
        if (dataError.isPresent()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(Json.createObjectBuilder().add("error", dataError.get()).build().toString()).build();
        }
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof AgentException)
                && !(cause instanceof org.switchboard.casework.CaseException)
                && !(cause instanceof org.switchboard.contact.RecordNotFoundException)
                && !(cause instanceof org.switchboard.contact.RecordChangedException)
                && !(cause instanceof jakarta.persistence.OptimisticLockException)
                && !(cause instanceof jakarta.ws.rs.WebApplicationException)
                && !(cause instanceof EJBAccessException) && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        if (cause instanceof jakarta.ws.rs.WebApplicationException web) {
            // thrown in a resource that is an EJB arrives wrapped in an EJBException
            return web.getResponse();
        }
        Response.Status status;
        if (cause instanceof org.switchboard.agent.AgentNotFoundException
                || cause instanceof org.switchboard.casework.CaseNotFoundException
                || cause instanceof org.switchboard.contact.RecordNotFoundException) {
            status = Response.Status.NOT_FOUND;
        } else if (cause instanceof AgentException || cause instanceof org.switchboard.casework.CaseException
                || cause instanceof org.switchboard.contact.RecordChangedException) {
            status = Response.Status.CONFLICT;
        } else if (cause instanceof jakarta.persistence.OptimisticLockException) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                    .entity(Json.createObjectBuilder().add("error", "Someone else changed this meanwhile; reload it "
                            + "and make your change again").build().toString()).build();
        } else if (cause instanceof EJBAccessException) {
            status = Response.Status.FORBIDDEN;
        } else if (cause instanceof IllegalArgumentException) {
            status = Response.Status.BAD_REQUEST;
        } else {
            return Response.serverError().type(MediaType.APPLICATION_JSON)
                    .entity(Json.createObjectBuilder().add("error", "internal error").build().toString()).build();
        }
        String message = cause.getMessage() == null ? status.getReasonPhrase() : cause.getMessage();
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("error", message).build().toString()).build();
    }
}
