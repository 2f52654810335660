package org.switchboard.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Cross-site request forgery guard for the API. Integrations authenticate every request (HTTP Basic); the
 * console's own scripts ride on the login session's cookie, which a browser also sends when another site posts a
 * form here. So a changing request (POST, PUT, DELETE) without credentials of its own must carry the header the
 * console's scripts set: a cross-site form cannot set headers, and a cross-site script may not without CORS,
 * which this application does not allow.
 */
@Provider
public class ConsoleRequestFilter implements ContainerRequestFilter {

    static final String CONSOLE_HEADER = "X-Switchboard-Console";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getHeaderString(CONSOLE_HEADER) != null) {
            return;
        }
        request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("error", "A request from the console must carry the "
                        + CONSOLE_HEADER + " header; integrations authenticate each request").build().toString())
                .build());
    }
}
