package org.switchboard.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.switchboard.agent.SkillAdministration;
import org.switchboard.skill.MembershipChange;
import org.switchboard.skill.QueueRequirements;
import org.switchboard.skill.SkillRequirement;

/**
 * Skills for administrators: agents' proficiencies and queues' requirements. A change moves the signed-in
 * agents' queue memberships at once; the answer lists the PBX actions it took.
 */
@Path("skills")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
@RolesAllowed("admin")
public class SkillsResource {

    @EJB
    SkillAdministration skills;

    @GET
    public JsonObject all() {
        JsonObjectBuilder agents = Json.createObjectBuilder();
        skills.agentSkills().forEach((user, levels) -> {
            JsonObjectBuilder a = Json.createObjectBuilder();
            levels.proficiencies().forEach(a::add);
            agents.add(user, a);
        });
        JsonObjectBuilder queues = Json.createObjectBuilder();
        for (QueueRequirements q : skills.queues()) {
            JsonObjectBuilder needs = Json.createObjectBuilder();
            for (SkillRequirement r : q.skills()) {
                needs.add(r.skill(), r.minimumProficiency());
            }
            queues.add(q.queue(), needs);
        }
        return Json.createObjectBuilder().add("skills", Json.createArrayBuilder(skills.skills()))
                .add("agents", agents).add("queues", queues).build();
    }

    /** Form field {@code proficiency}: 1-5, or 0 to take the skill away; without it, 400 (never "0"). */
    @PUT
    @Path("agents/{username}/{skill}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public JsonObject setAgentSkill(@PathParam("username") String username, @PathParam("skill") String skill,
            @FormParam("proficiency") String proficiency) {
        return changes(skills.setAgentSkill(username, skill, FormFields.level("proficiency", proficiency)));
    }

    /**
     * Form field {@code minimum}: the least proficiency 1-5, or 0 to drop the requirement; without it, 400. A
     * queue the tenant does not have yet is created in the tenant.
     */
    @PUT
    @Path("queues/{queue}/{skill}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public JsonObject setQueueSkill(@PathParam("queue") String queue, @PathParam("skill") String skill,
            @FormParam("minimum") String minimum) {
        return changes(skills.setQueueSkill(queue, skill, FormFields.level("minimum", minimum)));
    }

    /** Forgets one of the tenant's queues: its members are removed from it on the PBX. */
    @DELETE
    @Path("queues/{queue}")
    public JsonObject deleteQueue(@PathParam("queue") String queue) {
        return changes(skills.deleteQueue(queue));
    }

    private static JsonObject changes(List<MembershipChange> changes) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (MembershipChange c : changes) {
            list.add(Json.createObjectBuilder().add("action", c.kind().name()).add("queue", c.queue())
                    .add("penalty", c.penalty()));
        }
        return Json.createObjectBuilder().add("membershipChanges", list).build();
    }
}
