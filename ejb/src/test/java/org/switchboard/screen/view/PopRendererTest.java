package org.switchboard.screen.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.switchboard.casework.CaseOrigin;
import org.switchboard.casework.CasePriority;
import org.switchboard.casework.CaseStatus;
import org.switchboard.casework.CaseView;
import org.switchboard.screen.template.FieldComponent;
import org.switchboard.screen.template.FieldSpec;
import org.switchboard.screen.template.Labels;
import org.switchboard.screen.template.Panel;
import org.switchboard.screen.template.PanelKind;
import org.switchboard.screen.template.ScreenTemplate;
import org.switchboard.screen.view.PopData.AccountData;
import org.switchboard.screen.view.PopData.CallData;
import org.switchboard.screen.view.PopData.ContactData;
import org.switchboard.screen.view.PopData.NoteData;
import org.switchboard.screen.view.PopView.FieldView;
import org.switchboard.screen.view.PopView.PanelView;

class PopRendererTest {

    private static final Instant T = Instant.parse("2026-03-01T09:05:00Z");
    private static final PopRenderer RENDERER = new PopRenderer(ZoneOffset.UTC);

    private static final PopData MAX = new PopData(
            new ContactData(1, "Max", "Mustermann", List.of("+4930123456789", "+4915102000000"),
                    List.of("max@example.com"), "de", 3),
            new AccountData(1, "Nordwind Logistik GmbH", "silver", "agent1"),
            List.of(caseOf("CS-000001", CaseStatus.OPEN), caseOf("CS-000002", CaseStatus.CLOSED)),
            IntStream.range(0, 15).mapToObj(i -> new CallData(i, T.minusSeconds(3600L * i), "agent" + i,
                    i == 0 ? null : 125, "ANSWERED", "resolved", "note " + i)).toList(),
            List.of(new NoteData("<b>VIP</b>", "agent2", T)),
            Map.of("custom.loyalty", "Gold <3"));

    private static CaseView caseOf(String number, CaseStatus status) {
        return new CaseView(1, number, "Subject " + number, null, status, CasePriority.HIGH, "agent1",
                CaseOrigin.PHONE, T, status == CaseStatus.CLOSED ? T : null, 1L, 1L, 0);
    }

    @Test
    void defaultTemplateShowsItsPanelsInOrderWithValues() {
        PopView view = RENDERER.render(ScreenTemplate.DEFAULT, "en", MAX);

        assertEquals(List.of("contact", "account", "cases", "history", "notes"),
                view.panels().stream().map(PanelView::kind).toList());
        PanelView contact = view.panels().get(0);
        assertFalse(contact.list());
        assertEquals("Contact", contact.title());
        FieldView phones = contact.fields().get(2);
        assertEquals(FieldComponent.PHONE, phones.component());
        assertEquals(List.of("+4930123456789", "+4915102000000"), phones.values());
        assertEquals("Max", contact.fields().get(0).value());
        assertTrue(contact.fields().get(0).editable());
        assertEquals("contact_firstName", contact.fields().get(0).id());
        assertEquals("Nordwind Logistik GmbH", view.panels().get(1).fields().get(0).value());
        assertEquals("Hello Max", view.greeting());
    }

    @Test
    void closedCasesOnlyWhenTheTemplateSaysSo() {
        PanelView cases = RENDERER.render(ScreenTemplate.DEFAULT, "en", MAX).panels().get(2);
        assertTrue(cases.list());
        assertEquals(1, cases.rows().size());
        assertEquals("CS-000001", cases.rows().get(0).cells().get(0).value());
        assertEquals("2026-03-01 09:05", cases.rows().get(0).cells().get(4).value());

        ScreenTemplate withClosed = new ScreenTemplate(ScreenTemplate.DEFAULT.panels(),
                Map.of("cases.showClosed", "true"));
        assertEquals(2, RENDERER.render(withClosed, "en", MAX).panels().get(2).rows().size());
    }

    @Test
    void historyIsCutAtMaxRowsAndShowsDurations() {
        ScreenTemplate three = new ScreenTemplate(List.of(Panel.of(PanelKind.HISTORY, "Calls",
                "history.startedAt", "history.duration", "history.disposition", "history.notes")),
                Map.of("history.maxRows", "3"));
        PanelView history = RENDERER.render(three, "en", MAX).panels().get(0);
        assertEquals(List.of("Time", "Duration", "Disposition", "Call notes"),
                history.columns().stream().map(PopView.ColumnView::label).toList());
        assertEquals(3, history.rows().size());
        assertEquals("", history.rows().get(0).cells().get(1).value(), "unanswered: no duration");
        assertEquals("2:05", history.rows().get(1).cells().get(1).value());
        assertEquals("note 2", history.rows().get(2).cells().get(3).value());
        assertEquals(10, RENDERER.render(ScreenTemplate.DEFAULT, "en", MAX).panels().get(3).rows().size(),
                "the default's maxRows");
    }

    @Test
    void labelsInTheRequestedLanguageElseEnglishAndTextIsNeverInterpreted() {
        Panel contact = new Panel("contact", Labels.of("en", "Contact").with("de", "<script>alert(1)</script>"),
                List.of(new FieldSpec("contact.lastName", FieldComponent.TEXT, false,
                        Labels.of("en", "Surname").with("de", "Nachname")),
                        new FieldSpec("contact.firstName", FieldComponent.TEXT, true, Labels.of("en", "Given"))));
        Panel custom = new Panel("custom", Labels.of("en", "Loyalty"), List.of(new FieldSpec("custom.loyalty",
                FieldComponent.TEXT, false, Labels.of("en", "Level"))));
        Panel script = Panel.of(PanelKind.SCRIPT, "Say", "script.text");
        ScreenTemplate template = new ScreenTemplate(List.of(contact, custom, script), Map.of("script.text",
                "Welcome {contact.lastName} ({custom.loyalty}), {account.name} #{1+1}"));

        PopView de = RENDERER.render(template, "de", MAX);
        assertEquals("<script>alert(1)</script>", de.panels().get(0).title());
        assertEquals("Nachname", de.panels().get(0).fields().get(0).label());
        assertEquals("Given", de.panels().get(0).fields().get(1).label());
        assertFalse(de.panels().get(0).fields().get(0).editable());
        assertEquals("Gold <3", de.panels().get(1).fields().get(0).value());
        assertEquals("Welcome Mustermann (Gold <3), Nordwind Logistik GmbH #{1+1}",
                de.panels().get(2).fields().get(0).value());
        assertEquals("", de.greeting(), "no greeting.text: the variable's default");
    }

    @Test
    void unknownCallerShowsThePanelsEmpty() {
        PopView view = RENDERER.render(ScreenTemplate.DEFAULT, "en", PopData.NONE);
        assertEquals(5, view.panels().size());
        assertTrue(view.panels().get(0).fields().stream().allMatch(f -> f.values().isEmpty()));
        assertTrue(view.panels().get(2).rows().isEmpty());
        assertEquals("Hello ", view.greeting());
    }

    @Test
    void durationsAsMinutesAndSeconds() {
        assertEquals("0:07", PopRenderer.duration(7));
        assertEquals("1:02:05", PopRenderer.duration(3725));
    }
}
