package org.switchboard.screen.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link PlaceholderRenderer}: substitution only, plain text out. */
class TemplatePlaceholdersTest {

    private static final Map<String, String> CALL = Map.of(
            "contact.firstName", "Ada",
            "contact.lastName", "{contact.firstName}",
            "account.name", "Cost $1 \\ more",
            "custom.note", "#{facesContext.externalContext}",
            "contact.emails", "<script>alert(1)</script>");

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Hello {contact.firstName}!                   | Hello Ada!
            {contact.firstName}{contact.firstName}       | AdaAda
            Dear {contact.firstName} {contact.lastName}  | Dear Ada {contact.firstName}
            Account: {account.name}                      | Account: Cost $1 \\ more
            Note: {custom.note}                          | Note: #{facesContext.externalContext}
            Mail: {contact.emails}                       | Mail: <script>alert(1)</script>
            Hi {contact.password}.                       | Hi .
            Hi {contact.language}.                       | Hi .
            Hi { contact.firstName } {1,2} {}            | Hi { contact.firstName } {1,2} {}
            ${contact.firstName} #{contact.firstName}    | $Ada #Ada
            NULL                                         | ''
            """)
    void fillsInValuesAsTheyAreAndNeverReadsThemAgain(String text, String rendered) {
        assertEquals(rendered, PlaceholderRenderer.render(text, CALL));
    }

    @Test
    void aMarkupLabelIsValidAndStaysLiteralText() {
        String label = "<script>alert('x')</script>";
        ScreenTemplate template = new ScreenTemplate(List.of(new Panel("notes", Labels.of("en", label),
                List.of(FieldCatalog.spec("notes.text")))), Map.of("greeting.text", label + " {contact.firstName}"));

        assertEquals(List.of(), TemplateValidator.problems(template));
        // The renderer hands the markup on untouched as text; the view escapes it when it is shown.
        assertEquals(label, PlaceholderRenderer.render(template.panels().get(0).title("en"), CALL));
        assertEquals(label + " Ada", PlaceholderRenderer.render(template.variable(TemplateVariable.GREETING_TEXT),
                CALL));
    }

    @Test
    void listsThePlaceholdersOfAText() {
        assertEquals(List.of("contact.firstName", "custom.vip", "nodot"),
                PlaceholderRenderer.placeholders("Hi {contact.firstName} {custom.vip} { x } {nodot}"));
    }
}
