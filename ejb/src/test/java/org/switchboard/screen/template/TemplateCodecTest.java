package org.switchboard.screen.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateCodecTest {

    @Test
    void aTemplateSurvivesStorageUnchanged() {
        ScreenTemplate template = new ScreenTemplate(List.of(
                Panel.of(PanelKind.CONTACT, "Contact", "contact.firstName", "contact.phones"),
                new Panel("custom", Labels.of("en", "Contract").with("de", "Vertrag"), List.of(
                        new FieldSpec("custom.contractEnd", FieldComponent.DATE, true,
                                Labels.of("en", "Ends <soon> & \"quoted\"").with("fr", "Fin"))))),
                Map.of("greeting.text", "Hallo {contact.firstName}", "history.maxRows", "25"));

        assertEquals(template, TemplateCodec.fromJson(TemplateCodec.toJson(template)));
        assertEquals(ScreenTemplate.DEFAULT, TemplateCodec.fromJson(TemplateCodec.toJson(ScreenTemplate.DEFAULT)));
        assertEquals(TemplateCodec.toJson(template), TemplateCodec.toJson(TemplateCodec.fromJson(
                TemplateCodec.toJson(template))));
    }

    @Test
    void anUnknownPanelStillLoadsSoTheValidatorCanSayWhatIsWrong() {
        ScreenTemplate template = TemplateCodec.fromJson("""
                {"panels":[{"kind":"weather","fields":[{"key":"weather.today","component":"TEXT"}]}]}""");
        assertEquals(List.of("panel 1 (weather): unknown panel kind 'weather' (known: contact, account, cases,"
                + " history, notes, script, custom)"),
                TemplateValidator.problems(template).stream().map(TemplateProblem::toString).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{\"panels\":", "null", "[1,2]", "{\"panels\":[null]}",
            "{\"panels\":[{\"kind\":\"contact\",\"fields\":[{\"key\":\"x\",\"component\":\"HOLOGRAM\"}]}]}"})
    void textThatIsNoTemplateIsAClearError(String json) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TemplateCodec.fromJson(json));
        assertTrue(e.getMessage().startsWith("not a screen template: "), e.getMessage());
    }
}
