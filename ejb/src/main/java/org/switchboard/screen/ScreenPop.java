package org.switchboard.screen;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.switchboard.contact.ContactMatch;
import org.switchboard.screen.template.TemplateResolver;
import org.switchboard.screen.view.PopView;

/**
 * What an agent's screen shows when a call is offered: the caller as the PBX reports it (untrusted text), the
 * contacts whose number matches, the one the call is with (the only match, or the agent's pick; null while
 * several match and none is picked, and for an unknown caller), and the panels of the agent's template drawn for
 * that contact. Without a chosen contact, only the panels that need none are drawn (script, the number's call
 * history).
 *
 * @param contactVersion the chosen contact's version as read, sent back with a change; null without one
 * @param templateOrigin whose template the panels follow: the agent's group's, the tenant's or the default
 */
public record ScreenPop(long callId, String linkedId, String callerNumber, String callerE164, String callerName,
        String queue, Instant offeredAt, boolean answered, List<ContactMatch> contacts, Long contactId,
        Long contactVersion, PopView view, TemplateResolver.Origin templateOrigin) implements Serializable {

    public boolean known() {
        return !contacts.isEmpty();
    }

    /** Several contacts have this number and the agent has not said which one calls. */
    public boolean mustPick() {
        return contacts.size() > 1 && contactId == null;
    }

    public Optional<ContactMatch> chosen() {
        return contacts.stream().filter(c -> contactId != null && c.contactId() == contactId).findFirst();
    }

    /** The chosen contact's account, for a new case or a note. */
    public Long accountId() {
        return chosen().map(ContactMatch::accountId).orElse(null);
    }

    /** The number to show and call back: E.164 when the PBX's could be read, else as the PBX reported it. */
    public String number() {
        return callerE164 != null ? callerE164 : callerNumber;
    }
}
