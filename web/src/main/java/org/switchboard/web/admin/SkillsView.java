package org.switchboard.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.switchboard.agent.AgentException;
import org.switchboard.agent.SkillAdministration;
import org.switchboard.skill.MembershipChange;
import org.switchboard.skill.QueueRequirements;
import org.switchboard.skill.SkillRequirement;
import org.switchboard.web.session.Faces;

/**
 * Administrators edit agents' skills and queues' required skills as two tables with a column per skill; a row's
 * "Save" sends its edited cells one by one to {@link SkillAdministration}, which checks them and moves the
 * signed-in agents' queue memberships; the PBX actions that caused are reported. A new skill is only a column
 * here until a level is saved for it (the server has no skill without an agent or a queue); a new queue is
 * stored at once with its first required skill. Unsaved edits survive every reload but "Discard changes".
 */
@Named("skillsView")
@ViewScoped
public class SkillsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient SkillAdministration administration;

    private final List<String> newSkills = new ArrayList<>();
    private List<String> skills = List.of();
    private List<SkillRow> agents = List.of();
    private List<SkillRow> queues = List.of();

    private String newSkill;
    private String newQueue;
    private String newQueueSkill;
    private int newQueueMinimum = 1;

    @PostConstruct
    void load() {
        List<String> stored = administration.skills();
        newSkills.removeIf(stored::contains);
        List<String> columns = new ArrayList<>(stored);
        columns.addAll(newSkills);
        skills = columns;

        List<SkillRow> agentRows = new ArrayList<>();
        administration.agentSkills()
                .forEach((user, levels) -> agentRows.add(new SkillRow(user, levels.proficiencies(), columns)));
        agents = keepEdits(agentRows, agents);

        List<SkillRow> queueRows = new ArrayList<>();
        for (QueueRequirements q : administration.queues()) {
            Map<String, Integer> minimums = q.skills().stream()
                    .collect(Collectors.toMap(SkillRequirement::skill, SkillRequirement::minimumProficiency));
            queueRows.add(new SkillRow(q.queue(), minimums, columns));
        }
        queues = keepEdits(queueRows, queues);
    }

    private static List<SkillRow> keepEdits(List<SkillRow> rows, List<SkillRow> before) {
        Map<String, SkillRow> old = before.stream().collect(Collectors.toMap(SkillRow::getName, Function.identity()));
        for (SkillRow row : rows) {
            SkillRow previous = old.get(row.getName());
            if (previous != null) {
                row.keepEdits(previous);
            }
        }
        return rows;
    }

    /** "Save" in the agents' table: every edited skill of this agent. */
    public void saveAgent(String username) {
        SkillRow row = row(agents, username);
        if (row.changedSkills().isEmpty()) {
            Faces.info(username + ": nothing to save.");
            return;
        }
        List<MembershipChange> changes = new ArrayList<>();
        try {
            for (String skill : row.changedSkills()) {
                changes.addAll(administration.setAgentSkill(username, skill, row.level(skill)));
            }
            Faces.info(username + ": " + describe(changes));
        } catch (AgentException | EJBException e) {
            if (!changes.isEmpty()) {
                Faces.info(username + ": " + describe(changes));
            }
            Faces.error(username + ": " + messageOf(e));
        }
        load();
    }

    /** "Save" in the queues' table: every edited requirement of this queue. */
    public void saveQueue(String queue) {
        SkillRow row = row(queues, queue);
        if (row.changedSkills().isEmpty()) {
            Faces.info("Queue " + queue + ": nothing to save.");
            return;
        }
        List<MembershipChange> changes = new ArrayList<>();
        try {
            for (String skill : row.changedSkills()) {
                changes.addAll(administration.setQueueSkill(queue, skill, row.level(skill)));
            }
            Faces.info("Queue " + queue + " saved: " + describe(changes));
        } catch (AgentException | EJBException e) {
            if (!changes.isEmpty()) {
                Faces.info("Queue " + queue + ", partly saved: " + describe(changes));
            }
            Faces.error("Queue " + queue + ": " + messageOf(e));
        }
        load();
    }

    /** A queue (new or not) that needs a skill: stored at once, the server checks the name. */
    public void addQueue() {
        try {
            List<MembershipChange> changes = administration.setQueueSkill(newQueue, newQueueSkill, newQueueMinimum);
            Faces.info("Queue " + newQueue + " needs " + newQueueSkill + " (at least " + newQueueMinimum + "): "
                    + describe(changes));
            newQueue = null;
        } catch (AgentException | EJBException e) {
            Faces.error(messageOf(e));
        }
        load();
    }

    /**
     * A skill column that is kept once a level for it is saved. Shown as the server will store the name (trimmed,
     * lower case), so that it is one column with the stored skill afterwards.
     */
    public void addSkill() {
        if (newSkill == null || newSkill.isBlank()) {
            Faces.error("Enter the name of the new skill.");
            return;
        }
        String skill = newSkill.strip().toLowerCase(Locale.ROOT);
        if (skills.contains(skill)) {
            Faces.error("There is a column for " + skill + " already.");
            return;
        }
        newSkills.add(skill);
        List<String> columns = new ArrayList<>(skills);
        columns.add(skill);
        skills = columns;
        agents.forEach(row -> row.addSkill(skill));
        queues.forEach(row -> row.addSkill(skill));
        Faces.info("Skill " + skill + " added as a column: save a level for an agent or a queue to keep it.");
        newSkill = null;
    }

    /** Forgets unsaved edits and new skill columns, and reads everything again. */
    public void discard() {
        newSkills.clear();
        agents = List.of();
        queues = List.of();
        load();
        Faces.info("Unsaved changes discarded.");
    }

    private static SkillRow row(List<SkillRow> rows, String name) {
        return rows.stream().filter(r -> r.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No row " + name));
    }

    /** "added to sales (penalty 0), removed from support", or "no membership changed". */
    static String describe(List<MembershipChange> changes) {
        if (changes.isEmpty()) {
            return "no membership changed";
        }
        return changes.stream().map(c -> switch (c.kind()) {
            case ADD -> "added to " + c.queue() + " (penalty " + c.penalty() + ")";
            case PENALTY -> "penalty in " + c.queue() + " now " + c.penalty();
            case REMOVE -> "removed from " + c.queue();
        }).collect(Collectors.joining(", "));
    }

    /** The message meant for the user (AgentException, IllegalArgumentException), never a stack trace. */
    private static String messageOf(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if ((t instanceof AgentException || t instanceof IllegalArgumentException) && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return "That did not work; please try again.";
    }

    public List<String> getSkills() {
        return skills;
    }

    public List<SkillRow> getAgents() {
        return agents;
    }

    public List<SkillRow> getQueues() {
        return queues;
    }

    public String getNewSkill() {
        return newSkill;
    }

    public void setNewSkill(String newSkill) {
        this.newSkill = newSkill;
    }

    public String getNewQueue() {
        return newQueue;
    }

    public void setNewQueue(String newQueue) {
        this.newQueue = newQueue;
    }

    public String getNewQueueSkill() {
        return newQueueSkill;
    }

    public void setNewQueueSkill(String newQueueSkill) {
        this.newQueueSkill = newQueueSkill;
    }

    public int getNewQueueMinimum() {
        return newQueueMinimum;
    }

    public void setNewQueueMinimum(int newQueueMinimum) {
        this.newQueueMinimum = newQueueMinimum;
    }
}
