package org.switchboard.pbxsim.pbx;

/** Asterisk device states; the ordinal-like code is what QueueMemberStatus reports as Status. */
public enum DeviceState {
    UNKNOWN(0), NOT_INUSE(1), INUSE(2), BUSY(3), INVALID(4), UNAVAILABLE(5), RINGING(6), RINGINUSE(7), ONHOLD(8);

    public final int code;

    DeviceState(int code) {
        this.code = code;
    }

    public static DeviceState parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
