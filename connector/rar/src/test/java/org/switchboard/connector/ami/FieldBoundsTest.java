package org.switchboard.connector.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class FieldBoundsTest {

    static Stream<Arguments> values() {
        return Stream.of(
                // value from the PBX, max, what the record gets, what the log line says (null: nothing)
                Arguments.of("+4930123456789", 64, "+4930123456789", null),
                Arguments.of("+49" + "1".repeat(77), 64, "+49" + "1".repeat(61), "f cut from 80 to 64 characters"),
                Arguments.of("Max\u0000Muster\u001bmann", 200, "MaxMustermann", "f: 2 control characters removed"),
                Arguments.of("Max\tMustermann\r\n", 200, "Max Mustermann", "f: 3 control characters removed"),
                Arguments.of("evil\u202egnp.exe", 200, "evilgnp.exe", "f: 1 control characters removed"),
                Arguments.of("C1\u0085\u009bcontrols", 200, "C1controls", "f: 2 control characters removed"),
                Arguments.of("lone\ud800surrogate", 200, "lonesurrogate", "f: 1 control characters removed"),
                Arguments.of("M\ufffdller", 200, "M\ufffdller", null), // undecodable bytes as U+FFFD: kept
                Arguments.of("\u0000\u0001 ", 200, null, "f: 2 control characters removed"),
                Arguments.of("ab\ud83d\ude00", 3, "ab", "f cut from 4 to 2 characters")); // never half an emoji
    }

    @ParameterizedTest
    @MethodSource("values")
    void valuesAreCleanedAndCutToTheirColumn(String value, int max, String expected, String note) {
        FieldBounds bounds = new FieldBounds();
        assertEquals(expected, bounds.fit("f", value, max));
        assertEquals(note, bounds.notes());
    }

    @Test
    void aCleanValueIsNotCopied() {
        String value = "Local/1001@agents-0000006e;1";
        assertSame(value, new FieldBounds().fit("channel", value, 128));
    }

    @Test
    void oneNoteForEveryFieldChanged() {
        FieldBounds bounds = new FieldBounds();
        bounds.fit("callerNumber", "1".repeat(80), 64);
        bounds.fit("callerName", "ok", 200);
        bounds.fit("channel", "x".repeat(1000), 128);
        assertEquals("callerNumber cut from 80 to 64 characters; channel cut from 1000 to 128 characters",
                bounds.notes());
        assertEquals("callerNumber,channel", bounds.fields());
        assertNull(new FieldBounds().notes());
        assertTrue(new FieldBounds().fit("f", null, 5) == null);
    }
}
