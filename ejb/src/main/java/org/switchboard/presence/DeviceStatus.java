package org.switchboard.presence;

/**
 * The agent's phone as the PBX sees it through the member's state interface ({@code QueueMemberStatus}
 * {@code Status}), folded into what matters for the agent's state.
 */
public enum DeviceStatus {
    /** 0 UNKNOWN, or a code we do not know: tells us nothing. */
    UNKNOWN,
    /** 1 NOT_INUSE. */
    IDLE,
    /** 2 INUSE, 3 BUSY, 7 RINGINUSE (in a call and ringing for another), 8 ONHOLD: the phone is in a call. */
    IN_USE,
    /** 6 RINGING. */
    RINGING,
    /** 4 INVALID, 5 UNAVAILABLE: the phone cannot be reached (e.g. not registered). */
    UNAVAILABLE;

    /** Asterisk's device-state code, as in {@code QueueMemberStatus Status}. */
    public static DeviceStatus fromMemberStatus(int code) {
        return switch (code) {
            case 1 -> IDLE;
            case 2, 3, 7, 8 -> IN_USE;
            case 4, 5 -> UNAVAILABLE;
            case 6 -> RINGING;
            default -> UNKNOWN;
        };
    }

    /** The same, from the text of the event attribute; anything unreadable is {@link #UNKNOWN}. */
    public static DeviceStatus fromMemberStatus(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        try {
            return fromMemberStatus(Integer.parseInt(code.strip()));
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
    }
}
