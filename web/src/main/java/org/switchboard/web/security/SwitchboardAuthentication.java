package org.switchboard.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import org.switchboard.security.ConsoleResume;
import org.switchboard.security.LoginResult;
import org.switchboard.security.LoginService;
import org.switchboard.security.Resumed;
import org.switchboard.web.session.SessionLifetime;

/**
 * How callers prove who they are, for the console and the API in one place: the login form (POST
 * {@code j_security_check}, then the session), HTTP Basic and {@code Authorization: Bearer <API token>} on any
 * request. Every attempt goes through {@link LoginService} (throttle per address, lock, bcrypt with the same cost
 * for unknown users, caches); WildFly is then told the caller's name and roles, and with the undertow
 * application-security-domain's integrated JASPI (the default) it loads the identity from the Elytron security
 * domain, so {@code @RolesAllowed} on the EJBs sees the same user and roles whichever way they logged in.
 *
 * <p>Login sessions live in memory. So that a restart does not sign every console out, a form login also sets
 * the cookie {@value ConsoleResume#COOKIE} (HttpOnly, SameSite=Lax, Secure over HTTPS, until the session's
 * absolute lifetime ends) with a resume secret (see {@link ConsoleResume}); a protected request without a login
 * session and without an Authorization header that brings it gets its login session back as the form gives it,
 * with the original login instant, so {@link SessionLifetime} still ends it on time. The logout revokes it.
 *
 * <p>A Jakarta Security mechanism replaces the web.xml login-config, which has one mechanism per request and no
 * bearer tokens of our own; Elytron's own FORM and BASIC would also check the password before we can throttle.
 */
@ApplicationScoped
public class SwitchboardAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "org.switchboard.login.user";
    static final String SESSION_ROLES = "org.switchboard.login.roles";
    static final String SESSION_NEXT = "org.switchboard.login.next";
    private static final String LOGIN_PAGE = "/login.xhtml";
    /** Set once the resume secret of this request was revoked, so a logout does it once. */
    private static final String RESUME_ENDED = "org.switchboard.login.resume.ended";
    private static final int MAX_COOKIE = 128;
    private static final Logger LOG = Logger.getLogger(SwitchboardAuthentication.class);
    private static final int MAX_HEADER = 4096;
    /** Request bodies of refused API calls are read up to this much, so the exchange can end cleanly. */
    private static final int MAX_DRAINED = 64 * 1024;

    @EJB
    LoginService logins;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        String address = request.getRemoteAddr();
        if (authorization != null && authorization.length() <= MAX_HEADER) {
            if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return api(logins.token(address, authorization.substring(7).trim()), request, response, context,
                        "Bearer");
            }
            if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                String[] credentials = basic(authorization.substring(6).trim());
                LoginResult result = logins.password(address, credentials[0],
                        credentials[1] == null ? null : credentials[1].toCharArray());
                return api(result, request, response, context, "Basic");
            }
        }
        if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/j_security_check")) {
            return form(request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String user) {
            return context.notifyContainerAboutLogin(user, roles(session));
        }
        if (context.isProtected() && authorization == null) {
            String secret = resumeCookie(request);
            if (secret != null) {
                AuthenticationStatus resumed = resume(secret, request, response, context);
                if (resumed != null) {
                    return resumed;
                }
            }
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod()) && request.getHeader("Faces-Request") == null) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(SESSION_NEXT,
                        request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /** The login form: on success the session carries the user, and the browser goes where it wanted to go. */
    private AuthenticationStatus form(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String password = request.getParameter("j_password");
        LoginResult result = logins.password(request.getRemoteAddr(), request.getParameter("j_username"),
                password == null ? null : password.toCharArray());
        String login = request.getContextPath() + LOGIN_PAGE;
        switch (result.outcome()) {
            case OK -> {
                Instant loginAt = Instant.now();
                Object next = establish(request, result, loginAt);
                issueResume(request, response, result.username(), loginAt);
                String target = next instanceof String s && s.startsWith(request.getContextPath() + "/") ? s
                        : request.getContextPath() + "/";
                return context.redirect(target);
            }
            case THROTTLED -> {
                // 429 with the login page that says how long to wait
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(result.retryAfterSeconds()));
                return context.forward(LOGIN_PAGE + "?error=throttled&retry=" + result.retryAfterSeconds());
            }
            case LOCKED -> {
                long seconds = Math.max(1, Duration.between(Instant.now(), result.lockedUntil()).toSeconds());
                return context.redirect(login + "?error=locked&retry=" + seconds);
            }
            default -> {
                return context.redirect(login + "?error=true");
            }
        }
    }

    /**
     * The login session as the form gives it: a new session id (no session fixation: the id known before login is
     * worthless), the user, their roles and when they logged in. Returns where the browser wanted to go, if known.
     */
    private static Object establish(HttpServletRequest request, LoginResult result, Instant loginAt) {
        HttpSession old = request.getSession(false);
        Object next = old == null ? null : old.getAttribute(SESSION_NEXT);
        if (old != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.removeAttribute(SESSION_NEXT);
        session.setAttribute(SESSION_USER, result.username());
        session.setAttribute(SESSION_ROLES, new TreeSet<>(result.roles()));
        session.setAttribute(SessionLifetime.LOGIN_AT, loginAt);
        return next;
    }

    /** A new resume secret for this login; a secret the browser still had is revoked. */
    private void issueResume(HttpServletRequest request, HttpServletResponse response, String username,
            Instant loginAt) {
        try {
            String previous = resumeCookie(request);
            if (previous != null) {
                logins.revokeResume(previous);
            }
            Instant expiresAt = ConsoleResume.expiry(loginAt, SessionLifetime.maxAge());
            String secret = logins.issueResume(username, loginAt, expiresAt);
            response.addCookie(resumeCookie(request, secret, ConsoleResume.maxAgeSeconds(expiresAt, Instant.now())));
        } catch (RuntimeException e) {
            // the login itself succeeded: without the cookie it just does not survive a restart
            LOG.warnf("SWB-WEB-021: no resume cookie for %s: %s", username, e.toString());
        }
    }

    /**
     * A request without a login session that brings the resume cookie: the session back as the form login gave
     * it, or null (the login page follows) with the cookie cleared when the secret or its user is refused.
     */
    private AuthenticationStatus resume(String secret, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Resumed resumed = logins.resume(request.getRemoteAddr(), secret);
        LoginResult result = resumed.result();
        if (result.outcome() == LoginResult.Outcome.OK) {
            establish(request, result, resumed.loginAt());
            return context.notifyContainerAboutLogin(result.username(), result.roles());
        }
        if (result.outcome() != LoginResult.Outcome.THROTTLED) {
            response.addCookie(resumeCookie(request, "", 0));
        }
        return null;
    }

    /**
     * The logout: the browser's resume secret is revoked and its cookie cleared. Called by the console's "Log out"
     * and through {@link #cleanSubject} (request.logout()); once per request.
     */
    public void endResume(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(RESUME_ENDED) != null) {
            return;
        }
        request.setAttribute(RESUME_ENDED, Boolean.TRUE);
        String secret = resumeCookie(request);
        if (secret != null) {
            logins.revokeResume(secret);
            response.addCookie(resumeCookie(request, "", 0));
        }
    }

    private static String resumeCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (ConsoleResume.COOKIE.equals(cookie.getName()) && cookie.getValue() != null
                        && !cookie.getValue().isEmpty() && cookie.getValue().length() <= MAX_COOKIE) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** The cookie; an empty value with Max-Age 0 deletes it. */
    private static Cookie resumeCookie(HttpServletRequest request, String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(ConsoleResume.COOKIE, value);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** HTTP Basic and bearer tokens: a clear status and a JSON reason, never a login page. */
    private static AuthenticationStatus api(LoginResult result, HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context, String scheme) {
        switch (result.outcome()) {
            case OK -> {
                return context.notifyContainerAboutLogin(result.username(), result.roles());
            }
            case THROTTLED -> {
                response.setHeader("Retry-After", Long.toString(result.retryAfterSeconds()));
                refuse(request, response, 429, "Too many failed logins from your address; try again in "
                        + result.retryAfterSeconds() + " s");
            }
            case LOCKED -> {
                response.setHeader("WWW-Authenticate", scheme + " realm=\"Switchboard\"");
                refuse(request, response, 401, "This account is locked after too many failed logins, until "
                        + result.lockedUntil() + "; an administrator can lift the lock");
            }
            default -> {
                response.setHeader("WWW-Authenticate", scheme + " realm=\"Switchboard\"");
                refuse(request, response, 401, "Wrong user name, password or token");
            }
        }
        // the answer is complete: "continue" tells the container not to add an error page of its own
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * Writes the whole answer and ends the exchange: Undertow sends its own error page for any status from 400 on
     * unless the exchange is complete, which needs the request read (a small body is) and the response closed.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status,
            String message) {
        try {
            if (request.getContentLengthLong() != 0) {
                request.getInputStream().readNBytes(MAX_DRAINED);
            }
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("error", message).build().toString());
            response.getWriter().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** User and password of a Basic header; nulls when it is not one. */
    private static String[] basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? new String[2] : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return new String[2];
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> roles(HttpSession session) {
        Object roles = session.getAttribute(SESSION_ROLES);
        return roles instanceof Set<?> set ? (Set<String>) set : Set.of();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        endResume(request, response);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
            session.removeAttribute(SESSION_ROLES);
            session.removeAttribute(SessionLifetime.LOGIN_AT);
        }
        context.cleanClientSubject();
    }
}
