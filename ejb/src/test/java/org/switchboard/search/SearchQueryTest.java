package org.switchboard.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.contact.PhoneNumbers;

class SearchQueryTest {

    private static final PhoneNumbers GERMANY = new PhoneNumbers("DE");

    private static SearchQuery parse(String text) {
        return SearchQuery.parse(text, GERMANY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+49 30 1234-5678", "0049301234 5678", "030 12345678", "(030) 1234/5678", "+493012345678"})
    void aNumberInAnyFormatIsAPrefixOfItsE164(String typed) {
        SearchQuery q = parse(typed);
        assertEquals("+493012345678", q.e164Prefix());
        assertNull(q.namePrefix());
        assertNull(q.reversedDigits());
        assertTrue(q.searchesContacts());
    }

    @Test
    void partOfANumberWithItsPrefixIsAPrefixWithoutItTheEnd() {
        assertEquals("+49301", parse("030 1").e164Prefix());
        assertEquals("+4930", parse("+49 30").e164Prefix());
        SearchQuery end = parse("56 78");
        assertNull(end.e164Prefix());
        assertEquals("8765", end.reversedDigits());
        assertNull(end.caseNumber(), "with a blank it is not a case number");
    }

    @Test
    void plainDigitsAreTheEndOfANumberAndACaseNumber() {
        SearchQuery q = parse("123");
        assertEquals("321", q.reversedDigits());
        assertEquals("CS-000123", q.caseNumber());
        assertTrue(q.casesFirst());
        assertTrue(q.meaning().contains("numbers ending in 123"), q.meaning().toString());
    }

    @Test
    void tooFewDigitsAreOnlyACaseNumber() {
        SearchQuery q = parse("12");
        assertFalse(q.searchesContacts());
        assertEquals("CS-000012", q.caseNumber());
        assertTrue(parse("+4").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CS-000123", "cs-123", "CS 000123", " cs000123 "})
    void caseNumbersInAnySpellingAreThatCaseOnly(String typed) {
        SearchQuery q = parse(typed);
        assertEquals("CS-000123", q.caseNumber());
        assertFalse(q.searchesContacts());
        assertNull(q.subjectPart());
    }

    @Test
    void caseNumbersAboveSixDigitsKeepTheirDigits() {
        assertEquals("CS-1234567", parse("CS-1234567").caseNumber());
        assertNull(parse("CS-0").caseNumber(), "no case 0");
    }

    @Test
    void anAtSignMeansEmail() {
        SearchQuery q = parse("  Max.Mustermann@Example ");
        assertEquals("max.mustermann@example", q.emailPrefix());
        assertNull(q.namePrefix());
        assertFalse(q.searchesCases());
    }

    @Test
    void oneWordWithADotIsAlsoTheStartOfAnAddress() {
        SearchQuery q = parse("Max.Must");
        assertEquals("max.must", q.emailPrefix());
        assertEquals("max.must", q.namePrefix());
        assertNull(parse("Dr. Max").emailPrefix(), "two words: a name");
    }

    @Test
    void wordsAreANamePrefixFoldedAndACaseSubject() {
        SearchQuery q = parse("  Müller,   Hans ");
        assertEquals("muller hans", q.namePrefix());
        assertEquals("müller, hans", q.subjectPart());
        assertFalse(q.casesFirst());
    }

    @Test
    void shortWordsAreNoSubjectSearch() {
        SearchQuery q = parse("Ma");
        assertEquals("ma", q.namePrefix());
        assertNull(q.subjectPart());
    }

    @Test
    void blankIsNothing() {
        assertTrue(parse("   ").isEmpty());
        assertTrue(parse(null).isEmpty());
    }

    @Test
    void markupIsJustText() {
        SearchQuery q = parse("<script>alert(1)</script>");
        assertEquals("<script>alert(1)</script>", q.namePrefix());
        assertEquals("<script>alert(1)</script>", q.subjectPart());
    }

    @Test
    void likeWildcardsAreEscaped() {
        assertEquals("a\\%b\\_c\\\\%", Search.prefix("a%b_c\\"));
    }
}
