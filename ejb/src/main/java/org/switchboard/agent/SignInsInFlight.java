package org.switchboard.agent;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agents whose sign-in transaction is running on this node. A sign-in's own PBX actions answer with events
 * (QueueMemberAdded with the phone's status, the nailed-up line's OriginateResponse) that can reach the presence
 * consumer before the sign-in commits, when the agent does not look signed in yet; the consumer waits for these
 * sign-ins (their row lock) before it gives such an event up. Per node: another node's consumer cannot see them.
 */
final class SignInsInFlight {

    private static final Set<String> USERNAMES = ConcurrentHashMap.newKeySet();

    private SignInsInFlight() {
    }

    /** The caller's sign-in of {@code username} runs until the current transaction ends. */
    static void enter(String username, TransactionSynchronizationRegistry transaction) {
        USERNAMES.add(username);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                USERNAMES.remove(username);
            }
        });
    }

    /** Sorted, so waiting for several locks them in the same order as every batch does. */
    static List<String> now() {
        return USERNAMES.stream().sorted().toList();
    }

    static boolean any() {
        return !USERNAMES.isEmpty();
    }
}
