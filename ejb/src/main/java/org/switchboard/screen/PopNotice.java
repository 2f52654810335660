package org.switchboard.screen;

import java.time.Instant;

/**
 * That an agent's screen pop changed, announced once it is committed.
 *
 * @param username the agent
 * @param callId   the call record
 * @param ended    false: the call was offered to the agent (the card appears); true: it ended (the card goes, the
 *                 history grows)
 * @param eventAt  the PBX's time of the event behind it, so the delay to the browser can be logged
 */
public record PopNotice(String username, long callId, boolean ended, Instant eventAt) {
}
