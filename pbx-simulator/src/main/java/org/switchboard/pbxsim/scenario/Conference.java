package org.switchboard.pbxsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.switchboard.pbxsim.pbx.Bridge;
import org.switchboard.pbxsim.pbx.Channel;
import org.switchboard.pbxsim.pbx.DeviceState;
import org.switchboard.pbxsim.pbx.Events;
import org.switchboard.pbxsim.pbx.Pbx;

/**
 * One ConfBridge conference as app_confbridge of Asterisk 22 runs it. No capture records ConfBridge, so the event
 * order follows app_confbridge and the bridging core: the conference is a softmix bridge that also holds the
 * announcer channel (CBAnn/<name>-XXXXXXXX;2, whose ;1 plays prompts); ConfbridgeJoin is sent by a bridge join hook,
 * so it follows BridgeEnter, and ConfbridgeLeave by a leave hook, so it comes before BridgeLeave.
 */
final class Conference {
    private final Pbx pbx;
    private final Events ev;
    private final Bridge bridge;
    private final Channel[] announcer;
    private final List<Channel> users = new ArrayList<>();

    private Conference(Pbx pbx, String name) {
        this.pbx = pbx;
        this.ev = pbx.ev;
        this.bridge = Bridge.confBridge(UUID.randomUUID().toString(), name);
        this.announcer = pbx.newUnrealPair("CBAnn/" + name, "default", "s", null);
    }

    /** The first user's ConfBridge() creates the conference: bridge, announcer channel, ConfbridgeStart. */
    static Conference start(Pbx pbx, String name) {
        Conference c = new Conference(pbx, name);
        c.ev.bridgeCreate(c.bridge);
        for (Channel a : c.announcer) {
            a.state = 6; // the announcer pair is created answered
            c.ev.newchannel(a);
        }
        c.ev.bridgeEnter(c.bridge, 1, c.announcer[1]);
        c.ev.confbridgeStart(c.bridge, 1);
        return c;
    }

    String name() {
        return bridge.name();
    }

    boolean has(Channel c) {
        return users.contains(c);
    }

    List<Channel> users() {
        return List.copyOf(users);
    }

    void join(Channel c) {
        users.add(c);
        if (users.size() == 1) {
            pbx.setDevice(device(), DeviceState.INUSE, false);
        }
        c.app("ConfBridge", name());
        ev.bridgeEnter(bridge, channelsInBridge(), c);
        ev.confbridgeJoin(bridge, channelsInBridge(), c);
    }

    /** Returns true when that was the last user, so the conference must {@link #end()}. */
    boolean leave(Channel c) {
        ev.confbridgeLeave(bridge, channelsInBridge(), c);
        users.remove(c);
        ev.bridgeLeave(bridge, channelsInBridge(), c);
        ev.varSet(c, "CONFBRIDGE_RESULT", "HANGUP");
        return users.isEmpty();
    }

    /** ConfbridgeEnd, then the announcer hangs up and the bridge is destroyed. */
    void end() {
        ev.confbridgeEnd(bridge, 1);
        pbx.setDevice(device(), DeviceState.NOT_INUSE, false);
        ev.hangup(announcer[0], 0);
        ev.bridgeLeave(bridge, 0, announcer[1]);
        ev.hangup(announcer[1], 0);
        ev.bridgeDestroy(bridge);
    }

    private int channelsInBridge() {
        return users.size() + 1; // the announcer
    }

    /** The device state app_confbridge keeps for a conference (INUSE while anyone is in it). */
    private String device() {
        return "confbridge:" + name();
    }
}
