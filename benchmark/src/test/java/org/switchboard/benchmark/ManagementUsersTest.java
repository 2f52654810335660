package org.switchboard.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's management user is written to the realm's file; its password is no process argument. */
class ManagementUsersTest {

    @Test
    void digestIsHexMd5OfUserRealmPassword() {
        // RFC 2617's own example of H(A1) = MD5(username:realm:password)
        assertEquals("Mufasa=939e7578ed9e3c518a452acee763bce9",
                ManagementUsers.line("Mufasa", "testrealm@host.com", "Circle Of Life"));
    }

    @Test
    void userNamesThatAPropertiesFileWouldMangleAreRefused() {
        for (String bad : List.of("", "a=b", "a b", "a\nb=c", "a:b", "#bench")) {
            assertThrows(IllegalArgumentException.class, () -> ManagementUsers.line(bad, "R", "p"), bad);
        }
    }

    @Test
    void putReplacesAnEarlierRunsLineAndKeepsTheRest(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mgmt-users.properties");
        Files.write(file, List.of("#$REALM_NAME=ManagementRealm$ marker", "#bench=old-comment", "bench=0123",
                "benchmark=4567", "other=89ab"));
        ManagementUsers.put(file, "bench", "s3cret-1a!");
        assertEquals(List.of("#$REALM_NAME=ManagementRealm$ marker", "#bench=old-comment", "benchmark=4567",
                "other=89ab", ManagementUsers.line("bench", "ManagementRealm", "s3cret-1a!")),
                Files.readAllLines(file));
        assertFalse(Files.readString(file).contains("s3cret"));
    }

    /**
     * prepare() with a stand-in add-user.sh that records its arguments: the password must not be among them
     * (before, the benchmark ran add-user.sh -p PASSWORD), and the user must be in mgmt-users.properties.
     */
    @Test
    void prepareNeverPassesThePasswordAsAnArgument(@TempDir Path home) throws Exception {
        assumeFalse(ServerProcess.portInUse(ServerProcess.HTTP_PORT)
                || ServerProcess.portInUse(ServerProcess.MANAGEMENT_PORT), "benchmark ports in use");
        Path arguments = home.resolve("add-user-arguments.txt");
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/add-user.sh"), "printf '%s\\n' \"$@\" >> '" + arguments + "'\n");
        Files.createDirectories(home.resolve("standalone/deployments"));
        Files.createDirectories(home.resolve("standalone/configuration"));
        Path users = home.resolve("standalone/configuration/mgmt-users.properties");
        Files.writeString(users, "#$REALM_NAME=ManagementRealm$\n");
        Path ear = Files.writeString(home.resolve("switchboard.ear"), "ear");
        Path out = Files.createDirectories(home.resolve("out"));

        new ServerProcess(home, out).prepare(ear, "bench", "pa55-word-1a!");

        String passed = Files.exists(arguments) ? Files.readString(arguments, StandardCharsets.UTF_8) : "";
        assertFalse(passed.contains("pa55-word-1a!"), "add-user.sh got the password as an argument: " + passed);
        assertEquals(List.of("#$REALM_NAME=ManagementRealm$", ManagementUsers.line("bench", "ManagementRealm",
                "pa55-word-1a!")), Files.readAllLines(users));
    }
}
