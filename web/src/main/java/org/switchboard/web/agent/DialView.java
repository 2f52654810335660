package org.switchboard.web.agent;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.switchboard.agent.AgentException;
import org.switchboard.agent.AgentService;
import org.switchboard.contact.PhoneNumbers;
import org.switchboard.web.session.Faces;

/**
 * The page a tel: link from another site opens (the browser's tel: handler, registered from the desk): it shows
 * the number and calls only when the agent presses Call, so a link elsewhere can never place a call by itself.
 */
@Named("dialPage")
@ViewScoped
public class DialView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient AgentService agents;

    private String number;
    private boolean called;

    /** The number as the link had it: "tel:+49 30 1234" (some browsers keep the scheme), "+49...", "030 ...". */
    public void setNumber(String number) {
        String raw = number == null ? "" : number.strip();
        this.number = raw.regionMatches(true, 0, "tel:", 0, 4) ? raw.substring(4) : raw;
    }

    public String getNumber() {
        return number;
    }

    /** E.164 when the number is one, so the agent sees what will be dialled; else empty. */
    public String getE164() {
        return PhoneNumbers.DEFAULT.toE164(number).orElse(null);
    }

    public boolean isCalled() {
        return called;
    }

    public void call() {
        try {
            agents.dial(number);
            called = true;
            Faces.info("Your phone rings: answer it and the PBX calls " + number + ".");
        } catch (AgentException e) {
            Faces.error(e.getMessage());
        } catch (EJBException e) {
            Faces.error(e.getCause() instanceof IllegalArgumentException ? e.getCause().getMessage()
                    : "The call could not be placed; please try again.");
        }
    }
}
