package org.switchboard.pbxsim.scenario;

/**
 * Durations (milliseconds) that drive a simulated call. 0 for talk/patience means "until someone hangs up".
 *
 * @param ringMillis       how long an agent handset rings before it answers
 * @param autoAnswer       whether agent handsets answer at all (if not: AgentRingNoAnswer after queueTimeout)
 * @param queueTimeoutMillis app_queue "timeout": ring time per member before trying the next one
 * @param retryMillis      app_queue "retry": pause before the next member is rung
 * @param talkMillis       agent hangs up after this talk time (AgentComplete Reason=agent)
 * @param patienceMillis   customer hangs up this long after the call entered (abandon if still waiting)
 * @param pstnRingMillis   click-to-dial: remote party rings this long
 * @param pstnTalkMillis   click-to-dial: remote party hangs up after this talk time
 */
public record Timing(long ringMillis, boolean autoAnswer, long queueTimeoutMillis, long retryMillis,
        long talkMillis, long patienceMillis, long pstnRingMillis, long pstnTalkMillis) {

    public Timing withTalk(long talk) {
        return new Timing(ringMillis, autoAnswer, queueTimeoutMillis, retryMillis, talk, patienceMillis,
                pstnRingMillis, pstnTalkMillis);
    }

    public Timing withPatience(long patience) {
        return new Timing(ringMillis, autoAnswer, queueTimeoutMillis, retryMillis, talkMillis, patience,
                pstnRingMillis, pstnTalkMillis);
    }

    public Timing withRing(long ring) {
        return new Timing(ring, autoAnswer, queueTimeoutMillis, retryMillis, talkMillis, patienceMillis,
                pstnRingMillis, pstnTalkMillis);
    }
}
