package org.switchboard.benchmark;

import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.switchboard.pbxsim.PbxSimulator;
import org.switchboard.pbxsim.SimulatorConfig;

/**
 * The benchmark driver (issue 5), one JVM: PBX simulator in process, the real WildFly with the EAR as a child
 * process, headless Chromium through chromedriver. Steps: baseline, server start, ingest at increasing rates,
 * screen-pop latency at several background loads, resources; then target/bench/report.{md,json} and plots.
 *
 * <p>Exit code: 0 when done (a full run reports what it found, it does not judge); in the short CI mode 1 when a
 * call was lost or recorded twice, or the pop or dial measurement could not be done at all (never for a timing);
 * 2 when the benchmark itself failed.
 */
public final class Benchmark {

    /** The load generator's queue: nobody else serves it, so its calls never reach the measured agent. */
    static final String LOAD_QUEUE = "load";
    private static final String AMI_USER = "switchboard";
    private static final String BASELINE_USER = "baseline";

    private final Settings settings;
    private final Report report;

    private Benchmark(Settings settings) {
        this.settings = settings;
        this.report = new Report(settings, ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), Runtime.getRuntime().availableProcessors());
    }

    public static void main(String[] args) {
        int code;
        try {
            Settings settings = Settings.fromSystemProperties();
            Files.createDirectories(settings.out());
            removeEarlierOutput(settings.out());
            code = new Benchmark(settings).run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            code = 2;
        }
        System.exit(code);
    }

    /** Plots, screenshots and recordings of an earlier run would mix with this one (server.pid stays). */
    private static void removeEarlierOutput(java.nio.file.Path out) throws java.io.IOException {
        try (java.util.stream.Stream<java.nio.file.Path> files = Files.list(out)) {
            for (java.nio.file.Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && (name.endsWith(".png") || name.endsWith(".jfr")
                        || name.startsWith("report.") || name.equals("server-console.log"))) {
                    Files.delete(f);
                }
            }
        }
    }

    private int run() throws Exception {
        report.loadAverageBefore = ProcFs.loadAverage();
        String amiSecret = randomSecret();
        String baselineSecret = randomSecret();
        String managementPassword = randomSecret() + "-1a!";
        SimulatorConfig config = SimulatorConfig.builder().port(0)
                .credentials(AMI_USER, amiSecret).credentials(BASELINE_USER, baselineSecret)
                .queue("support", "rrmemory").queue("sales", "leastrecent").queue(LOAD_QUEUE, "rrmemory")
                .build();
        if ("postgresql".equals(settings.database())) {
            recreatePostgresqlSchema();
        }
        try (PbxSimulator sim = PbxSimulator.start(config);
                ServerProcess server = new ServerProcess(settings.serverDir(), settings.out())) {
            log("PBX simulator on port %d", sim.port());

            int baselineSeconds = Math.min(settings.seconds(), settings.shortRun() ? 3 : 10);
            log("Baseline: raw asterisk-java client, %d calls/s for %d s", settings.baselineRate(), baselineSeconds);
            if (!settings.shortRun()) {
                // asterisk-java's parser is JIT-compiled on a short run first, so the ceiling is not understated.
                Baseline.run(sim, BASELINE_USER, baselineSecret,
                        IngestStep.spec(settings, settings.baselineRate(), Duration.ofSeconds(2)));
            }
            report.baseline = Baseline.run(sim, BASELINE_USER, baselineSecret,
                    IngestStep.spec(settings, settings.baselineRate(), Duration.ofSeconds(baselineSeconds)));
            log("  %s", report.baseline);

            log("Starting WildFly (%s, %s)", settings.serverDir(), settings.database());
            server.prepare(settings.ear(), "bench", managementPassword);
            server.start(serverArguments(sim.port()), serverSecrets(amiSecret), javaSizing(),
                    settings.out().resolve("server-console.log"));
            report.serverStartSeconds = server.awaitReady(Duration.ofMinutes(5)).toMillis() / 1000.0;
            awaitConnectorLogin(sim, Duration.ofSeconds(120));
            log("  login page after %.1f s; connector logged in; server pid %d", report.serverStartSeconds,
                    server.pid());

            SwitchboardClient supervisor = new SwitchboardClient(ServerProcess.BASE_URL, "supervisor1");
            ManagementClient management = new ManagementClient(ServerProcess.MANAGEMENT_PORT, "bench",
                    managementPassword);

            // JIT and connection pools warm up on a small load first; its calls are checked but not reported.
            // (JFR showed the JIT compiler threads as the top CPU user in the first minute after the start.)
            if (!settings.shortRun()) {
                log("Warm-up: 5 calls/s for 20 s");
                report.warmUps.add(IngestStep.start(sim, server, supervisor, management,
                        IngestStep.spec(settings, 5, Duration.ofSeconds(20))).awaitResult());
            }

            for (int rate : settings.rates()) {
                log("Ingest: %d calls/s for %d s", rate, settings.seconds());
                IngestStep.Result r = IngestStep.start(sim, server, supervisor, management,
                        IngestStep.spec(settings, rate, Duration.ofSeconds(settings.seconds()))).awaitResult();
                report.ingest.add(r);
                log("  %d calls, %d records (%d ended), lost %d, dup %d, %.0f events/s, drain %.1f s, max JMS "
                        + "backlog %d, %s", r.generated(), r.counts().total(), r.counts().ended(), r.lost(),
                        r.duplicated(), r.eventsPerSecond(), r.drainSeconds(), r.maxJmsBacklog(),
                        r.sustained() ? "sustained" : "NOT sustained");
                if (!r.sustained()) {
                    List<Integer> skipped = settings.rates().subList(settings.rates().indexOf(rate) + 1,
                            settings.rates().size());
                    if (!skipped.isEmpty()) {
                        report.notes.add("Rates " + skipped + " calls/s were not run: " + rate
                                + " calls/s was already not sustained.");
                    }
                    break;
                }
            }

            try {
                measurePops(sim, server, supervisor, management);
            } catch (RuntimeException e) {
                // The other figures are still worth reporting.
                e.printStackTrace();
                report.notes.add("The screen-pop measurement stopped early: " + e.getMessage().lines().findFirst()
                        .orElse(e.toString()));
            }

            try {
                int dials = settings.shortRun() ? 3 : settings.popCalls();
                log("Click-to-dial: %s, %d dials", DialLatency.USER, dials);
                report.dialMillis.addAll(DialLatency.measure(sim,
                        new SwitchboardClient(ServerProcess.BASE_URL, DialLatency.USER), dials));
                Percentiles d = Percentiles.of(report.dialMillis);
                log("    p50 %d ms, p99 %d ms, max %d ms", d.p50(), d.p99(), d.max());
            } catch (RuntimeException e) {
                e.printStackTrace();
                report.notes.add("The click-to-dial measurement stopped early: " + e.getMessage().lines()
                        .findFirst().orElse(e.toString()));
            }

            try {
                Duration each = Duration.ofSeconds(settings.shortRun() ? 2 : 10);
                log("API polling: GET /api/agents/me as %s, %d threads, %d s with a token and %d s with Basic, alternating",
                        ApiPolling.USER, 4, each.toSeconds(), each.toSeconds());
                report.apiPolling = ApiPolling.measure(ServerProcess.BASE_URL, each, 4);
                log("    token %.0f requests/s, Basic %.0f requests/s", report.apiPolling.tokenPerSecond(),
                        report.apiPolling.basicPerSecond());
            } catch (RuntimeException e) {
                e.printStackTrace();
                report.notes.add("The API polling measurement stopped early: " + e.getMessage().lines()
                        .findFirst().orElse(e.toString()));
            }

            report.peakRssKib = server.peakRssKib();
            report.loadAverageAfter = ProcFs.loadAverage();
            log("Peak RSS of the server JVM: %d MiB", report.peakRssKib / 1024);
        } finally {
            // Also after a failure: what was measured up to then is worth keeping. Never masks the failure.
            try {
                report.write(settings.out());
                log("Report: %s", settings.out().resolve("report.md").toAbsolutePath());
            } catch (Exception | Error e) {
                log("Could not write the report: %s", e);
            }
        }
        System.out.println(report.markdown());

        if (settings.shortRun()) {
            boolean ok = report.lostCalls() == 0 && report.duplicatedCalls() == 0 && report.unfinishedCalls() == 0;
            log(ok ? "Short run: no call lost, none duplicated." : "Short run FAILED: calls lost or duplicated.");
            // Not a timing: a pop or a dial that cannot be done at all is a broken product path.
            boolean measured = report.notes.stream().noneMatch(note -> note.contains("stopped early"));
            if (!measured) {
                log("Short run FAILED: a measurement could not be done (see the report's notes).");
            }
            return ok && measured ? 0 : 1;
        }
        return 0;
    }

    /** One browser agent; at each background level, pops are measured while that background load runs. */
    private void measurePops(PbxSimulator sim, ServerProcess server, SwitchboardClient supervisor,
            ManagementClient management) throws InterruptedException {
        log("Screen pops: agent1 in headless Chromium");
        try (PopLatency pops = new PopLatency(sim, new SwitchboardClient(ServerProcess.BASE_URL, PopLatency.USER),
                settings.out())) {
            pops.measure(2, () -> true); // warm-up: first page ajax, first push
            double secondsPerPop = 1.5;
            int sustained = report.bestSustained().map(IngestStep.Result::offeredRate).orElse(0);
            List<Integer> backgrounds = new ArrayList<>(settings.popBackgrounds());
            if (!settings.shortRun() && sustained > 0 && !backgrounds.contains(sustained)) {
                // The most telling level: the highest load the server sustains.
                backgrounds.add(sustained);
                backgrounds.sort(null);
            }
            for (int background : backgrounds) {
                if (background > sustained && !settings.shortRun()) {
                    // The backlog, and with it the pop delay, would only grow for as long as the load runs.
                    report.notes.add("Screen pops at " + background + " calls/s background not measured: ingest is "
                            + "not sustained at that rate (highest sustained: " + sustained + " calls/s).");
                    continue;
                }
                log("  background %d calls/s", background);
                List<PopLatency.Sample> samples;
                IngestStep.Result backgroundResult = null;
                if (background == 0) {
                    long start = System.nanoTime();
                    samples = pops.measure(settings.popCalls(), () -> true);
                    secondsPerPop = (System.nanoTime() - start) / 1e9 / Math.max(1, samples.size());
                } else {
                    // Long enough for the samples wanted (the generator cannot be stopped early): a pop under load
                    // took three to four times as long as without in the first runs.
                    int seconds = (int) Math.max(settings.seconds(),
                            Math.ceil(settings.popCalls() * Math.max(secondsPerPop, 1.0) * 3) + 5);
                    IngestStep step = IngestStep.start(sim, server, supervisor, management,
                            IngestStep.spec(settings, background, Duration.ofSeconds(seconds)));
                    Thread.sleep(2000); // steady state first
                    long start = System.nanoTime();
                    samples = pops.measure(settings.popCalls(), step::loadRunning);
                    // The next, higher level is slower still: size it from this one.
                    secondsPerPop = Math.max(secondsPerPop,
                            (System.nanoTime() - start) / 1e9 / Math.max(1, samples.size()));
                    backgroundResult = step.awaitResult();
                }
                PopLevel level = new PopLevel(background, new ArrayList<>(samples), backgroundResult);
                report.pops.add(level);
                Percentiles p = level.percentiles();
                log("    %d pops, missed %d: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms", p.count(), level.missed(),
                        p.p50(), p.p90(), p.p99(), p.max());
                if (p.count() < settings.popCalls()) {
                    report.notes.add("Only " + p.count() + " of " + settings.popCalls() + " pops were measured at "
                            + background + " calls/s background (the background load ended first).");
                }
            }
        }
    }

    private List<String> serverArguments(int amiPort) {
        List<String> args = new ArrayList<>(List.of("-Dswitchboard.demo=true", "-Dswitchboard.ami.port=" + amiPort,
                "-Dswitchboard.ami.reconnect.max.millis=1000"));
        if ("postgresql".equals(settings.database())) {
            args.add("-Dswitchboard.db.url=" + settings.dbUrl());
            args.add("-Dswitchboard.db.user=" + settings.dbUser());
        }
        return args;
    }

    /**
     * The secrets, through the server's environment (configure-pbx.cli and configure-datasource-postgresql.cli
     * read them there): never on a command line, where every {@code ps} shows them.
     */
    private Map<String, String> serverSecrets(String amiSecret) {
        Map<String, String> secrets = new java.util.HashMap<>(Map.of("SWITCHBOARD_AMI_SECRET", amiSecret));
        if ("postgresql".equals(settings.database())) {
            // WildFly refuses an empty datasource password; with trust authentication any value will do.
            secrets.put("SWITCHBOARD_DB_PASSWORD", settings.dbPassword());
        }
        return secrets;
    }

    /** Heap as configured; with -Dbench.jfr=true also a JFR recording of the whole run (profile settings). */
    private String javaSizing() {
        String sizing = settings.serverHeap();
        if (settings.jfr()) {
            sizing += " -XX:StartFlightRecording=settings=profile,filename="
                    + settings.out().resolve("server.jfr").toAbsolutePath();
        }
        return sizing;
    }

    /** The connector resyncs (CoreShowChannels) after every login: then it reads events. */
    private static void awaitConnectorLogin(PbxSimulator sim, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (sim.actions().stream().noneMatch(a -> a.name().equalsIgnoreCase("CoreShowChannels"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the server's connector did not log in within " + timeout);
            }
            Thread.sleep(200);
        }
        sim.clearActions();
    }

    /** A clean schema for every run, as the integration tests do with switchboard_it. */
    private void recreatePostgresqlSchema() throws Exception {
        String schema = settings.dbUrl().replaceAll(".*currentSchema=([A-Za-z0-9_]+).*", "$1");
        if (!schema.matches("[A-Za-z0-9_]+") || schema.equals(settings.dbUrl())) {
            throw new IllegalArgumentException("bench.db.url needs ?currentSchema=<name>: " + settings.dbUrl());
        }
        String host = settings.dbUrl().replaceAll("^jdbc:postgresql://([^:/]+).*", "$1");
        String database = settings.dbUrl().replaceAll("^jdbc:postgresql://[^/]+/([^?]+).*", "$1");
        ServerProcess.run(List.of("psql", "-v", "ON_ERROR_STOP=1", "-h", host, "-U", settings.dbUser(),
                "-d", database, "-q", "-c", "DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema + ";"),
                java.util.Map.of("PGPASSWORD", settings.dbPassword()));
        log("PostgreSQL schema %s recreated", schema);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench %s] %s%n", java.time.LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
                String.format(format, args));
    }
}
