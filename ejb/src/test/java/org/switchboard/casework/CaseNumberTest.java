package org.switchboard.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "1,             CS-000001",
            "123,           CS-000123",
            "999999,        CS-999999",
            "1000000,       CS-1000000",
            "1234567,       CS-1234567",
            "9999999999999, CS-9999999999999"
    })
    void writesSixDigitsAtLeastAndReadsThemBack(long value, String text) {
        assertEquals(text, CaseNumber.of(value).toString());
        assertEquals(CaseNumber.of(value), CaseNumber.parse(text));
    }

    @Test
    void theLargestNumberFitsTheColumn() {
        assertEquals(16, CaseNumber.of(CaseNumber.MAX_VALUE).toString().length());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, CaseNumber.MAX_VALUE + 1, Long.MAX_VALUE, Long.MIN_VALUE})
    void rejectsValuesOutsideTheRange(long value) {
        assertThrows(IllegalArgumentException.class, () -> CaseNumber.of(value));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "CS-",
            "CS-12345",            // too short
            "CS-000000",           // the sequence starts at 1
            "CS-0001234",          // a second spelling of CS-001234
            "CS-00000001",
            "CS-10000000000000",   // 14 digits: beyond the column
            "CS-99999999999999999999",
            "cs-000123",           // parse is strict; tryParse is for people
            " CS-000123",
            "CS-000123 ",
            "CS000123",
            "CS--00123",
            "CS-+00123",
            "CS- 00123",
            "CS-00012a",
            "CS-１２３４５６",       // full-width digits: Long.parseLong would take them
            "CS-٠٠٠١٢٣",           // Arabic-Indic digits, likewise
            "XX-000123",
            "000123"
    })
    void parseRejectsEverythingButTheCanonicalForm(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaseNumber.parse(text));
        assertTrue(e.getMessage().contains(String.valueOf(text)), e.getMessage());
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(nullValues = "none", value = {
            "CS-000123,     123",
            "' cs-000123 ', 123",
            "'\tCs-1234567', 1234567",
            "cs-0001234,    none",
            "cs-000000,     none",
            "123,           none",
            "'Meier',       none",
            "'',            none",
            "none,          none"
    })
    void tryParseForgivesBlanksAndLetterCaseOnly(String typed, Long expected) {
        assertEquals(Optional.ofNullable(expected).map(CaseNumber::of), CaseNumber.tryParse(typed));
    }

    @Test
    void ordersByValueNotByText() {
        // As strings "CS-1000000" < "CS-999999"; the numbers are the other way round.
        assertTrue(CaseNumber.of(999_999).compareTo(CaseNumber.of(1_000_000)) < 0);
    }
}
