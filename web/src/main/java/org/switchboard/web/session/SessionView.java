package org.switchboard.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Who is signed in to the console, where their home page is, and logging out. */
@Named("sessionView")
@RequestScoped
public class SessionView {

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
        ((HttpServletRequest) ctx.getRequest()).logout();
        ctx.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }

    private static ExternalContext context() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
