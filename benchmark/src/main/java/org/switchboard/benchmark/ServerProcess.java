package org.switchboard.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The WildFly under test: a copy of its own under benchmark/target (provisioned by the POM with the
 * wildfly-config scripts), started with port offset 300 (HTTP 8380, management 10290) so that a running demo
 * (8080) or integration test server (8280) is not disturbed, and always stopped again.
 */
final class ServerProcess implements AutoCloseable {

    /** {@code bench.port.offset}: another checkout's test server may already use 300. */
    static final int OFFSET = Integer.getInteger("bench.port.offset", 300);
    static final int HTTP_PORT = 8080 + OFFSET;
    static final int MANAGEMENT_PORT = 9990 + OFFSET;
    static final String BASE_URL = "http://127.0.0.1:" + HTTP_PORT + "/switchboard";

    private final Path home;
    private final Path pidFile;
    private Process shell;
    private ProcessHandle java;

    ServerProcess(Path home, Path out) {
        this.home = home.toAbsolutePath();
        this.pidFile = out.resolve("server.pid");
    }

    /**
     * Fresh state for every run: no data from an earlier run (H2 file, Artemis journal), the EAR of this
     * build, a management user for reading the JMS backlog.
     */
    void prepare(Path ear, String managementUser, String managementPassword) throws IOException, InterruptedException {
        stopLeftOverFromEarlierRun();
        if (portInUse(HTTP_PORT) || portInUse(MANAGEMENT_PORT)) {
            throw new IllegalStateException("ports " + HTTP_PORT + "/" + MANAGEMENT_PORT
                    + " are in use: is another benchmark server running?");
        }
        Path standalone = home.resolve("standalone");
        for (String dir : List.of("data", "tmp", "log")) {
            deleteTree(standalone.resolve(dir));
        }
        Path deployments = standalone.resolve("deployments");
        try (Stream<Path> files = Files.list(deployments)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("switchboard.ear")).toList()) {
                Files.delete(f);
            }
        }
        Files.copy(ear, deployments.resolve("switchboard.ear"), StandardCopyOption.REPLACE_EXISTING);
        // Written into the realm's file, not via add-user.sh -p: that would put the password on a command line.
        ManagementUsers.put(standalone.resolve("configuration/mgmt-users.properties"), managementUser,
                managementPassword);
    }

    /**
     * Starts standalone.sh; {@code javaSizing} replaces only the heap part of WildFly's default JVM options;
     * {@code environment} carries the secrets, which must not be in {@code serverArgs} (a command line).
     */
    void start(List<String> serverArgs, Map<String, String> environment, String javaSizing, Path console)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-full.xml", "-Djboss.socket.binding.port-offset=" + OFFSET));
        command.addAll(serverArgs);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(console.toFile());
        // JBOSS_JAVA_SIZING, not JAVA_OPTS: setting JAVA_OPTS would drop WildFly's other default options.
        builder.environment().put("JBOSS_JAVA_SIZING", javaSizing);
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(environment);
        shell = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop-benchmark-server"));
    }

    /** Waits for the console's login page and returns how long the start took. */
    Duration awaitReady(Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + "/login.xhtml"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!shell.isAlive()) {
                throw new IllegalStateException("WildFly exited with " + shell.exitValue() + "; see server-console.log");
            }
            if (Files.exists(home.resolve("standalone/deployments/switchboard.ear.failed"))) {
                throw new IllegalStateException("the deployment of switchboard.ear failed; see server-console.log");
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    java = findJava().orElseThrow(() -> new IllegalStateException("no java child of standalone.sh"));
                    Files.writeString(pidFile, Long.toString(java.pid()));
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the console did not answer within " + timeout);
    }

    /** The server JVM: standalone.sh runs java as its child (it does not exec it). */
    private Optional<ProcessHandle> findJava() {
        return shell.toHandle().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst();
    }

    long pid() {
        return java.pid();
    }

    /** Peak resident set size of the server JVM so far (VmHWM), in KiB. */
    long peakRssKib() {
        return ProcFs.statusKib(java.pid(), "VmHWM");
    }

    /** CPU time (user + system) the server JVM has used so far, in seconds. */
    double cpuSeconds() {
        return ProcFs.cpuSeconds(java.pid());
    }

    /** SIGTERM (WildFly shuts down gracefully), then SIGKILL after 30 s. Safe to call twice. */
    synchronized void stop() {
        List<ProcessHandle> handles = new ArrayList<>();
        if (java != null) {
            handles.add(java);
        }
        if (shell != null) {
            shell.toHandle().descendants().forEach(handles::add);
            handles.add(shell.toHandle());
        }
        for (ProcessHandle h : handles) {
            h.destroy();
        }
        for (ProcessHandle h : handles) {
            try {
                h.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // only a hint for the next run
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** A driver killed with SIGKILL leaves its server behind; the pid file says which one it was. */
    private void stopLeftOverFromEarlierRun() throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle.of(pid)
                .filter(p -> p.info().commandLine().map(c -> c.contains(home.toString())).orElse(false))
                .ifPresent(p -> {
                    System.out.println("Stopping the server left over from an earlier run (pid " + pid + ")");
                    p.destroy();
                    try {
                        p.onExit().get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
        Files.delete(pidFile);
    }

    static boolean portInUse(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        run(command, Map.of());
    }

    static void run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command.subList(0, 2)) + " failed: " + output);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
