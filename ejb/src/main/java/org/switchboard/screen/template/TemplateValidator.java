package org.switchboard.screen.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a template before it is saved, and reports every problem at once so that an administrator can fix the
 * form in one go. A template without problems renders: every field exists in its panel's data, can be edited
 * if it says so, and every placeholder names a field.
 *
 * <p>Labels are not checked for markup: "&lt;b&gt;" is a legitimate label text, and the view escapes all labels.
 * They are checked for control characters, which no form produces and which would garble the screen.
 */
public final class TemplateValidator {

    public static final int MAX_LABEL = 80;
    /**
     * How big a template may be. Generous for a screen an agent reads during a call (the default has 7 panels and
     * 20 fields), and small enough that a template cannot make every pop slow or the editor's answer huge.
     */
    public static final int MAX_PANELS = 20;
    public static final int MAX_FIELDS_PER_PANEL = 40;
    public static final int MAX_FIELDS = 200;
    public static final int MAX_VARIABLES = 20;
    public static final int MAX_LANGUAGES = 10;
    /** The template as stored (JSON, UTF-8). */
    public static final int MAX_BYTES = 64 * 1024;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final String KNOWN_KINDS = Arrays.stream(PanelKind.values()).map(PanelKind::key)
            .collect(Collectors.joining(", "));
    private static final String KNOWN_VARIABLES = Arrays.stream(TemplateVariable.values())
            .map(TemplateVariable::key).collect(Collectors.joining(", "));

    private TemplateValidator() {
    }

    /** Everything wrong with the template, in form order; empty when it may be saved. */
    public static List<TemplateProblem> problems(ScreenTemplate template) {
        List<TemplateProblem> tooBig = sizeProblems(template);
        if (!tooBig.isEmpty()) {
            return tooBig; // not looked into further: a huge template would get a huge list of problems
        }
        List<TemplateProblem> problems = new ArrayList<>();
        Map<PanelKind, Integer> panelAt = new HashMap<>();
        Set<String> fieldsSeen = new HashSet<>();
        Set<String> customFields = new HashSet<>();
        for (int i = 0; i < template.panels().size(); i++) {
            Panel panel = template.panels().get(i);
            String where = "panel " + (i + 1) + " (" + panel.kind() + ")";
            Optional<PanelKind> kind = PanelKind.of(panel.kind());
            if (kind.isEmpty()) {
                problems.add(new TemplateProblem(where, null,
                        "unknown panel kind '" + panel.kind() + "' (known: " + KNOWN_KINDS + ")"));
            } else if (kind.get() != PanelKind.CUSTOM && panelAt.containsKey(kind.get())) {
                problems.add(new TemplateProblem(where, null,
                        "the " + panel.kind() + " panel is already shown as panel " + panelAt.get(kind.get())));
            } else {
                panelAt.putIfAbsent(kind.get(), i + 1);
            }
            checkLabels(panel.title(), where, null, problems);
            if (panel.fields().isEmpty()) {
                problems.add(new TemplateProblem(where, null, "shows no fields"));
            }
            for (FieldSpec field : panel.fields()) {
                kind.ifPresent(k -> checkField(k, field, where, problems));
                if (field.key() != null && !fieldsSeen.add(field.key())) {
                    problems.add(new TemplateProblem(where, field.key(), "is shown twice"));
                }
                if (kind.orElse(null) == PanelKind.CUSTOM && FieldCatalog.isCustomKey(field.key())) {
                    customFields.add(field.key());
                }
            }
        }
        template.variables().forEach((name, value) -> checkVariable(name, value, customFields, problems));
        return problems;
    }

    /** Whether the template is within the bounds above; the size in bytes first, then the counts. */
    static List<TemplateProblem> sizeProblems(ScreenTemplate template) {
        int bytes = TemplateCodec.toJson(template).getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return List.of(new TemplateProblem(null, null,
                    "the template has " + bytes + " bytes, at most " + MAX_BYTES + " are allowed"));
        }
        List<TemplateProblem> problems = new ArrayList<>();
        if (template.panels().size() > MAX_PANELS) {
            problems.add(new TemplateProblem(null, null, "the template has " + template.panels().size()
                    + " panels, at most " + MAX_PANELS + " are allowed"));
            return problems;
        }
        int fields = 0;
        for (int i = 0; i < template.panels().size(); i++) {
            Panel panel = template.panels().get(i);
            fields += panel.fields().size();
            if (panel.fields().size() > MAX_FIELDS_PER_PANEL) {
                problems.add(new TemplateProblem("panel " + (i + 1) + " (" + panel.kind() + ")", null, "shows "
                        + panel.fields().size() + " fields, at most " + MAX_FIELDS_PER_PANEL + " are allowed"));
            }
        }
        if (fields > MAX_FIELDS) {
            problems.add(new TemplateProblem(null, null, "the template shows " + fields + " fields, at most "
                    + MAX_FIELDS + " are allowed"));
        }
        if (template.variables().size() > MAX_VARIABLES) {
            problems.add(new TemplateProblem(null, null, "the template has " + template.variables().size()
                    + " variables, at most " + MAX_VARIABLES + " are allowed"));
        }
        return problems;
    }

    private static void checkField(PanelKind kind, FieldSpec field, String where, List<TemplateProblem> problems) {
        String key = field.key();
        if (key == null || key.isBlank()) {
            problems.add(new TemplateProblem(where, null, "a field has no key"));
            return;
        }
        if (kind == PanelKind.CUSTOM) {
            if (!FieldCatalog.isCustomKey(key)) {
                problems.add(new TemplateProblem(where, key,
                        "custom fields are named custom.<name>, with at most 40 letters, digits or '_'"));
            }
            if (field.component() == null) {
                problems.add(new TemplateProblem(where, key, "needs a type (text, date, ...)"));
            }
        } else {
            Optional<FieldCatalog.KnownField> known = FieldCatalog.find(key).filter(f -> f.panel() == kind);
            if (known.isEmpty()) {
                problems.add(new TemplateProblem(where, key, "is not a field of the " + kind.key() + " panel"));
                return;
            }
            if (field.component() != known.get().component()) {
                problems.add(new TemplateProblem(where, key,
                        "is shown as " + known.get().component() + ", not " + field.component()));
            }
            if (field.editable() && !known.get().editable()) {
                problems.add(new TemplateProblem(where, key, "can never be edited"));
            }
        }
        checkLabels(field.labels(), where, key, problems);
    }

    private static void checkLabels(Labels labels, String where, String field, List<TemplateProblem> problems) {
        if (labels.texts().size() > MAX_LANGUAGES) {
            problems.add(new TemplateProblem(where, field, "has labels in " + labels.texts().size()
                    + " languages, at most " + MAX_LANGUAGES + " are allowed"));
            return;
        }
        labels.texts().forEach((language, text) -> {
            if (!LANGUAGE.matcher(language).matches()) {
                problems.add(new TemplateProblem(where, field,
                        "label language '" + language + "' is not a language code such as en or de"));
            } else if (text == null || text.isBlank()) {
                problems.add(new TemplateProblem(where, field, "label (" + language + ") is empty"));
            } else if (text.length() > MAX_LABEL) {
                problems.add(new TemplateProblem(where, field,
                        "label (" + language + ") is longer than " + MAX_LABEL + " characters"));
            } else if (text.chars().anyMatch(Character::isISOControl)) {
                problems.add(new TemplateProblem(where, field,
                        "label (" + language + ") contains a control character"));
            }
        });
    }

    private static void checkVariable(String name, String value, Set<String> customFields,
            List<TemplateProblem> problems) {
        Optional<TemplateVariable> variable = TemplateVariable.of(name);
        if (variable.isEmpty()) {
            problems.add(new TemplateProblem(null, name, "unknown variable (known: " + KNOWN_VARIABLES + ")"));
            return;
        }
        variable.get().problem(value).ifPresent(p -> problems.add(new TemplateProblem(null, name, p)));
        if (variable.get().hasPlaceholders()) {
            for (String key : PlaceholderRenderer.placeholders(value)) {
                if (FieldCatalog.find(key).isEmpty() && !customFields.contains(key)) {
                    problems.add(new TemplateProblem(null, name, "{" + key + "} is not a known field"));
                }
            }
        }
    }
}
