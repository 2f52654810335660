package org.switchboard.screen;

import java.time.Instant;
import java.util.List;
import org.switchboard.contact.ContactMatch;

/**
 * What an agent's screen shows when a call is offered: the caller as the PBX reports it (untrusted text)
 * and the contacts whose number matches. No match: an unknown caller, offered for quick creation.
 */
public record ScreenPop(long callId, String linkedId, String callerNumber, String callerE164, String callerName,
        String queue, Instant offeredAt, boolean answered, List<ContactMatch> contacts) {

    public boolean known() {
        return !contacts.isEmpty();
    }
}
