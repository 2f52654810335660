package org.switchboard.screen.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.switchboard.screen.template.FieldComponent.DATE;
import static org.switchboard.screen.template.FieldComponent.PHONE;
import static org.switchboard.screen.template.FieldComponent.TEXT;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateValidatorTest {

    private static final Panel CONTACT = Panel.of(PanelKind.CONTACT, "Contact", "contact.firstName");
    private static final String LONG_LABEL = "x".repeat(TemplateValidator.MAX_LABEL);

    static Stream<Arguments> brokenTemplates() {
        return Stream.of(
                arguments("a panel this release does not know",
                        panels(CONTACT, panel("weather", field("weather.today", TEXT))),
                        List.of("panel 2 (weather): unknown panel kind 'weather' (known: contact, account, cases,"
                                + " history, notes, script, custom)")),
                arguments("a panel twice",
                        panels(CONTACT, Panel.of(PanelKind.CONTACT, "More", "contact.lastName")),
                        List.of("panel 2 (contact): the contact panel is already shown as panel 1")),
                arguments("a field that does not exist",
                        panels(panel("contact", field("contact.password", TEXT))),
                        List.of("panel 1 (contact), contact.password: is not a field of the contact panel")),
                arguments("a field of another panel",
                        panels(panel("contact", field("cases.number", TEXT))),
                        List.of("panel 1 (contact), cases.number: is not a field of the contact panel")),
                arguments("a field that can never be edited, marked editable",
                        panels(panel("cases", new FieldSpec("cases.number", TEXT, true, Labels.NONE))),
                        List.of("panel 1 (cases), cases.number: can never be edited")),
                arguments("a phone number not drawn as a phone",
                        panels(panel("contact", field("contact.phones", TEXT))),
                        List.of("panel 1 (contact), contact.phones: is shown as PHONE, not TEXT")),
                arguments("a field twice",
                        panels(panel("contact", field("contact.firstName", TEXT), field("contact.firstName", TEXT))),
                        List.of("panel 1 (contact), contact.firstName: is shown twice")),
                arguments("a panel without fields",
                        panels(panel("notes")),
                        List.of("panel 1 (notes): shows no fields")),
                arguments("a custom field without the custom. prefix or type",
                        panels(panel("custom", field("contact.vip", TEXT), field("custom.vip", null))),
                        List.of("panel 1 (custom), contact.vip: custom fields are named custom.<name>, with at most"
                                + " 40 letters, digits or '_'",
                                "panel 1 (custom), custom.vip: needs a type (text, date, ...)")),
                arguments("empty, too long and garbled labels, and a language that is no code",
                        panels(new Panel("contact", ScreenTemplateTest.labels("en= ,de=" + LONG_LABEL + "x"),
                                List.of(new FieldSpec("contact.firstName", TEXT, false,
                                        ScreenTemplateTest.labels("en=First\u0007name,English=First name"))))),
                        List.of("panel 1 (contact): label (de) is longer than 80 characters",
                                "panel 1 (contact): label (en) is empty",
                                "panel 1 (contact), contact.firstName: label language 'English' is not a language"
                                        + " code such as en or de",
                                "panel 1 (contact), contact.firstName: label (en) contains a control character")),
                arguments("an unknown variable", variables("history.rows", "5"),
                        List.of("history.rows: unknown variable (known: history.maxRows, cases.showClosed,"
                                + " greeting.text, script.text)")),
                arguments("no rows", variables("history.maxRows", "0"),
                        List.of("history.maxRows: must be a whole number from 1 to 100, not '0'")),
                arguments("too many rows", variables("history.maxRows", "101"),
                        List.of("history.maxRows: must be a whole number from 1 to 100, not '101'")),
                arguments("rows that are no number", variables("history.maxRows", "ten"),
                        List.of("history.maxRows: must be a whole number from 1 to 100, not 'ten'")),
                arguments("a switch that is no boolean", variables("cases.showClosed", "yes"),
                        List.of("cases.showClosed: must be true or false, not 'yes'")),
                arguments("a greeting naming a field that does not exist",
                        variables("greeting.text", "Hello {contact.firstName}, {contact.password}"),
                        List.of("greeting.text: {contact.password} is not a known field")),
                arguments("a script naming a custom field no panel declares",
                        variables("script.text", "Mention {custom.vip}."),
                        List.of("script.text: {custom.vip} is not a known field")),
                arguments("a script that is far too long",
                        variables("script.text", "x".repeat(TemplateVariable.MAX_TEXT + 1)),
                        List.of("script.text: is longer than 4000 characters")),
                arguments("everything at once, in form order",
                        new ScreenTemplate(List.of(panel("contact", field("contact.password", TEXT)),
                                panel("contact", new FieldSpec("contact.firstName", TEXT, false,
                                        Labels.of("en", "")))),
                                Map.of("cases.showClosed", "maybe")),
                        List.of("panel 1 (contact), contact.password: is not a field of the contact panel",
                                "panel 2 (contact): the contact panel is already shown as panel 1",
                                "panel 2 (contact), contact.firstName: label (en) is empty",
                                "cases.showClosed: must be true or false, not 'maybe'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTemplates")
    void rejectsNamingPanelAndField(String why, ScreenTemplate template, List<String> problems) {
        assertEquals(problems, TemplateValidator.problems(template).stream().map(TemplateProblem::toString).toList());
    }

    static Stream<Arguments> validTemplates() {
        Panel vip = panel("custom", new FieldSpec("custom.vip", FieldComponent.BOOLEAN, true, Labels.of("en", "VIP")),
                field("custom.contractEnd", DATE));
        Panel more = panel("custom", field("custom.region", TEXT));
        return Stream.of(
                arguments("the default pop", ScreenTemplate.DEFAULT),
                arguments("markup in a label, which the view escapes", panels(new Panel("contact",
                        Labels.of("en", "<script>alert(1)</script>"), List.of(
                                new FieldSpec("contact.phones", PHONE, true, Labels.of("de", "<b>Telefon</b>")))))),
                arguments("a label of exactly the limit", panels(new Panel("notes", Labels.of("en", LONG_LABEL),
                        List.of(field("notes.text", FieldComponent.LONG_TEXT))))),
                arguments("two custom panels with their own fields",
                        new ScreenTemplate(List.of(CONTACT, vip, more),
                                Map.of("script.text", "VIP: {custom.vip}, region {custom.region}"))),
                arguments("the smallest history", variables("history.maxRows", "1")),
                arguments("the largest history", variables("history.maxRows", "100")),
                arguments("braces that are no placeholder", variables("greeting.text", "Hi { there } {1,2}")),
                arguments("a script panel with its text", new ScreenTemplate(
                        List.of(Panel.of(PanelKind.SCRIPT, "Script", "script.text")),
                        Map.of("script.text", "Thank you for calling, {contact.firstName}.\nAsk for the {account.name}"
                                + " contract number."))),
                arguments("no panels at all", new ScreenTemplate(List.of(), Map.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validTemplates")
    void accepts(String why, ScreenTemplate template) {
        assertEquals(List.of(), TemplateValidator.problems(template));
    }

    @Test
    void aFieldWithoutAKeyIsReportedNotAnError() {
        assertEquals(List.of("panel 1 (account): a field has no key"),
                TemplateValidator.problems(panels(panel("account", field(null, TEXT)))).stream()
                        .map(TemplateProblem::toString).toList());
    }

    private static ScreenTemplate panels(Panel... panels) {
        return new ScreenTemplate(List.of(panels), Map.of());
    }

    private static ScreenTemplate variables(String name, String value) {
        return new ScreenTemplate(List.of(CONTACT), Map.of(name, value));
    }

    private static Panel panel(String kind, FieldSpec... fields) {
        return new Panel(kind, Labels.of("en", kind), List.of(fields));
    }

    private static FieldSpec field(String key, FieldComponent component) {
        return new FieldSpec(key, component, false, Labels.NONE);
    }
}
