package org.switchboard.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.switchboard.contact.RecordNotFoundException;
import org.switchboard.security.LockService;
import org.switchboard.security.LockSummary;
import org.switchboard.security.LoginService;
import org.switchboard.security.LoginSettings;
import org.switchboard.web.session.Faces;

/** Administrators see their tenant's users with failed logins or a lock ({@code admin/logins.xhtml}) and lift it. */
@Named("loginsView")
@ViewScoped
public class LoginsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient LockService locks;

    @EJB
    private transient LoginService logins;

    private List<LockSummary> users = List.of();

    @PostConstruct
    void load() {
        users = locks.list();
    }

    public void unlock(String username) {
        try {
            locks.unlock(username);
            Faces.info(username + " can log in again.");
        } catch (EJBException | RecordNotFoundException e) {
            Faces.error(org.switchboard.web.security.TokensView.reason(e));
        }
        load();
    }

    public List<LockSummary> getUsers() {
        return users;
    }

    /** The thresholds in force, for the page's explanation. */
    public LoginSettings getSettings() {
        return logins.settings();
    }
}
