package org.switchboard.pbxsim;

import java.time.Duration;

/** Handle of a simulated inbound queue call (customer side), for tests and the demo. Thread-safe. */
public interface InboundCall {
    /** Interface (e.g. {@code Local/1001@agents/n}) of the first member the call was offered to. */
    String awaitOffered(Duration timeout);

    /** Interface of the member who answered. */
    String awaitConnected(Duration timeout);

    /** Outcome once the call is over: {@code completed}, {@code abandoned} or {@code aborted}. */
    String awaitEnded(Duration timeout);

    /** Customer hangs up: abandon while waiting/ringing, AgentComplete Reason=caller while talking. */
    void customerHangsUp();

    /** Same as {@link #customerHangsUp()}; reads better in abandon tests. */
    default void abandon() {
        customerHangsUp();
    }

    /** Agent hangs up while talking (AgentComplete Reason=agent). */
    void agentHangsUp();

    boolean isEnded();

    String queue();

    /** Linkedid of the call = Uniqueid of the customer's ;1 channel. */
    String linkedid();

    /** Customer's queue channel (Local/...@customers-XXXX;1). */
    String customerChannel();

    /** Agent's ;1 channel while offered or connected, else null. */
    String agentChannel();
}
