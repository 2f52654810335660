package org.switchboard.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a management user into WildFly's {@code mgmt-users.properties} the way {@code add-user.sh} does, but
 * without the password ever being a process argument ({@code add-user.sh -p} would show it in {@code ps}): the
 * file holds {@code user=HEX(MD5(user:realm:password))}, which Elytron's properties realm reads as a digest.
 */
final class ManagementUsers {

    static final String REALM = "ManagementRealm";
    /** What add-user.sh accepts as a user name too; nothing that would need escaping in a properties file. */
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private ManagementUsers() {
    }

    /** The properties line for the user: {@code user=HEX(MD5(user:realm:password))}. */
    static String line(String user, String realm, String password) {
        if (user == null || !USER.matcher(user).matches()) {
            throw new IllegalArgumentException("unsuitable management user name");
        }
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((user + ":" + realm + ":" + password).getBytes(StandardCharsets.UTF_8));
            return user + "=" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no MD5 in this JVM", e);
        }
    }

    /**
     * Adds the user to the file, replacing an earlier line of the same user (an earlier run's password); comments,
     * the realm marker and other users stay. The file is rewritten in place, so it keeps its permissions.
     */
    static void put(Path file, String user, String password) throws IOException {
        String entry = line(user, REALM, password);
        List<String> lines = new ArrayList<>();
        for (String existing : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!existing.startsWith(user + "=")) {
                lines.add(existing);
            }
        }
        lines.add(entry);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
