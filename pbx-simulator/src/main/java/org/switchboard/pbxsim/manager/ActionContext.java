package org.switchboard.pbxsim.manager;

import org.switchboard.pbxsim.ami.AmiMessage;
import org.switchboard.pbxsim.ami.AmiSession;

/** One received action with the session to answer on. */
record ActionContext(AmiSession session, AmiMessage action) {
    String get(String header) {
        return action.get(header);
    }

    String get(String header, String fallback) {
        return action.get(header, fallback);
    }

    void respond(AmiMessage response) {
        session.sendResponse(response);
    }

    void success(String message) {
        respond(Responses.success(action, message));
    }

    void error(String message) {
        respond(Responses.error(action, message));
    }

    /** List events go only to the asking session, whatever its event mask. */
    void listEvent(AmiMessage event) {
        session.sendEvent(event);
    }
}
