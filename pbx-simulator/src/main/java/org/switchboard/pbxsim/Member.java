package org.switchboard.pbxsim;

/**
 * Snapshot of a queue member.
 *
 * @param status device-state code as in QueueMemberStatus (1 NOT_INUSE, 2 INUSE, 5 UNAVAILABLE, 6 RINGING)
 */
public record Member(String queue, String iface, String name, String stateInterface, int penalty, boolean paused,
        String pausedReason, boolean inCall, int status, int callsTaken) {
}
