package org.switchboard.skill;

/**
 * One PBX action to bring an agent's queue memberships in line with their skills.
 *
 * @param kind    {@code QueueAdd}, {@code QueuePenalty} or {@code QueueRemove}
 * @param queue   the queue
 * @param penalty the penalty to add with or change to; 0 for a removal
 */
public record MembershipChange(Kind kind, String queue, int penalty) {

    public enum Kind { ADD, PENALTY, REMOVE }

    public static MembershipChange add(String queue, int penalty) {
        return new MembershipChange(Kind.ADD, queue, penalty);
    }

    public static MembershipChange penalty(String queue, int penalty) {
        return new MembershipChange(Kind.PENALTY, queue, penalty);
    }

    public static MembershipChange remove(String queue) {
        return new MembershipChange(Kind.REMOVE, queue, 0);
    }
}
