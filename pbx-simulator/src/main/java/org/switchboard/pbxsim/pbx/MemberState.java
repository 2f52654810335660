package org.switchboard.pbxsim.pbx;

/** A dynamic queue member as app_queue keeps it (one record per queue). */
public final class MemberState {
    public final String queue;
    public final String iface;
    public final String name;
    public final String stateInterface;
    public final long loginTime;
    public int penalty;
    public int callsTaken;
    public long lastCall;
    public long lastPause;
    public boolean inCall;
    public boolean paused;
    public String pausedReason = "";
    /** True while this member is being rung by a queue caller, so it is not offered twice. */
    public boolean offered;

    public MemberState(String queue, String iface, String name, String stateInterface, int penalty, long loginTime) {
        this.queue = queue;
        this.iface = iface;
        this.name = name == null || name.isEmpty() ? iface : name;
        this.stateInterface = stateInterface == null || stateInterface.isEmpty() ? deviceOf(iface) : stateInterface;
        this.penalty = penalty;
        this.loginTime = loginTime;
    }

    /** Device name of an interface: Local/1001@agents/n -> Local/1001@agents. */
    public static String deviceOf(String iface) {
        return iface.endsWith("/n") ? iface.substring(0, iface.length() - 2) : iface;
    }
}
