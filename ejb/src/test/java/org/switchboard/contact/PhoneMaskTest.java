package org.switchboard.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneMaskTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "+4915102000003,     +*********0003",
        "'0151 0200 0003',   '**** **** 0003'",  // the format stays, the digits go
        "+49 30 1234-5678,   +** ** ****-5678",
        "123456,             ***456",            // short: the last three only
        "1101,               1101",              // an extension is no private number
        "'',                 ''",
    })
    void aNumberKeepsOnlyItsLastDigits(String number, String masked) {
        assertEquals(masked, PhoneMask.number(number));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Local/+4915102000003@switchboard-remote/n, Local/+*********0003@switchboard-remote/n",
        "Local/agent3@switchboard-nailed,           Local/agent3@switchboard-nailed",
        "PJSIP/1101,                                PJSIP/1101",
    })
    void numbersInAChannelOrInterfaceAreMasked(String text, String masked) {
        assertEquals(masked, PhoneMask.numbersIn(text));
    }

    @Test
    void nothingStaysNothing() {
        assertNull(PhoneMask.number(null));
        assertNull(PhoneMask.numbersIn(null));
    }
}
