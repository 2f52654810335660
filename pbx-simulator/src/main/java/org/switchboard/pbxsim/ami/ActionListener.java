package org.switchboard.pbxsim.ami;

/** Receives every frame a client sends; called on the session's reader thread. */
@FunctionalInterface
public interface ActionListener {
    void onAction(AmiSession session, AmiMessage action);
}
