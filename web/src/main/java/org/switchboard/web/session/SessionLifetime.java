package org.switchboard.web.session;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * An absolute lifetime for a login session: however active, a session older than
 * {@code switchboard.session.max.seconds} (system property, 12 hours by default: a long shift) ends, and the next
 * request logs in again. The idle timeout (web.xml) alone would let a stolen session cookie live for ever as
 * long as it is used. The API answers 401 (the desk then says "signed out, log in again"), a Faces ajax request
 * is told to go to the start page, any other request is sent back to where it was going, which asks for the login.
 */
@WebFilter(filterName = "sessionLifetime", urlPatterns = "/*", asyncSupported = true)
public class SessionLifetime extends HttpFilter {

    /**
     * The session attribute with the instant of the form login (an {@link Instant}): the lifetime counts from it,
     * also for a session re-established from the resume cookie after a restart, not from the session's creation.
     */
    public static final String LOGIN_AT = "org.switchboard.login.at";
    static final String MAX_SECONDS_PROPERTY = "switchboard.session.max.seconds";
    static final Duration DEFAULT_MAX = Duration.ofHours(12);

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionLifetime.class);

    /** Whether a session created at {@code created} has outlived {@code max} at {@code now}. */
    static boolean expired(Instant created, Instant now, Duration max) {
        return !created.plus(max).isAfter(now);
    }

    /** The configured lifetime. */
    public static Duration maxAge() {
        return maxAge(System.getProperty(MAX_SECONDS_PROPERTY));
    }

    /** Since when a session's lifetime counts: the login it carries, else its creation. */
    static Instant start(Object loginAt, long creationMillis) {
        return loginAt instanceof Instant login ? login : Instant.ofEpochMilli(creationMillis);
    }

    /** The configured lifetime; a missing, unreadable or non-positive value means the default. */
    static Duration maxAge(String configured) {
        try {
            long seconds = configured == null ? 0 : Long.parseLong(configured.strip());
            return seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_MAX;
        } catch (NumberFormatException e) {
            return DEFAULT_MAX;
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Duration max = maxAge();
        if (session == null || !expired(start(loginAt(session), creationTime(session)), Instant.now(), max)) {
            chain.doFilter(request, response);
            return;
        }
        String user = request.getRemoteUser();
        request.logout();
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile by another request: the same result
        }
        LOG.infof("SWB-WEB-020: session of %s ended after its lifetime of %s", user, max);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String start = request.getContextPath() + "/";
        if (path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("error", "Your session has ended; log in again").build().toString());
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + start + "\"/></partial-response>");
        } else if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
        } else {
            response.sendRedirect(start);
        }
    }

    private static Object loginAt(HttpSession session) {
        try {
            return session.getAttribute(LOGIN_AT);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private static long creationTime(HttpSession session) {
        try {
            return session.getCreationTime();
        } catch (IllegalStateException invalidated) {
            return System.currentTimeMillis();
        }
    }
}
