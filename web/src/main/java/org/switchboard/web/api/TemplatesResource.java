package org.switchboard.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.function.Supplier;
import org.switchboard.screen.ScreenTemplates;
import org.switchboard.screen.TemplateConflictException;
import org.switchboard.screen.TemplateRejectedException;
import org.switchboard.screen.TemplateScopeNotFoundException;
import org.switchboard.screen.template.ScreenTemplate;
import org.switchboard.screen.template.TemplateCodec;
import org.switchboard.screen.template.TemplateHistory;
import org.switchboard.screen.template.TemplateResolver;
import org.switchboard.screen.template.TemplateVersion;

/**
 * Screen templates of the administrator's tenant, for import, export and automation. {@code group} names one of
 * the tenant's agent groups; without it, the tenant's own template.
 *
 * <ul>
 * <li>{@code GET templates[?group=]}: the template in effect (and whose it is: GROUP, TENANT or DEFAULT), the
 * current version number (0: never saved) and the kept versions.</li>
 * <li>{@code PUT templates?[group=&]basedOn=N} with the template as JSON: saves it as the next version. 400 with
 * every problem ({@code problems}) when it is not valid; 409 when N is not the current version.</li>
 * <li>{@code POST templates/revert?[group=&]number=V&basedOn=N}: makes version V current again, as a new one.</li>
 * </ul>
 * Another tenant's group answers 404; agents and supervisors 403.
 */
@Path("templates")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
@RolesAllowed("admin")
public class TemplatesResource {

    @EJB
    ScreenTemplates templates;

    @GET
    public Response get(@QueryParam("group") String group) {
        return answer(() -> {
            TemplateResolver.Resolved effective = templates.effective(blankToNull(group));
            TemplateHistory history = templates.history(blankToNull(group));
            JsonArrayBuilder versions = Json.createArrayBuilder();
            history.versions().forEach(v -> versions.add(version(v)));
            return Json.createObjectBuilder()
                    .add("origin", effective.origin().name())
                    .add("current", history.current().map(TemplateVersion::number).orElse(0))
                    .add("template", json(effective.template()))
                    .add("versions", versions).build();
        });
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@QueryParam("group") String group, @QueryParam("basedOn") String basedOnField,
            String body) {
        int basedOn = FormFields.number("basedOn", basedOnField); // 0 is "no version yet", so it must be said
        return answer(() -> {
            ScreenTemplate template;
            if (body != null && body.length() > org.switchboard.screen.template.TemplateValidator.MAX_BYTES) {
                throw new TemplateRejectedException(java.util.List.of(new org.switchboard.screen.template
                        .TemplateProblem(null, null, "the template has more than "
                        + org.switchboard.screen.template.TemplateValidator.MAX_BYTES + " bytes")));
            }
            try {
                template = TemplateCodec.fromJson(body == null ? "" : body);
            } catch (IllegalArgumentException e) {
                throw new TemplateRejectedException(java.util.List.of(
                        new org.switchboard.screen.template.TemplateProblem(null, null, e.getMessage())));
            }
            return version(templates.save(blankToNull(group), basedOn, template)).build();
        });
    }

    @POST
    @Path("revert")
    public Response revert(@QueryParam("group") String group, @QueryParam("number") String numberField,
            @QueryParam("basedOn") String basedOnField) {
        int number = FormFields.number("number", numberField);
        int basedOn = FormFields.number("basedOn", basedOnField);
        return answer(() -> version(templates.revert(blankToNull(group), number, basedOn)).build());
    }

    private static Response answer(Supplier<JsonObject> action) {
        try {
            return Response.ok(action.get()).build();
        } catch (TemplateRejectedException e) {
            JsonArrayBuilder problems = Json.createArrayBuilder();
            e.problems().forEach(problems::add);
            return Response.status(Response.Status.BAD_REQUEST).entity(Json.createObjectBuilder()
                    .add("error", e.getMessage()).add("problems", problems).build()).build();
        } catch (TemplateConflictException e) {
            return error(Response.Status.CONFLICT, e.getMessage());
        } catch (TemplateScopeNotFoundException e) {
            return error(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).entity(Json.createObjectBuilder().add("error", message).build()).build();
    }

    private static JsonObjectBuilder version(TemplateVersion v) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("number", v.number()).add("author", v.author())
                .add("savedAt", v.savedAt().toString());
        if (v.revertedTo() != null) {
            o.add("revertedTo", v.revertedTo());
        }
        return o;
    }

    private static JsonObject json(ScreenTemplate template) {
        try (JsonReader reader = Json.createReader(new StringReader(TemplateCodec.toJson(template)))) {
            return reader.readObject();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
