package org.switchboard.call;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.switchboard.connector.api.CallEvent;

/**
 * The rules that turn the PBX's events into a call record. Plain Java: no container, no database.
 *
 * <p>Facts from real Asterisk traffic shape these rules (see shared/ami-captures/README.md): the call ends when
 * its first channel (Uniqueid = Linkedid) hangs up; talk ends when the agent's channel leaves the bridge, not
 * at AgentComplete, whose talk time is wrong after a Redirect; abandon comes from QueueCallerAbandon, not
 * from the CDR; events of one call may arrive slightly out of timestamp order.
 */
public final class CallTracker {

    /** What the caller of {@link #apply} must do after the change. */
    public enum Effect { NONE, SCREEN_POP }

    private final Function<String, Optional<String>> normaliser;
    private final Function<String, Optional<String>> agentByInterface;
    private final Function<String, Optional<String>> agentByChannel;

    /**
     * @param normaliser       phone number to E.164
     * @param agentByInterface queue member interface to the username of the agent signed in on it
     * @param agentByChannel   channel name to the username of the agent whose phone it belongs to
     */
    public CallTracker(Function<String, Optional<String>> normaliser,
            Function<String, Optional<String>> agentByInterface, Function<String, Optional<String>> agentByChannel) {
        this.normaliser = normaliser;
        this.agentByInterface = agentByInterface;
        this.agentByChannel = agentByChannel;
    }

    public Effect apply(Call call, CallEvent event) {
        call.startedNoLaterThan(event.time());
        call.seen(event.time());
        switch (event.type()) {
            case CHANNEL_CREATED -> {
                if (isFirstChannel(event)) {
                    call.caller(event.callerNumber(), e164(event.callerNumber()), event.callerName());
                }
            }
            case SNAPSHOT_CHANNEL -> snapshotChannel(call, event);
            case CALLER_QUEUED -> {
                call.caller(event.callerNumber(), e164(event.callerNumber()), event.callerName());
                call.queued(event.queue(), event.time());
            }
            case SNAPSHOT_QUEUE_ENTRY -> {
                // waiting in the queue since Wait seconds before the resync
                call.caller(event.callerNumber(), e164(event.callerNumber()), event.callerName());
                call.queued(event.queue(), event.time().minusSeconds(seconds(event.attribute("waitSeconds"))));
            }
            case AGENT_OFFERED -> {
                call.caller(event.callerNumber(), e164(event.callerNumber()), event.callerName());
                if (event.queue() != null) {
                    call.queued(event.queue(), event.time());
                }
                String agent = agent(event.memberInterface());
                call.offered(event.memberInterface(), event.memberName(), event.destChannel(), agent, event.time());
                if (call.isInProgress() && call.getAnsweredAt() == null && agent != null) {
                    return Effect.SCREEN_POP;
                }
            }
            case AGENT_CONNECTED -> call.answered(event.memberInterface(), event.memberName(), event.destChannel(),
                    agent(event.memberInterface()), event.holdSeconds(), event.time());
            case CALLER_ABANDONED -> {
                call.holdSeconds(event.holdSeconds());
                call.outcome(CallOutcome.ABANDONED);
            }
            case AGENT_COMPLETED -> {
                if (call.getAnsweredAt() == null && event.memberInterface() != null) {
                    // answered while the connector was not listening: AgentComplete still says who and how long
                    if (call.getQueue() == null && event.queue() != null) {
                        call.queued(event.queue(), call.getStartedAt());
                    }
                    int talk = event.talkSeconds() == null ? 0 : Math.max(0, event.talkSeconds());
                    call.answered(event.memberInterface(), event.memberName(), event.destChannel(),
                            agent(event.memberInterface()), event.holdSeconds(), event.time().minusSeconds(talk));
                }
                if ("transfer".equalsIgnoreCase(event.reason())) {
                    call.outcome(CallOutcome.TRANSFERRED);
                }
            }
            case CALL_TRANSFERRED -> call.outcome(CallOutcome.TRANSFERRED);
            case DIAL_STARTED -> {
                // A leg that dials out on a call that never queued: an outbound call (click-to-dial or a
                // phone dialling out). Originate's own DialBegin has no Channel (connector/README.md, AMI-4).
                if (call.getQueue() == null && event.channel() != null && call.getAnsweredAt() == null) {
                    call.outbound(agentByChannel.apply(event.channel()).orElse(null), null);
                    String called = calledNumber(event.attribute("dialString"));
                    call.caller(called, e164(called), null);
                    // The agent's screen pops the customer being dialled, as for a call offered to them.
                    if (call.getAgentUsername() != null && call.getOfferedAt() == null) {
                        call.dialling(event.time());
                        return Effect.SCREEN_POP;
                    }
                }
            }
            case DIAL_ENDED -> {
                // Click-to-dial: the agent's leg dials the customer; ANSWER starts the talk.
                if (call.getDirection() == Call.Direction.OUTBOUND && "ANSWER".equals(event.reason())
                        && event.channel() != null && !isAgentChannel(call, event.destChannel())) {
                    call.outboundAnswered(event.time());
                }
            }
            case BRIDGE_LEFT -> {
                if (isAgentChannel(call, event.channel())) {
                    call.talkEnded(event.time());
                }
            }
            case CHANNEL_HUNGUP -> {
                if (isFirstChannel(event) && call.getEndedAt() == null) {
                    call.ended(event.time(), finalOutcome(call));
                }
            }
            default -> {
                // Other events do not change the call record.
            }
        }
        return Effect.NONE;
    }

    /**
     * The PBX no longer reports this call after a reconnect: close it with what is known, at the last moment it
     * was known to be alive (not at the resync, which may be days later), marked as closed by the resync.
     */
    public void closeLost(Call call) {
        if (call.getEndedAt() == null) {
            CallOutcome outcome = finalOutcome(call);
            call.closedByResync(outcome == CallOutcome.UNANSWERED ? CallOutcome.LOST : outcome);
        }
    }

    /**
     * A channel the PBX has at a resync ({@code CoreShowChannel}). The call's first channel tells who calls, since
     * when ({@code Duration}) and, while it runs {@code Queue(name,...)}, the queue (so the tenant); a channel of a
     * signed-in agent's phone that is in a bridge means the call was answered by that agent, at the latest when
     * that channel was created.
     */
    private void snapshotChannel(Call call, CallEvent event) {
        Instant created = event.time().minusSeconds(duration(event.attribute("duration")));
        if (isFirstChannel(event)) {
            call.startedNoLaterThan(created);
            call.caller(event.callerNumber(), e164(event.callerNumber()), event.callerName());
            String queue = queueOfApplication(event.attribute("application"), event.attribute("applicationData"));
            if (queue != null && call.getQueue() == null) {
                call.inQueue(queue);
            }
        } else if (event.attribute("bridgeId") != null && event.channel() != null && call.getAnsweredAt() == null) {
            agentByChannel.apply(event.channel())
                    .ifPresent(agent -> call.answeredBeforeResync(agent, event.channel(), created));
        }
    }

    /** {@code Queue} with data {@code support,t,,,300}: the queue {@code support}. */
    static String queueOfApplication(String application, String data) {
        if (!"Queue".equalsIgnoreCase(application) || data == null) {
            return null;
        }
        String queue = data.split(",", 2)[0].strip();
        return queue.isEmpty() ? null : queue;
    }

    /**
     * A CoreShowChannel {@code Duration} ({@code HH:MM:SS}, hours may exceed 24; connector/README.md, AMI-10) in
     * seconds; 0 if unreadable.
     */
    static long duration(String hms) {
        if (hms == null) {
            return 0;
        }
        String[] parts = hms.strip().split(":");
        long seconds = 0;
        try {
            for (String part : parts) {
                seconds = seconds * 60 + Long.parseLong(part);
            }
        } catch (NumberFormatException e) {
            return 0;
        }
        return seconds < 0 ? 0 : seconds;
    }

    private static long seconds(String value) {
        try {
            return value == null ? 0 : Math.max(0, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Marks a call that Switchboard itself originated for an agent (click-to-dial). */
    public void markOutbound(Call call, String agentUsername, String memberInterface) {
        call.outbound(agentUsername, memberInterface);
    }

    static CallOutcome finalOutcome(Call call) {
        CallOutcome current = call.getOutcome();
        if (current == CallOutcome.ABANDONED || current == CallOutcome.TRANSFERRED) {
            return current;
        }
        if (call.getAnsweredAt() != null) {
            return CallOutcome.ANSWERED;
        }
        if (call.getQueuedAt() != null) {
            return CallOutcome.ABANDONED;
        }
        return CallOutcome.UNANSWERED;
    }

    /** The number part of a dial string: {@code +498912345678@pstn} or {@code trunk/+498912345678}. */
    static String calledNumber(String dialString) {
        if (dialString == null) {
            return null;
        }
        String number = dialString.contains("@") ? dialString.substring(0, dialString.indexOf('@')) : dialString;
        return number.substring(number.lastIndexOf('/') + 1);
    }

    private static boolean isFirstChannel(CallEvent event) {
        return event.uniqueId() != null && event.uniqueId().equals(event.linkedId());
    }

    private static boolean isAgentChannel(Call call, String channel) {
        return channel != null && channel.equals(call.getAgentChannel());
    }

    private String e164(String number) {
        return number == null ? null : normaliser.apply(number).orElse(null);
    }

    private String agent(String memberInterface) {
        return memberInterface == null ? null : agentByInterface.apply(memberInterface).orElse(null);
    }
}
