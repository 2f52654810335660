package org.switchboard.screen.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The model itself: the default pop, variable defaults, label fallback and the catalog's field defaults. */
class ScreenTemplateTest {

    @Test
    void theDefaultPopIsValidAndShowsWhoCallsTheirAccountOpenCasesAndTenRecentCalls() {
        assertEquals(List.of(), TemplateValidator.problems(ScreenTemplate.DEFAULT));
        assertEquals(List.of("contact", "account", "cases", "history", "notes"),
                ScreenTemplate.DEFAULT.panels().stream().map(Panel::kind).toList());
        assertEquals(10, ScreenTemplate.DEFAULT.historyMaxRows());
        assertFalse(ScreenTemplate.DEFAULT.showClosedCases());
        assertEquals("Hello {contact.firstName}", ScreenTemplate.DEFAULT.variable(TemplateVariable.GREETING_TEXT));
    }

    @Test
    void aVariableTheTemplateLeavesOutHasItsDefault() {
        ScreenTemplate template = new ScreenTemplate(ScreenTemplate.DEFAULT.panels(),
                Map.of("cases.showClosed", "true"));
        assertTrue(template.showClosedCases());
        assertEquals(10, template.historyMaxRows());
        assertEquals("", template.variable(TemplateVariable.SCRIPT_TEXT));
    }

    @ParameterizedTest(name = "labels {0}, asked for {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en=Name,de=Name (DE)  | de | Name (DE)
            en=Name,de=Name (DE)  | fr | Name
            en=Name,de=           | de | Name
            de=Name (DE)          | fr | contact.lastName
            ''                    | en | contact.lastName
            """)
    void aLabelFallsBackToEnglishThenToTheFieldKey(String labels, String language, String shown) {
        FieldSpec field = new FieldSpec("contact.lastName", FieldComponent.TEXT, true, labels(labels));
        assertEquals(shown, field.label(language));
    }

    @Test
    void aFieldAddedFromTheCatalogIsEditableOnlyWhereTheDataMayChange() {
        assertTrue(FieldCatalog.spec("cases.subject").editable());
        assertFalse(FieldCatalog.spec("cases.number").editable());
        assertFalse(FieldCatalog.spec("history.startedAt").editable());
        assertEquals(FieldComponent.PHONE, FieldCatalog.spec("contact.phones").component());
        assertEquals("Case number", FieldCatalog.spec("cases.number").label("de"));
        assertThrows(IllegalArgumentException.class, () -> FieldCatalog.spec("contact.password"));
    }

    @Test
    void aCustomPanelHasNoCatalogFieldsOnlyCustomOnes() {
        assertEquals(List.of(), FieldCatalog.fieldsOf(PanelKind.CUSTOM));
        assertTrue(FieldCatalog.isCustomKey("custom.contractEnd"));
        assertFalse(FieldCatalog.isCustomKey("custom."));
        assertFalse(FieldCatalog.isCustomKey("contact.firstName"));
    }

    @Test
    void theModelCannotBeChangedAfterItIsBuilt() {
        assertThrows(UnsupportedOperationException.class, () -> ScreenTemplate.DEFAULT.panels().clear());
        assertThrows(UnsupportedOperationException.class, () -> ScreenTemplate.DEFAULT.variables().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> ScreenTemplate.DEFAULT.panels().get(0).title().texts().clear());
    }

    /** "en=Name,de=Name (DE)" as labels. */
    static Labels labels(String spec) {
        Labels labels = Labels.NONE;
        for (String pair : spec.isEmpty() ? new String[0] : spec.split(",")) {
            String[] parts = pair.split("=", 2);
            labels = labels.with(parts[0], parts[1]);
        }
        return labels;
    }
}
