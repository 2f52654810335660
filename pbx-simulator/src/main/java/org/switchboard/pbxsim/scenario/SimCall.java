package org.switchboard.pbxsim.scenario;

import org.switchboard.pbxsim.pbx.Channel;

/** A call in progress, as the action handler and the test hooks see it. Methods run on the PBX thread. */
public interface SimCall {
    /** AMI Hangup on one of this call's channels: the call ends properly on both sides. */
    void hangupChannel(Channel channel);

    /** AMI Redirect of one of this call's channels; false if not supported for that channel. */
    boolean redirect(Channel channel, String context, String exten);

    boolean ended();

    /** Restart: the call vanishes without events, as with a crashed Asterisk. */
    void abortSilently();

    /** One line for humans (demo output, test failure messages). */
    String describe();
}
