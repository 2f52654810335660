package org.switchboard.pbxsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.pbxsim.pbx.Channel;
import org.switchboard.pbxsim.pbx.Pbx;

/**
 * The ConfBridge() application: conferences by name, created when the first user joins and ended when the last one
 * leaves. Used by the nailed-up agent leg and by queue calls to a nailed agent. PBX thread only.
 */
public final class ConfBridge {
    private final Pbx pbx;
    private final Map<String, Conference> conferences = new LinkedHashMap<>();

    ConfBridge(Pbx pbx) {
        this.pbx = pbx;
    }

    void join(String conference, Channel c) {
        conferences.computeIfAbsent(conference, name -> Conference.start(pbx, name)).join(c);
    }

    /** The channel leaves its conference, if it is in one; the last user out ends the conference. */
    void leave(Channel c) {
        Conference conf = of(c);
        if (conf != null && conf.leave(c)) {
            conferences.remove(conf.name());
            conf.end();
        }
    }

    boolean inConference(Channel c) {
        return of(c) != null;
    }

    private Conference of(Channel c) {
        for (Conference conf : conferences.values()) {
            if (conf.has(c)) {
                return conf;
            }
        }
        return null;
    }

    /** Channel names of the users in a conference (not the announcer); empty if there is no such conference. */
    public List<String> users(String conference) {
        Conference conf = conferences.get(conference);
        List<String> names = new ArrayList<>();
        if (conf != null) {
            conf.users().forEach(c -> names.add(c.name));
        }
        return names;
    }

    /** Restart: conferences vanish without events, as their channels do. */
    void clear() {
        conferences.clear();
    }
}
