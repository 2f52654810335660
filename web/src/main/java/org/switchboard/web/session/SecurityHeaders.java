package org.switchboard.web.session;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response of the application: pages, resources, the API, errors. The
 * Content-Security-Policy is the one in web.xml's {@code primefaces.CSP_POLICY}: on Faces pages PrimeFaces sends
 * it with the page's script nonce appended (its CSP mode, so no inline script runs without the nonce); every
 * other response gets it as it is. PrimeFaces' header replaces ours instead of adding a second one, which the
 * browser would also enforce and which would block the nonce'd scripts.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {
        DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    /** Used only when web.xml has no policy: nothing but the application's own scripts, no framing. */
    static final String FALLBACK_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; script-src 'self'";

    private static final long serialVersionUID = 1L;

    private String policy;

    @Override
    public void init() {
        String configured = getServletContext().getInitParameter("primefaces.CSP_POLICY");
        policy = configured == null || configured.isBlank() ? FALLBACK_POLICY : configured.strip();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // X-Content-Type-Options and Referrer-Policy come from WEB-INF/undertow-handlers.conf, which also
        // reaches the answers the login mechanism gives before any filter runs (401, the redirect to log in).
        response.setHeader(CSP, policy);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Lets a later policy (PrimeFaces' with its nonce) replace the default instead of joining it. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
