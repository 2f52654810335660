package org.switchboard.agent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.connector.api.CallEvent;

/**
 * Which signed-in agent each PBX event of a batch is about, and the one order their rows are locked in. Plain, so
 * the rules are tested without a container.
 *
 * <p>Queue and member events name the member interface. A {@code DialEnd} names only the agent's leg
 * ({@code DestChannel}, e.g. {@code Local/1001@agents-0000002a;1}); its device is compared with the member
 * interface's ({@code Local/1001@agents/n}), see {@link PhoneInterfaces#deviceOfChannel}.
 */
final class EventRouting {

    /** One event and the agent it is about. */
    record Routed(String username, CallEvent event) {
    }

    private final Map<String, String> byInterface = new HashMap<>();
    private final Map<String, String> byDevice = new HashMap<>();
    private final Map<String, String> byNailedChannel = new HashMap<>();
    private final Map<String, String> byOriginate = new HashMap<>();

    EventRouting(List<AgentSessions.Line> signedIn) {
        for (AgentSessions.Line a : signedIn) {
            if (a.memberInterface() != null) {
                byInterface.put(a.memberInterface(), a.username());
                byDevice.put(PhoneInterfaces.deviceOfInterface(a.memberInterface()), a.username());
            }
            if (a.nailedChannel() != null) {
                byNailedChannel.put(a.nailedChannel(), a.username());
            }
            if (a.nailedOriginate() != null) {
                byOriginate.put(a.nailedOriginate(), a.username());
            }
        }
    }

    /** The events that concern a signed-in agent, in their order, each with its agent. */
    List<Routed> route(List<CallEvent> events) {
        List<Routed> routed = new ArrayList<>();
        for (CallEvent event : events) {
            String username = agentOf(event);
            if (username != null) {
                routed.add(new Routed(username, event));
            }
        }
        return routed;
    }

    /**
     * The agents to lock, each once, in {@link AgentSessions#lockOrder}: every consumer session (and every skill
     * or queue edit) locks in this one order, so two sessions whose batches concern the same agents in opposite
     * orders wait for each other instead of deadlocking.
     */
    static List<String> lockOrder(List<Routed> routed) {
        return AgentSessions.lockOrder(routed.stream().map(Routed::username).toList());
    }

    String agentOf(CallEvent event) {
        return switch (event.type()) {
            case AGENT_OFFERED, AGENT_CONNECTED, AGENT_COMPLETED, AGENT_RING_NO_ANSWER, MEMBER_STATUS, MEMBER_ADDED,
                    SNAPSHOT_MEMBER -> event.memberInterface() == null ? null : byInterface.get(event.memberInterface());
            case DIAL_ENDED -> event.destChannel() == null ? null
                    : byDevice.get(PhoneInterfaces.deviceOfChannel(event.destChannel()));
            case CHANNEL_HUNGUP -> event.channel() == null ? null : byNailedChannel.get(event.channel());
            case ORIGINATE_RESULT -> originator(event.attribute("actionId"));
            default -> null;
        };
    }

    /** asterisk-java prefixes our ActionID on the wire, so the event carries it as a suffix. */
    private String originator(String actionId) {
        if (actionId == null) {
            return null;
        }
        return byOriginate.entrySet().stream().filter(e -> actionId.endsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
