package org.switchboard.pbxsim.manager;

import org.switchboard.pbxsim.ami.AmiMessage;

/** Response frames as astman_send_ack/astman_send_error/astman_send_listack build them. */
final class Responses {
    private Responses() {
    }

    static AmiMessage response(AmiMessage action, String result) {
        AmiMessage r = new AmiMessage().add("Response", result);
        String id = action.get("ActionID");
        if (id != null) {
            r.add("ActionID", id);
        }
        return r;
    }

    static AmiMessage success(AmiMessage action, String message) {
        return response(action, "Success").add("Message", message);
    }

    static AmiMessage error(AmiMessage action, String message) {
        return response(action, "Error").add("Message", message);
    }

    static AmiMessage listStart(AmiMessage action, String message) {
        return response(action, "Success").add("EventList", "start").add("Message", message);
    }

    /** A list event (no Privilege/Timestamp); ActionID is added by the caller where Asterisk puts it. */
    static AmiMessage listEvent(String name) {
        return new AmiMessage().add("Event", name);
    }

    static AmiMessage listComplete(AmiMessage action, String event, int items) {
        AmiMessage m = new AmiMessage().add("Event", event);
        String id = action.get("ActionID");
        if (id != null) {
            m.add("ActionID", id);
        }
        return m.add("EventList", "Complete").add("ListItems", items);
    }

    static void actionId(AmiMessage event, AmiMessage action) {
        String id = action.get("ActionID");
        if (id != null) {
            event.add("ActionID", id);
        }
    }
}
