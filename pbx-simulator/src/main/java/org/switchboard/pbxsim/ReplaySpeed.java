package org.switchboard.pbxsim;

/** How a capture is replayed. */
public enum ReplaySpeed {
    /** Keep the gaps between event Timestamps. */
    ORIGINAL,
    /** Send everything at once. */
    FAST
}
