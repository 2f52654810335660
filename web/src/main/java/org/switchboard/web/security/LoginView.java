package org.switchboard.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The login page's texts in the browser's language (English or German) and why the last attempt failed: a wrong
 * name or password, too many attempts from this address (with the wait), or a locked account.
 */
@Named
@RequestScoped
public class LoginView {

    private static final String BUNDLE = "org.switchboard.web.security.login";
    private static final long MAX_SECONDS = 24 * 3600;

    private ResourceBundle texts;
    private Locale locale;

    public String text(String key) {
        return bundle().getString(key);
    }

    public String getLanguage() {
        bundle();
        return locale.getLanguage();
    }

    /** Null when there is nothing to say. */
    public String getMessage() {
        ExternalContext ctx = FacesContext.getCurrentInstance().getExternalContext();
        String error = ctx.getRequestParameterMap().get("error");
        if (error == null) {
            return null;
        }
        long seconds = seconds(ctx.getRequestParameterMap().get("retry"));
        return switch (error) {
            case "throttled" -> MessageFormat.format(text("throttled"), seconds);
            case "locked" -> MessageFormat.format(text("locked"), Math.max(1, (seconds + 59) / 60));
            default -> text("wrong");
        };
    }

    private static long seconds(String value) {
        try {
            long s = Long.parseLong(value);
            return Math.min(Math.max(s, 1), MAX_SECONDS);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private ResourceBundle bundle() {
        if (texts == null) {
            locale = Locale.ENGLISH;
            Iterator<Locale> wanted = FacesContext.getCurrentInstance().getExternalContext().getRequestLocales();
            while (wanted.hasNext()) {
                String language = wanted.next().getLanguage();
                if (language.equals("de") || language.equals("en")) {
                    locale = Locale.forLanguageTag(language);
                    break;
                }
            }
            texts = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
        }
        return texts;
    }
}
