package org.switchboard.screen;

import java.time.Instant;
import java.util.List;
import org.switchboard.casework.CaseView;
import org.switchboard.contact.ContactMatch;

/**
 * What an agent's screen shows when a call is offered: the caller as the PBX reports it (untrusted text),
 * the contacts whose number matches, and the open cases of the (first) contact's account. No match: an unknown
 * caller, offered for quick creation.
 */
public record ScreenPop(long callId, String linkedId, String callerNumber, String callerE164, String callerName,
        String queue, Instant offeredAt, boolean answered, List<ContactMatch> contacts, List<CaseView> openCases) {

    public boolean known() {
        return !contacts.isEmpty();
    }
}
