package org.switchboard.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    private final PhoneNumbers numbers = new PhoneNumbers("DE");

    @ParameterizedTest
    @CsvSource({
            "'+49 30 1234-5678', +493012345678",
            "'0049301234 5678', +493012345678",
            "'030 12345678', +493012345678",
            "+4930123456789, +4930123456789",
            "'(030) 1234 5678', +493012345678",
            "'+1 415 555 0100', +14155550100"
    })
    void normalisesHoweverTheNumberIsWritten(String raw, String e164) {
        assertEquals(Optional.of(e164), numbers.toE164(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1001", "support", "anonymous", "<script>alert(1)</script>", "12"})
    void rejectsWhatIsNoCustomerNumber(String raw) {
        assertEquals(Optional.empty(), numbers.toE164(raw));
    }

    @ParameterizedTest
    @CsvSource({
            "'+49 30 1234-5678', +493012345678",
            "'0049301234 5678', +493012345678",
            "'(030) 1234/5678', +493012345678",
            "'030.1234.5678', +493012345678"
    })
    void aCallerNumberFromThePbxIsMatchedAsDigits(String raw, String e164) {
        assertEquals(Optional.of(e164), numbers.callerToE164(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+49 30 CALL ME 42", "0800 FLOWERS", "+4930123456789x", "+49 30 1234\u00a05678",
            "1-800-GOT-JUNK", "+49 30 1234 5678;ext=1", "\u0661\u0662\u0663\u0664\u0665\u0666\u0667"})
    void lettersAndOtherCharactersInACallerNumberAreNoNumber(String raw) {
        // toE164 would map vanity letters to digits (+49 30 CALL ME 42 is +4930225563 42, someone else's number)
        assertEquals(Optional.empty(), numbers.callerToE164(raw));
    }

    @org.junit.jupiter.api.Test
    void theVanityMappingIsWhatCallerNumbersAreProtectedFrom() {
        assertEquals(true, numbers.toE164("+49 30 CALL ME 42").isPresent(), "libphonenumber maps the letters");
        assertEquals(Optional.empty(), numbers.callerToE164("+49 30 CALL ME 42"));
    }
}
