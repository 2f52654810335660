package org.switchboard.routing;

import java.time.Instant;
import java.util.Objects;
import org.switchboard.presence.AgentStatus;
import org.switchboard.skill.AgentSkills;

/**
 * One agent as the router sees them at one moment.
 *
 * @param agentId                 the agent (username)
 * @param availability            the agent's state leaving a voice call aside, i.e.
 *                                {@code AgentPresence.availability()}: only READY gets work
 * @param skills                  the agent's skills
 * @param idleSince               since when the agent has had no work (voice or deferred); earlier is idler
 * @param onVoiceCall             a call rings or occupies the agent's phone ({@code AgentPresence.onVoiceCall()})
 * @param deferredWorkDuringVoice the agent's group lets agents take deferred work while on a voice call
 * @param handlingWork            the agent accepted a deferred item and has not finished it
 */
public record AgentSnapshot(String agentId, AgentStatus availability, AgentSkills skills, Instant idleSince,
        boolean onVoiceCall, boolean deferredWorkDuringVoice, boolean handlingWork) {

    public AgentSnapshot {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(skills, "skills");
        Objects.requireNonNull(idleSince, "idleSince");
    }

    /** Whether the agent may get deferred work at all, skills aside. */
    boolean free() {
        if (availability != AgentStatus.READY || handlingWork) {
            return false;
        }
        return !onVoiceCall || deferredWorkDuringVoice;
    }

    /** Proficiency in the item's skill, 0 when lacking it; an item needing no skill finds everyone equal. */
    int proficiencyFor(WorkItem item) {
        return item.requiredSkill() == null ? 1 : skills.proficiency(item.requiredSkill()).orElse(0);
    }
}
