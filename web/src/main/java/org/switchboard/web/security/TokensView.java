package org.switchboard.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.switchboard.contact.RecordNotFoundException;
import org.switchboard.security.NewToken;
import org.switchboard.security.TokenService;
import org.switchboard.security.TokenSummary;
import org.switchboard.web.session.Faces;

/**
 * API tokens in the console ({@code tokens.xhtml}): every user makes and revokes their own; an administrator also
 * those of a user of their tenant ({@code admin/logins.xhtml} uses this bean with a user name). A new token is
 * shown once, right after it is made.
 */
@Named("tokensView")
@ViewScoped
public class TokensView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient TokenService tokens;

    private String user;
    private String name;
    private String created;
    private List<TokenSummary> list = List.of();

    @PostConstruct
    void load() {
        try {
            list = tokens.list(user);
        } catch (EJBException | RecordNotFoundException e) {
            list = List.of();
            Faces.error(reason(e));
        }
    }

    public void create() {
        created = null;
        try {
            NewToken made = tokens.create(user, name);
            created = made.token();
            name = null;
            Faces.info("Token \"" + made.summary().name() + "\" made for " + made.summary().username()
                    + ": copy it now, it is not shown again.");
        } catch (EJBException | RecordNotFoundException e) {
            Faces.error(reason(e));
        }
        load();
    }

    public void revoke(long id) {
        try {
            TokenSummary revoked = tokens.revoke(id);
            Faces.info("Token \"" + revoked.name() + "\" revoked.");
        } catch (EJBException | RecordNotFoundException e) {
            Faces.error(reason(e));
        }
        load();
    }

    /** Shows another user's tokens (administrators); empty for one's own. */
    public void show() {
        created = null;
        load();
    }

    public static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && (t instanceof EJBException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? "That did not work." : t.getMessage();
    }

    public List<TokenSummary> getList() {
        return list;
    }

    public String getCreated() {
        return created;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user == null || user.isBlank() ? null : user.strip();
    }
}
