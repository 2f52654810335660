package org.switchboard.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.screen.template.FieldCatalog;
import org.switchboard.screen.template.FieldComponent;
import org.switchboard.screen.template.FieldSpec;
import org.switchboard.screen.template.Labels;
import org.switchboard.screen.template.Panel;
import org.switchboard.screen.template.PanelKind;
import org.switchboard.screen.template.ScreenTemplate;
import org.switchboard.screen.template.TemplateVariable;

/**
 * A screen template as the editor's form holds it while the administrator works on it: mutable lists of panels
 * and fields, labels per language, variables as typed. {@link #toTemplate()} gives the immutable template the
 * validator judges and the service saves; nothing here decides what is valid.
 */
public class TemplateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One panel of the form. */
    public static class PanelForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String kind;
        private final Map<String, String> title = new HashMap<>();
        private final List<FieldForm> fields = new ArrayList<>();
        private String newField;
        private String newCustomName;
        private FieldComponent newCustomComponent = FieldComponent.TEXT;

        PanelForm(String kind) {
            this.kind = kind;
        }

        public String getKind() {
            return kind;
        }

        public boolean isCustom() {
            return PanelKind.CUSTOM.key().equals(kind);
        }

        public Map<String, String> getTitle() {
            return title;
        }

        public List<FieldForm> getFields() {
            return fields;
        }

        /** The catalog's fields of this panel that it does not show yet. */
        public List<String> getAddableFields() {
            return PanelKind.of(kind).map(FieldCatalog::fieldsOf).orElse(List.of()).stream()
                    .map(FieldCatalog.KnownField::key)
                    .filter(key -> fields.stream().noneMatch(f -> f.getKey().equals(key))).toList();
        }

        public String getNewField() {
            return newField;
        }

        public void setNewField(String newField) {
            this.newField = newField;
        }

        public String getNewCustomName() {
            return newCustomName;
        }

        public void setNewCustomName(String newCustomName) {
            this.newCustomName = newCustomName;
        }

        public FieldComponent getNewCustomComponent() {
            return newCustomComponent;
        }

        public void setNewCustomComponent(FieldComponent newCustomComponent) {
            this.newCustomComponent = newCustomComponent;
        }
    }

    /** One field of a panel. */
    public static class FieldForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String key;
        private FieldComponent component;
        private boolean editable;
        private final Map<String, String> labels = new HashMap<>();

        FieldForm(String key, FieldComponent component, boolean editable) {
            this.key = key;
            this.component = component;
            this.editable = editable;
        }

        public String getKey() {
            return key;
        }

        public FieldComponent getComponent() {
            return component;
        }

        public void setComponent(FieldComponent component) {
            this.component = component;
        }

        /** Custom fields choose their component; known ones are drawn as the catalog says. */
        public boolean isCustom() {
            return FieldCatalog.isCustomKey(key) || key.startsWith("custom.");
        }

        /** Whether the data allows editing at all (the checkbox is offered only then). */
        public boolean isEditableAllowed() {
            return isCustom() || FieldCatalog.find(key).map(FieldCatalog.KnownField::editable).orElse(false);
        }

        public boolean isEditable() {
            return editable;
        }

        public void setEditable(boolean editable) {
            this.editable = editable;
        }

        public Map<String, String> getLabels() {
            return labels;
        }
    }

    private final List<PanelForm> panels = new ArrayList<>();
    private String historyMaxRows;
    private boolean showClosedCases;
    private String greeting;
    private String script;

    public static TemplateForm of(ScreenTemplate template) {
        TemplateForm form = new TemplateForm();
        for (Panel panel : template.panels()) {
            PanelForm p = new PanelForm(panel.kind());
            p.title.putAll(panel.title().texts());
            for (FieldSpec field : panel.fields()) {
                FieldForm f = new FieldForm(field.key(), field.component(), field.editable());
                f.labels.putAll(field.labels().texts());
                p.fields.add(f);
            }
            form.panels.add(p);
        }
        form.historyMaxRows = template.variable(TemplateVariable.HISTORY_MAX_ROWS);
        form.showClosedCases = "true".equals(template.variable(TemplateVariable.CASES_SHOW_CLOSED));
        form.greeting = template.variable(TemplateVariable.GREETING_TEXT);
        form.script = template.variable(TemplateVariable.SCRIPT_TEXT);
        return form;
    }

    /** The form as a template; blank labels are left out (the view falls back to English, then the key). */
    public ScreenTemplate toTemplate() {
        List<Panel> result = new ArrayList<>();
        for (PanelForm p : panels) {
            List<FieldSpec> fields = p.fields.stream()
                    .map(f -> new FieldSpec(f.key, f.component, f.editable, labels(f.labels))).toList();
            result.add(new Panel(p.kind, labels(p.title), fields));
        }
        Map<String, String> variables = new HashMap<>();
        variables.put(TemplateVariable.HISTORY_MAX_ROWS.key(), historyMaxRows == null ? "" : historyMaxRows.strip());
        variables.put(TemplateVariable.CASES_SHOW_CLOSED.key(), Boolean.toString(showClosedCases));
        if (greeting != null && !greeting.isBlank()) {
            variables.put(TemplateVariable.GREETING_TEXT.key(), greeting);
        }
        if (script != null && !script.isBlank()) {
            variables.put(TemplateVariable.SCRIPT_TEXT.key(), script);
        }
        return new ScreenTemplate(result, variables);
    }

    private static Labels labels(Map<String, String> texts) {
        Map<String, String> kept = new HashMap<>();
        texts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                kept.put(language, text.strip());
            }
        });
        return new Labels(kept);
    }

    // --- changes from the form's buttons ------------------------------------------------------------------------

    /** A new panel of the kind with all its catalog fields (none for a custom panel), titled in English. */
    public void addPanel(String kind) {
        PanelForm p = new PanelForm(kind);
        PanelKind.of(kind).ifPresent(k -> {
            p.title.put(Labels.FALLBACK_LANGUAGE, Character.toUpperCase(k.key().charAt(0)) + k.key().substring(1));
            FieldCatalog.fieldsOf(k).forEach(field -> p.fields.add(known(field.key())));
        });
        panels.add(p);
    }

    /** The panel kinds that can still be added: each once, custom panels as often as wanted. */
    public List<String> getAddablePanels() {
        return Arrays.stream(PanelKind.values()).map(PanelKind::key)
                .filter(kind -> kind.equals(PanelKind.CUSTOM.key())
                        || panels.stream().noneMatch(p -> p.kind.equals(kind)))
                .toList();
    }

    public void removePanel(int index) {
        if (index >= 0 && index < panels.size()) {
            panels.remove(index);
        }
    }

    public void movePanel(int index, int by) {
        move(panels, index, by);
    }

    /** Adds the panel's chosen catalog field, or for a custom panel "custom.&lt;name&gt;" of the chosen type. */
    public void addField(int panelIndex) {
        if (panelIndex < 0 || panelIndex >= panels.size()) {
            return;
        }
        PanelForm p = panels.get(panelIndex);
        if (p.isCustom()) {
            String name = p.newCustomName == null ? "" : p.newCustomName.strip();
            if (!name.isEmpty()) {
                FieldForm f = new FieldForm("custom." + name, p.newCustomComponent, false);
                f.labels.put(Labels.FALLBACK_LANGUAGE, name);
                p.fields.add(f);
                p.newCustomName = null;
            }
        } else if (p.newField != null && FieldCatalog.find(p.newField).isPresent()) {
            p.fields.add(known(p.newField));
            p.newField = null;
        }
    }

    public void removeField(int panelIndex, int fieldIndex) {
        if (panelIndex >= 0 && panelIndex < panels.size()) {
            List<FieldForm> fields = panels.get(panelIndex).fields;
            if (fieldIndex >= 0 && fieldIndex < fields.size()) {
                fields.remove(fieldIndex);
            }
        }
    }

    public void moveField(int panelIndex, int fieldIndex, int by) {
        if (panelIndex >= 0 && panelIndex < panels.size()) {
            move(panels.get(panelIndex).fields, fieldIndex, by);
        }
    }

    private static FieldForm known(String key) {
        FieldSpec spec = FieldCatalog.spec(key);
        FieldForm f = new FieldForm(key, spec.component(), spec.editable());
        f.labels.putAll(spec.labels().texts());
        return f;
    }

    private static <T> void move(List<T> list, int index, int by) {
        int to = index + by;
        if (index >= 0 && index < list.size() && to >= 0 && to < list.size()) {
            list.add(to, list.remove(index));
        }
    }

    public List<PanelForm> getPanels() {
        return panels;
    }

    public String getHistoryMaxRows() {
        return historyMaxRows;
    }

    public void setHistoryMaxRows(String historyMaxRows) {
        this.historyMaxRows = historyMaxRows;
    }

    public boolean isShowClosedCases() {
        return showClosedCases;
    }

    public void setShowClosedCases(boolean showClosedCases) {
        this.showClosedCases = showClosedCases;
    }

    public String getGreeting() {
        return greeting;
    }

    public void setGreeting(String greeting) {
        this.greeting = greeting;
    }

    public String getScript() {
        return script;
    }

    public void setScript(String script) {
        this.script = script;
    }
}
