package org.switchboard.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.casework.CaseOrigin;
import org.switchboard.casework.CasePriority;
import org.switchboard.casework.CaseStatus;
import org.switchboard.casework.CaseView;
import org.switchboard.screen.ScreenTemplates;
import org.switchboard.screen.TemplateConflictException;
import org.switchboard.screen.TemplateRejectedException;
import org.switchboard.screen.TemplateScopeNotFoundException;
import org.switchboard.screen.template.FieldComponent;
import org.switchboard.screen.template.FieldSpec;
import org.switchboard.screen.template.Panel;
import org.switchboard.screen.template.PanelKind;
import org.switchboard.screen.template.ScreenTemplate;
import org.switchboard.screen.template.TemplateHistory;
import org.switchboard.screen.template.TemplateProblem;
import org.switchboard.screen.template.TemplateResolver;
import org.switchboard.screen.template.TemplateValidator;
import org.switchboard.screen.template.TemplateVersion;
import org.switchboard.screen.view.PopData;
import org.switchboard.screen.view.ConsoleZone;
import org.switchboard.screen.view.PopRenderer;
import org.switchboard.screen.view.PopView;
import org.switchboard.web.session.Faces;

/**
 * Administrators edit the screen templates of their tenant: the tenant's own or one of its groups'. The form
 * (panels, fields from the catalog or custom ones, labels in the language being edited, editable flags,
 * variables) is checked by {@link TemplateValidator} and previewed with sample data by the same composites as
 * the agent's desk on every change; "Save" stores it as the next version on top of the one loaded; every kept
 * version can be made current again with one click. The EJB checks the role and the tenant, not this page.
 */
@Named("templatesEditor")
@ViewScoped
public class TemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TENANT = "";

    @EJB
    private transient ScreenTemplates templates;

    private List<String> groups = List.of();
    private String scope = TENANT;
    private String language = "en";
    private String origin;
    private int basedOn;
    private List<TemplateVersion> versions = List.of();
    private TemplateForm form;
    private String newPanel;
    private List<String> problems = List.of();
    private PopView preview;

    @PostConstruct
    void init() {
        groups = templates.groups();
        load();
    }

    /** (Re)reads the chosen scope: the template in effect there, its versions; the form starts from it. */
    public void load() {
        String group = group();
        TemplateResolver.Resolved effective = templates.effective(group);
        TemplateHistory history = templates.history(group);
        origin = effective.origin().name();
        basedOn = history.current().map(TemplateVersion::number).orElse(0);
        List<TemplateVersion> newestFirst = new ArrayList<>(history.versions());
        Collections.reverse(newestFirst);
        versions = newestFirst;
        form = TemplateForm.of(effective.template());
        changed();
    }

    /** After every edit: the problems and the preview of the form as it is now. */
    public void changed() {
        ScreenTemplate template = form.toTemplate();
        List<TemplateProblem> found = TemplateValidator.problems(template);
        problems = found.stream().map(Object::toString).toList();
        preview = found.isEmpty()
                ? new PopRenderer(ConsoleZone.ZONE).render(template, language, sample(template))
                : null;
    }

    public void save() {
        try {
            TemplateVersion saved = templates.save(group(), basedOn, form.toTemplate());
            Faces.info("Saved as version " + saved.number() + ".");
            load();
        } catch (TemplateRejectedException e) {
            problems = e.problems();
            Faces.error("Not saved: the template has " + problems.size() + " problem(s).");
        } catch (TemplateConflictException | TemplateScopeNotFoundException e) {
            Faces.error(e.getMessage());
        } catch (EJBException e) {
            Faces.error("That did not work; please try again.");
        }
    }

    public void revert(int number) {
        try {
            TemplateVersion saved = templates.revert(group(), number, basedOn);
            Faces.info("Version " + number + " is in use again, as version " + saved.number() + ".");
            load();
        } catch (TemplateConflictException | TemplateScopeNotFoundException e) {
            Faces.error(e.getMessage());
        } catch (EJBException e) {
            Faces.error("That did not work; please try again.");
        }
    }

    public void addPanel() {
        if (newPanel != null) {
            form.addPanel(newPanel);
            newPanel = null;
        }
        changed();
    }

    public void removePanel(int index) {
        form.removePanel(index);
        changed();
    }

    public void movePanel(int index, int by) {
        form.movePanel(index, by);
        changed();
    }

    public void addField(int panel) {
        form.addField(panel);
        changed();
    }

    public void removeField(int panel, int field) {
        form.removeField(panel, field);
        changed();
    }

    public void moveField(int panel, int field, int by) {
        form.moveField(panel, field, by);
        changed();
    }

    private String group() {
        return scope == null || scope.isBlank() ? null : scope;
    }

    /** A made-up caller with something in every panel, custom fields showing "(name)". */
    private static PopData sample(ScreenTemplate template) {
        Instant now = Instant.now();
        Map<String, String> custom = new HashMap<>();
        for (Panel panel : template.panels()) {
            if (PanelKind.CUSTOM.key().equals(panel.kind())) {
                for (FieldSpec field : panel.fields()) {
                    custom.put(field.key(), sampleValue(field));
                }
            }
        }
        return new PopData(
                new PopData.ContactData(0, "Erika", "Beispiel", List.of("+4930901820", "+4915100000000"),
                        List.of("erika.beispiel@example.com"), "de", 0),
                new PopData.AccountData(0, "Beispiel GmbH", "gold", "agent1"),
                List.of(new CaseView(0, "CS-000042", "Invoice missing", null, CaseStatus.OPEN, CasePriority.HIGH,
                        "agent1", CaseOrigin.PHONE, now.minus(Duration.ofDays(2)), null, 0L, 0L, 0),
                        new CaseView(0, "CS-000017", "Delivery late", null, CaseStatus.CLOSED, CasePriority.NORMAL,
                                "agent2", CaseOrigin.EMAIL, now.minus(Duration.ofDays(30)),
                                now.minus(Duration.ofDays(29)), 0L, 0L, 0)),
                List.of(new PopData.CallData(0, now.minus(Duration.ofDays(1)), "agent1", 185, "ANSWERED", "Resolved",
                        "Explained the invoice"),
                        new PopData.CallData(0, now.minus(Duration.ofDays(3)), "agent2", null, "ABANDONED", null, null)),
                List.of(new PopData.NoteData("Prefers e-mail after 5 pm", "agent2", now.minus(Duration.ofDays(5)))),
                custom);
    }

    private static String sampleValue(FieldSpec field) {
        FieldComponent component = field.component() == null ? FieldComponent.TEXT : field.component();
        return switch (component) {
            case PHONE -> "+4930901820";
            case EMAIL -> "erika.beispiel@example.com";
            case BOOLEAN -> "true";
            case NUMBER -> "42";
            case DATE -> "2026-01-31";
            case DATE_TIME -> "2026-01-31 09:30";
            default -> "(" + field.key().substring(field.key().indexOf('.') + 1) + ")";
        };
    }

    // --- the form ------------------------------------------------------------------------------------------------

    public List<String> getGroups() {
        return groups;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getLanguage() {
        return language;
    }

    /** The language whose labels the form edits and the preview shows: two or three lower-case letters. */
    public void setLanguage(String language) {
        if (language != null && language.strip().matches("[a-z]{2,3}")) {
            this.language = language.strip();
        }
    }

    /** Whose template the scope's agents see now: GROUP, TENANT or DEFAULT. */
    public String getOrigin() {
        return origin;
    }

    public int getBasedOn() {
        return basedOn;
    }

    public List<TemplateVersion> getVersions() {
        return versions;
    }

    public TemplateForm getForm() {
        return form;
    }

    public String getNewPanel() {
        return newPanel;
    }

    public void setNewPanel(String newPanel) {
        this.newPanel = newPanel;
    }

    public List<String> getProblems() {
        return problems;
    }

    public PopView getPreview() {
        return preview;
    }

    public FieldComponent[] getComponents() {
        return FieldComponent.values();
    }
}
