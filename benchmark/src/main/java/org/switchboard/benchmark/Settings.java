package org.switchboard.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What to run, from {@code bench.*} system properties (the POM passes them through). The short mode is for CI:
 * a few seconds per step and few samples, to keep the benchmark working, not to measure anything.
 *
 * @param seconds        length of each ingest step (and of each screen-pop background level)
 * @param rates          ingest rates in calls/s, increasing; the run stops escalating after the first one missed
 * @param agents         queue members the load generator logs in for each load run
 * @param baselineRate   calls/s for the raw AMI client baseline (high on purpose: it measures the ceiling)
 * @param popBackgrounds background calls/s during the screen-pop measurement, one level each
 * @param popCalls       screen-pop samples wanted per background level
 */
record Settings(boolean shortRun, int seconds, List<Integer> rates, int agents, boolean noise, int baselineRate,
        List<Integer> popBackgrounds, int popCalls, String database, String dbUrl, String dbUser, String dbPassword,
        String serverHeap, boolean jfr, Path serverDir, Path ear, Path out) {

    static Settings fromSystemProperties() {
        boolean shortRun = Boolean.parseBoolean(System.getProperty("bench.short", "false"))
                || "".equals(System.getProperty("bench.short"));
        int seconds = shortRun ? 5 : Integer.getInteger("bench.seconds", 20);
        // Short (CI) run: one small step and a few pops, so that it fits in two minutes with the server start.
        List<Integer> rates = shortRun ? List.of(5) : ints(System.getProperty("bench.rates", "5,10,25,50,100,200"));
        List<Integer> backgrounds = shortRun ? List.of(0) : ints(System.getProperty("bench.pop.backgrounds", "0,10,50,100"));
        int popCalls = shortRun ? 3 : Integer.getInteger("bench.pop.calls", 30);
        return new Settings(shortRun, seconds, rates, Integer.getInteger("bench.agents", 20),
                Boolean.parseBoolean(System.getProperty("bench.noise", "true")),
                shortRun ? 100 : Integer.getInteger("bench.baseline.rate", 400), backgrounds, popCalls,
                System.getProperty("bench.db", "h2"),
                System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=switchboard_bench"),
                System.getProperty("bench.db.user", "postgres"),
                System.getProperty("bench.db.password", "postgres"),
                System.getProperty("bench.server.heap", "-Xms256m -Xmx768m -XX:MaxMetaspaceSize=256m"),
                Boolean.parseBoolean(System.getProperty("bench.jfr", "false")),
                path("bench.server.dir"), path("bench.ear"), Path.of(System.getProperty("bench.out", "target/bench")));
    }

    /** The command that reproduces this run, for the report. */
    String command() {
        StringBuilder b = new StringBuilder("mvn -B install -DskipTests -pl '!src-test' && mvn -B verify -pl benchmark -Pbenchmark");
        if (shortRun) {
            b.append(" -Dbench.short");
        } else {
            b.append(" -Dbench.seconds=").append(seconds);
        }
        if (!"h2".equals(database)) {
            b.append(" -Dbench.db=").append(database);
        }
        return b.toString();
    }

    private static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(property + " is not set (run through Maven: -Pbenchmark)");
        }
        return Path.of(value);
    }

    private static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf)
                .toList();
    }
}
