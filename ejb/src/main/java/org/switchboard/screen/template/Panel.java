package org.switchboard.screen.template;

import java.util.Arrays;
import java.util.List;

/**
 * One panel of the pop: its kind, title and fields in display order.
 *
 * @param kind the {@link PanelKind#key()}. Kept as text so that a stored or imported template naming a panel
 *             this version does not know still loads and {@link TemplateValidator} reports it with every other
 *             problem, instead of the JSON reader failing on the first one.
 */
public record Panel(String kind, Labels title, List<FieldSpec> fields) {

    public Panel {
        title = title == null ? Labels.NONE : title;
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** A panel of known fields as the catalog describes them, titled in English. */
    public static Panel of(PanelKind kind, String title, String... fieldKeys) {
        return new Panel(kind.key(), Labels.of(Labels.FALLBACK_LANGUAGE, title),
                Arrays.stream(fieldKeys).map(FieldCatalog::spec).toList());
    }

    /** @throws IllegalStateException for an unknown kind; only valid templates are rendered */
    public PanelKind panelKind() {
        return PanelKind.of(kind).orElseThrow(() -> new IllegalStateException("unknown panel kind " + kind));
    }

    public String title(String language) {
        return title.text(language, kind);
    }
}
