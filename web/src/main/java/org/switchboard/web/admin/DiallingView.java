package org.switchboard.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.dialling.ApprovalNotFoundException;
import org.switchboard.dialling.DiallingPolicy;
import org.switchboard.dialling.DiallingPolicyService;
import org.switchboard.web.session.Faces;

/**
 * The administrator's tenant's dialling policy (countries, blocked number types, approval of agents' external
 * phones) and the approved phones, on the skills page. The rules and checks are the service's.
 */
@Named("diallingView")
@ViewScoped
public class DiallingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient DiallingPolicyService dialling;

    private String countries;
    private List<String> blockedTypes = new ArrayList<>();
    private boolean approveExternalPhones;
    private List<String> typeNames = List.of();
    private List<String> agents = List.of();
    private List<Approved> approvals = List.of();
    private String approveAgent;
    private String approveNumber;

    /** One approved phone as the page shows it (getters: Faces' EL does not read record components). */
    public static final class Approved implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String username;
        private final String number;
        private final String approvedBy;
        private final String approvedAt;

        Approved(String username, String number, String approvedBy, String approvedAt) {
            this.username = username;
            this.number = number;
            this.approvedBy = approvedBy;
            this.approvedAt = approvedAt;
        }

        public String getUsername() {
            return username;
        }

        public String getNumber() {
            return number;
        }

        public String getApprovedBy() {
            return approvedBy;
        }

        public String getApprovedAt() {
            return approvedAt;
        }
    }

    @PostConstruct
    void load() {
        DiallingPolicy policy = dialling.policy();
        countries = String.join(", ", policy.allowedCountries().stream().sorted().toList());
        blockedTypes = new ArrayList<>(policy.blockedTypeNames());
        approveExternalPhones = policy.approveExternalPhones();
        typeNames = dialling.typeNames();
        agents = dialling.agents();
        approvals = dialling.approvals().stream().map(a -> new Approved(a.username(), a.number(), a.approvedBy(),
                a.approvedAt().toString())).toList();
    }

    public void save() {
        try {
            dialling.setPolicy(countries, String.join(",", blockedTypes), approveExternalPhones);
            Faces.info("Dialling policy saved.");
        } catch (EJBException | IllegalArgumentException e) {
            Faces.error(messageOf(e));
        }
        load();
    }

    public void approve() {
        try {
            dialling.approve(approveAgent, approveNumber);
            Faces.info("Approved " + approveNumber + " for " + approveAgent + ".");
            approveNumber = null;
        } catch (EJBException | IllegalArgumentException | ApprovalNotFoundException e) {
            Faces.error(messageOf(e));
        }
        load();
    }

    public void revoke(String username, String number) {
        try {
            dialling.revoke(username, number);
            Faces.info("Approval of " + number + " for " + username + " withdrawn.");
        } catch (EJBException | ApprovalNotFoundException e) {
            Faces.error(messageOf(e));
        }
        load();
    }

    /** "premium rate" for PREMIUM_RATE. */
    public String label(String type) {
        return type == null ? "" : type.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String messageOf(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if ((t instanceof IllegalArgumentException || t instanceof ApprovalNotFoundException)
                    && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return "That did not work; please try again.";
    }

    public String getCountries() {
        return countries;
    }

    public void setCountries(String countries) {
        this.countries = countries;
    }

    public List<String> getBlockedTypes() {
        return blockedTypes;
    }

    public void setBlockedTypes(List<String> blockedTypes) {
        this.blockedTypes = blockedTypes == null ? new ArrayList<>() : blockedTypes;
    }

    public boolean isApproveExternalPhones() {
        return approveExternalPhones;
    }

    public void setApproveExternalPhones(boolean approveExternalPhones) {
        this.approveExternalPhones = approveExternalPhones;
    }

    public List<String> getTypeNames() {
        return typeNames;
    }

    public List<String> getAgents() {
        return agents;
    }

    public List<Approved> getApprovals() {
        return approvals;
    }

    public String getApproveAgent() {
        return approveAgent;
    }

    public void setApproveAgent(String approveAgent) {
        this.approveAgent = approveAgent;
    }

    public String getApproveNumber() {
        return approveNumber;
    }

    public void setApproveNumber(String approveNumber) {
        this.approveNumber = approveNumber;
    }
}
