package org.switchboard.pbxsim.scenario;

import java.util.List;
import org.switchboard.pbxsim.pbx.Channel;
import org.switchboard.pbxsim.pbx.Events;
import org.switchboard.pbxsim.pbx.Pbx;

/**
 * The first step of an Originate whose Channel is a phone, Local/<number>@<context>, as recorded in capture 04: both
 * Local legs appear, the phone (;2, handset dialplan) rings, then it answers or the Originate times out. Click-to-dial
 * and the nailed-up sign-in share it; they differ in what the answered ;1 leg does next (Dial, or ConfBridge).
 */
final class OriginatedPhone {
    private final Pbx pbx;
    private final Events ev;
    private final Originate originate;
    final Handset phone;
    private boolean ringing;

    OriginatedPhone(QueueEngine engine, String number, String context, Originate originate, Object owner) {
        this.pbx = engine.pbx();
        this.ev = pbx.ev;
        this.originate = originate;
        Channel[] pair = pbx.newLocalPair(number, context, null);
        pair[0].owner = owner;
        pair[1].owner = owner;
        this.phone = new Handset(pbx, pair, number, context);
    }

    /**
     * Rings the phone; {@code answered} runs after the ring time if the phone answers within the Originate timeout,
     * {@code notAnswered} after the timeout otherwise. Neither runs once the dial is {@link #cancel() cancelled}.
     */
    void ring(long ringMillis, boolean answers, Runnable answered, Runnable notAnswered) {
        Channel a1 = phone.one;
        Channel a2 = phone.two;
        ev.newchannel(a1);
        ev.newchannel(a2);
        ev.newexten(a1, 1, "AppDial2", "(Outgoing Line)");
        originateLeg(a1, true);
        originateLeg(a2, false);
        ev.localBridge(a1, a2, true);
        ev.dialBegin(null, a1, phone.ext + "@" + phone.context);
        phone.startRinging();
        ev.newstate(a1, 5);
        ev.dialState(null, a1, "RINGING");
        phone.waitRinging(ringMillis);
        ringing = true;
        boolean answer = answers && ringMillis < originate.timeoutMillis();
        pbx.later(answer ? ringMillis : originate.timeoutMillis(), () -> {
            if (ringing) {
                ringing = false;
                (answer ? answered : notAnswered).run();
            }
        });
    }

    /** Originate variables and caller ID land on both Local legs (;1 gets the variables in reverse order). */
    private void originateLeg(Channel c, boolean reverse) {
        Originate o = originate;
        List<String[]> variables = o.variables();
        for (int i = 0; i < variables.size(); i++) {
            String[] v = variables.get(reverse ? variables.size() - 1 - i : i);
            ev.varSet(c, v[0], v[1]);
        }
        if (o.cidNum() != null || o.cidName() != null) {
            c.callerIdNum = o.cidNum() == null ? Channel.UNKNOWN : o.cidNum();
            c.callerIdName = o.cidName() == null ? Channel.UNKNOWN : o.cidName();
            ev.newCallerid(c);
            c.connectedNum = c.callerIdNum;
            c.connectedName = c.callerIdName;
            ev.newConnectedLine(c);
        }
    }

    /** The ring timer must not fire any more (the call was hung up or the PBX restarted). */
    void cancel() {
        ringing = false;
    }

    /** The phone answered: both legs Up, OriginateResponse Success (Reason 4), DialEnd ANSWER. */
    void answered(String context, String exten) {
        phone.answer();
        ev.newstate(phone.one, 6);
        ev.originateResponse(originate.actionId(), true, phone.one, context, exten, 4);
        ev.dialEnd(null, phone.one, "ANSWER");
    }

    /** OriginateResponse Failure (Reason 3 no answer, 1 hung up while ringing), then the DialEnd with that status. */
    void failed(int reason, String dialStatus, String context, String exten) {
        cancel();
        ev.originateResponse(originate.actionId(), false, phone.one, context, exten, reason);
        ev.dialEnd(null, phone.one, dialStatus);
    }

    void hangUp(int cause) {
        hangUp(cause, () -> { });
    }

    /**
     * Both legs hang up, ;1 first; {@code leaving} is what ;1's application does once asked to hang up (leave a
     * conference). The phone's hangup handler runs on ;2.
     */
    void hangUp(int cause, Runnable leaving) {
        Channel a1 = phone.one;
        Channel a2 = phone.two;
        ev.softHangupRequest(a1, cause);
        leaving.run();
        ev.hangupRequest(a2, cause);
        ev.hangup(a1, cause);
        ev.softHangupRequest(a2, cause);
        phone.runHangupHandler();
        ev.hangup(a2, cause);
        phone.released();
    }

    /** The phone's ;2 CDR: it was waiting in its dialplan when the call ended. */
    void phoneCdr() {
        phone.cdr(ev, Events.cdrSource(phone.two), Events.cdrCallerId(phone.two), "Wait", "3600");
    }
}
