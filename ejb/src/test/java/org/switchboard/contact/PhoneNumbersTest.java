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
}
