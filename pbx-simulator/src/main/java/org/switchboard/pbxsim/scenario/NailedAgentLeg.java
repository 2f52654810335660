package org.switchboard.pbxsim.scenario;

import org.switchboard.pbxsim.pbx.Channel;
import org.switchboard.pbxsim.pbx.Events;

/**
 * A queue call offered to a nailed-up agent, member interface Local/<user>@switchboard-nailed/n. The agent's phone
 * is already on the line in conference agent-<user> (see {@link NailedLeg}), so no phone rings: ;2 answers at once
 * and joins that conference, and the customer talks to the agent through it. When the call ends only this Local
 * pair leaves; the nailed leg stays. The simulated dialplan:
 *
 * <pre>
 * [switchboard-nailed]
 * exten => _[a-zA-Z0-9].,1,NoOp(Nailed-up agent ${EXTEN})
 *  same => n,Answer()
 *  same => n,ConfBridge(agent-${EXTEN})
 * </pre>
 *
 * With nobody in the conference the call is connected all the same, as Asterisk would do; keeping such a member
 * paused is Switchboard's job.
 */
final class NailedAgentLeg extends AgentLeg {
    private final ConfBridge confBridge;
    private final String conference;

    NailedAgentLeg(QueueEngine engine, Channel[] pair, String user) {
        super(engine.pbx(), pair, user, NAILED_CONTEXT);
        this.confBridge = engine.confBridge();
        this.conference = NailedLeg.conferenceOf(user);
    }

    @Override
    void startRinging() {
        pbx.ev.newexten(two, 1, "NoOp", "Nailed-up agent " + ext);
        ringingApp = "NoOp";
        ringingData = "Nailed-up agent " + ext;
    }

    @Override
    boolean rings() {
        return false;
    }

    @Override
    void waitRinging(long ringMillis) {
        // nothing rings
    }

    @Override
    long answerAfter(boolean handsetAnswers, long ringMillis) {
        return 0;
    }

    @Override
    void answer() {
        pbx.ev.newexten(two, 2, "Answer", "");
        pbx.ev.newstate(two, 6);
        pbx.ev.newexten(two, 3, "ConfBridge", conference);
        confBridge.join(conference, two);
    }

    @Override
    void talking(long talkMillis) {
        // ;2 stays in ConfBridge until the call is hung up
    }

    @Override
    void dialplanHangup() {
        // the dialplan never hangs up by itself; the call ends from outside (customer, AMI Hangup)
    }

    @Override
    void beforeHangup() {
        confBridge.leave(two);
    }

    @Override
    void cdr(Events ev, String source, String callerId, String lastApp, String lastData) {
        boolean answered = two.answeredMillis != 0;
        super.cdr(ev, source, callerId, answered ? "ConfBridge" : lastApp, answered ? conference : lastData);
    }
}
