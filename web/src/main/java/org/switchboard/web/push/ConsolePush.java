package org.switchboard.web.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one way to push to an agent's consoles (channel "pop", per user). Pushes to one user are written one after
 * the other, each waited for: a websocket takes one message at a time, and two consumers pushing to the same
 * console at once (the pop preview and the state change of the same offered call) made one of them get lost.
 */
@ApplicationScoped
public class ConsolePush {

    public static final String CHANNEL = "pop";
    private static final long SEND_TIMEOUT_MILLIS = 2_000;

    @Inject
    @Push(channel = CHANNEL)
    PushContext channel;

    private final ConcurrentMap<String, Object> perUser = new ConcurrentHashMap<>();

    /** @return how many of the user's consoles received it */
    public int send(Object message, String user) {
        synchronized (perUser.computeIfAbsent(user, u -> new Object())) {
            int delivered = 0;
            Set<Future<Void>> sends = channel.send(message, user);
            for (Future<Void> send : sends) {
                try {
                    send.get(SEND_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                    delivered++;
                } catch (ExecutionException | TimeoutException e) {
                    // that console's connection is broken; it reconnects and refetches on its own
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return delivered;
        }
    }
}
