package org.switchboard.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void theSecretComesFromTheEnvironmentNotTheCommandLine() {
        assertEquals("from-env", Main.secret(Map.of("SWITCHBOARD_AMI_SECRET", "from-env")));
        assertEquals("secret", Main.secret(Map.of()));
        assertEquals("secret", Main.secret(Map.of("SWITCHBOARD_AMI_SECRET", "")));
    }
}
