package org.switchboard.connector.publish;

import org.switchboard.connector.api.CallEvent;

/**
 * Where published call events go (the JMS topic in production). Used by one publisher thread only.
 * {@link #send} either stores the event durably and returns, or throws; after a throw the publisher calls
 * {@link #close()} and later sends the same event again.
 */
public interface EventSink extends AutoCloseable {

    /** Sends one event; opens the underlying connection first when needed. */
    void send(CallEvent event) throws Exception;

    /**
     * Sends the events in order and returns once all of them are stored, or throws having stored none (a sink
     * that can, stores them in one transaction: one durable write instead of one per event).
     */
    default void sendAll(java.util.List<CallEvent> events) throws Exception {
        for (CallEvent event : events) {
            send(event);
        }
    }

    /** Releases the underlying connection; never throws. The next send reopens it. */
    @Override
    void close();
}
