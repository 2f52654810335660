package org.switchboard.pbxsim.pbx;

/** Mutable state of one simulated channel; only touched on the PBX thread. */
public final class Channel {
    public static final String UNKNOWN = "<unknown>";

    public final String name;
    public final String uniqueid;
    public final String linkedid;
    public final long createdMillis;
    public int state;
    public String callerIdNum = UNKNOWN;
    public String callerIdName = UNKNOWN;
    public String connectedNum = UNKNOWN;
    public String connectedName = UNKNOWN;
    public String context;
    public String exten;
    public int priority = 1;
    public String application = "";
    public String applicationData = "";
    public String bridgeId = "";
    public long answeredMillis;
    public boolean hungUp;
    /** Owning call, so a Hangup/Redirect action can find the scenario that must react. */
    public Object owner;

    public Channel(String name, String uniqueid, String linkedid, int state, String context, String exten) {
        this.name = name;
        this.uniqueid = uniqueid;
        this.linkedid = linkedid == null ? uniqueid : linkedid;
        this.state = state;
        this.context = context;
        this.exten = exten;
        this.createdMillis = System.currentTimeMillis();
    }

    public static String stateDesc(int state) {
        return switch (state) {
            case 0 -> "Down";
            case 4 -> "Ring";
            case 5 -> "Ringing";
            case 6 -> "Up";
            default -> "Unknown";
        };
    }

    public void at(String context, String exten, int priority) {
        this.context = context;
        this.exten = exten;
        this.priority = priority;
    }

    public void app(String application, String data) {
        this.application = application;
        this.applicationData = data;
    }

    @Override
    public String toString() {
        return name;
    }
}
