package org.switchboard.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** Where everything is, in one place: the EAR under test, the server's URL, the captures, the screenshots. */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    /** The real EAR the build made, deployed under the name the resource-adapter activation expects. */
    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("switchboard.ear", "target/switchboard.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear).as(EnterpriseArchive.class);
    }

    public static String baseUrl() {
        return System.getProperty("switchboard.base.url", "http://127.0.0.1:8280/switchboard");
    }

    /** The test server's HTTP management port (9990 plus the port offset), for reloads and management reads. */
    public static int managementPort() {
        return Integer.getInteger("switchboard.management.port", 10190);
    }

    public static int amiPort() {
        return Integer.getInteger("switchboard.ami.port", 15038);
    }

    public static String amiSecret() {
        return System.getProperty("switchboard.ami.secret", "it-secret");
    }

    public static Path capture(String name) {
        Path dir = Path.of(System.getProperty("switchboard.captures", "../../shared/ami-captures"));
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("capture not found: " + file.toAbsolutePath());
        }
        return file;
    }

    public static Path screenshots() {
        Path dir = Path.of(System.getProperty("switchboard.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir;
    }
}
