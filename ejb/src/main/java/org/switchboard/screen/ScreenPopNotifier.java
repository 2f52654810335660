package org.switchboard.screen;

/**
 * Tells the agent's browser that a screen pop is ready. Implementations deliver only after the transaction
 * that recorded the offer commits, so the browser never asks for a pop that is not there yet.
 */
public interface ScreenPopNotifier {

    void popReady(String username, long callId);
}
