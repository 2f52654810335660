package org.switchboard.screen;

/**
 * Tells the agent's browser that their screen pop changed: a call was offered, or their call ended.
 * Implementations deliver only after the transaction that recorded it commits, so the browser never asks for
 * a pop that is not there yet.
 */
public interface ScreenPopNotifier {

    void popChanged(String username, long callId);
}
