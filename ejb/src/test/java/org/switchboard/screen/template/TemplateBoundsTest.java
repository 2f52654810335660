package org.switchboard.screen.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A template's size is bounded: panels, fields, variables, label languages, bytes; each at its limit and past it. */
class TemplateBoundsTest {

    static Stream<Arguments> templates() {
        return Stream.of(
                arguments("20 panels", customPanels(20, 1), List.of()),
                arguments("21 panels", customPanels(21, 1),
                        List.of(": the template has 21 panels, at most 20 are allowed")),
                arguments("40 fields in a panel", customPanels(1, 40), List.of()),
                arguments("41 fields in a panel", customPanels(1, 41),
                        List.of("panel 1 (custom): shows 41 fields, at most 40 are allowed")),
                arguments("200 fields in all", customPanels(5, 40), List.of()),
                arguments("204 fields in all", customPanels(6, 34),
                        List.of(": the template shows 204 fields, at most 200 are allowed")),
                arguments("21 variables", new ScreenTemplate(List.of(), variables(21, "x")),
                        List.of(": the template has 21 variables, at most 20 are allowed")),
                arguments("labels in 11 languages", new ScreenTemplate(List.of(new Panel("notes",
                        new Labels(languages(11)), List.of(FieldCatalog.spec("notes.text")))), Map.of()),
                        List.of("panel 1 (notes): has labels in 11 languages, at most 10 are allowed")),
                arguments("more than 64 KiB", new ScreenTemplate(List.of(), variables(17, "y".repeat(4000))),
                        List.of(": the template has " + bytesOf(variables(17, "y".repeat(4000)))
                                + " bytes, at most 65536 are allowed")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void sizeIsBounded(String why, ScreenTemplate template, List<String> problems) {
        assertEquals(problems, TemplateValidator.problems(template).stream().map(TemplateProblem::toString).toList());
    }

    private static int bytesOf(Map<String, String> variables) {
        return TemplateCodec.toJson(new ScreenTemplate(List.of(), variables))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static ScreenTemplate customPanels(int panels, int fieldsEach) {
        return new ScreenTemplate(IntStream.range(0, panels).mapToObj(p -> new Panel("custom", Labels.of("en", "P" + p),
                IntStream.range(0, fieldsEach).mapToObj(f -> new FieldSpec("custom.f" + p + "x" + f,
                        FieldComponent.TEXT, false, Labels.NONE)).toList())).toList(), Map.of());
    }

    /** Variables the validator does not know: the size is judged before their names. */
    private static Map<String, String> variables(int count, String value) {
        Map<String, String> variables = new HashMap<>();
        IntStream.range(0, count).forEach(i -> variables.put("v" + i, value));
        return variables;
    }

    private static Map<String, String> languages(int count) {
        Map<String, String> labels = new HashMap<>();
        IntStream.range(0, count).forEach(i -> labels.put("l" + (char) ('a' + i) + "x", "Notes"));
        return labels;
    }
}
