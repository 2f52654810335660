/**
 * Skills with proficiency 1-5 per agent, the skills each PBX queue needs, and from them the queues an agent
 * belongs in with their PBX penalty ({@link org.switchboard.skill.QueueMatcher}), plus the QueueAdd /
 * QueuePenalty / QueueRemove actions that move live memberships when skills or requirements change.
 */
package org.switchboard.skill;
