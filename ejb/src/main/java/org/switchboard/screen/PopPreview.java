package org.switchboard.screen;

/**
 * The caller as the console paints them the moment a call is offered, before the full card: plain text (the
 * browser inserts it as text only, never as HTML).
 *
 * @param username the agent the call is offered to
 * @param matches  how many contacts have this number (the first one's name and account are given)
 */
public record PopPreview(String username, String linkedId, String number, String callerName, String queue,
        int matches, String contactName, String accountName) {
}
