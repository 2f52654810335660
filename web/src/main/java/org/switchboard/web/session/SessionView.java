package org.switchboard.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.switchboard.web.security.SwitchboardAuthentication;

/** Who is signed in to the console, where their home page is, and logging out. */
@Named("sessionView")
@RequestScoped
public class SessionView {

    @Inject
    SwitchboardAuthentication authentication;

    public String getUser() {
        return context().getRemoteUser();
    }

    public boolean isAgent() {
        return context().isUserInRole("agent");
    }

    public boolean isSupervisor() {
        return context().isUserInRole("supervisor") || context().isUserInRole("admin");
    }

    /** index.xhtml sends each role to its own home. */
    public void goHome() throws IOException {
        ExternalContext ctx = context();
        String target = isAgent() ? "/agent/desk.xhtml" : isSupervisor() ? "/supervisor/calls.xhtml" : "/login.xhtml";
        ctx.redirect(ctx.getRequestContextPath() + target);
    }

    public String logout() throws ServletException {
        ExternalContext ctx = context();
        // the resume cookie must not bring the session back after the logout
        authentication.endResume((HttpServletRequest) ctx.getRequest(), (HttpServletResponse) ctx.getResponse());
        ((HttpServletRequest) ctx.getRequest()).logout();
        ctx.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }

    private static ExternalContext context() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
