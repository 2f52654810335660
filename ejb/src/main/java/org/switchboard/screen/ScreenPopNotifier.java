package org.switchboard.screen;

/**
 * Tells the agent's browser that their screen pop changed: a call was offered, or their call ended.
 * Called once the transaction that recorded the change has committed, so the browser never asks for a pop that
 * is not there yet.
 */
public interface ScreenPopNotifier {

    void popChanged(PopNotice notice);

    /** The agent's state changed (or their nailed-up line came up): their console shows it. */
    void agentStateChanged(String username);
}
