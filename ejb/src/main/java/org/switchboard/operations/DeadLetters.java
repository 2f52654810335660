package org.switchboard.operations;

/** Port to the broker's dead-letter queue (JMS in {@code infrastructure.jms}; a fake in tests). */
public interface DeadLetters {

    /** JNDI name of the queue (configure-messaging.cli). */
    String QUEUE = "java:/jms/switchboard/DeadLetters";

    /**
     * Reads the queue without taking anything from it.
     *
     * @throws IllegalStateException when the broker cannot be asked
     */
    DeadLetterSummary summary();
}
