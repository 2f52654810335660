package org.switchboard.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PhoneInterfacesTest {

    private final PhoneInterfaces phones = new PhoneInterfaces("Local/{ext}@agents/n", "Custom:agent{ext}", "Local/{ext}@agents");

    @Test
    void fillsTheTemplates() {
        assertEquals("Local/1001@agents/n", phones.memberInterface(" 1001 "));
        assertEquals("Custom:agent1001", phones.stateInterface("1001"));
    }

    @Test
    void channelsBelongToTheirDevice() {
        assertEquals("Local/1001@agents", PhoneInterfaces.deviceOfChannel("Local/1001@agents-00000072;1"));
        assertEquals("PJSIP/1001", PhoneInterfaces.deviceOfChannel("PJSIP/1001-0000002a"));
        assertEquals("Local/1001@agents", PhoneInterfaces.deviceOfInterface("Local/1001@agents/n"));
        assertEquals("Local/1001@agents", phones.originateChannel("1001"));
    }

    @Test
    void refusesAnythingButDigits() {
        // A dial string is passed to the PBX: no channel technology, context or option may be smuggled in.
        assertThrows(IllegalArgumentException.class, () -> phones.memberInterface("1001@evil/n"));
        assertThrows(IllegalArgumentException.class, () -> phones.memberInterface("PJSIP/1001"));
        assertThrows(IllegalArgumentException.class, () -> phones.memberInterface(""));
        assertThrows(IllegalArgumentException.class, () -> phones.memberInterface(null));
    }
}
