package org.switchboard.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.awt.Color;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/** Everything one run measured, written as report.md, report.json and the PNG plots. */
final class Report {


    final Settings settings;
    final String date;
    final int cores;
    Baseline.Result baseline;
    double serverStartSeconds;
    final List<IngestStep.Result> warmUps = new ArrayList<>();
    final List<IngestStep.Result> ingest = new ArrayList<>();
    final List<PopLevel> pops = new ArrayList<>();
    /** Click-to-dial: request sent → Originate read by the PBX, milliseconds, no background load. */
    final List<Long> dialMillis = new ArrayList<>();
    /** An integration polling GET /api/agents/me with an API token and with HTTP Basic; null when not measured. */
    ApiPolling.Result apiPolling;
    long peakRssKib = -1;
    String loadAverageBefore = "n/a";
    String loadAverageAfter = "n/a";
    final List<String> notes = new ArrayList<>();

    Report(Settings settings, String date, int cores) {
        this.settings = settings;
        this.date = date;
        this.cores = cores;
    }

    // ---- derived figures ---------------------------------------------------------------------------------

    /** The highest ingest rate with zero loss and a bounded backlog. */
    Optional<IngestStep.Result> bestSustained() {
        return ingest.stream().filter(IngestStep.Result::sustained)
                .max(Comparator.comparingInt(IngestStep.Result::offeredRate));
    }

    /** Every load run of the benchmark: warm-up, ingest steps and the screen-pop backgrounds. */
    List<IngestStep.Result> allLoadRuns() {
        List<IngestStep.Result> all = new ArrayList<>(warmUps);
        all.addAll(ingest);
        pops.stream().map(PopLevel::background).filter(b -> b != null).forEach(all::add);
        return all;
    }

    long lostCalls() {
        return allLoadRuns().stream().mapToLong(IngestStep.Result::lost).sum();
    }

    long duplicatedCalls() {
        return allLoadRuns().stream().mapToLong(IngestStep.Result::duplicated).sum();
    }

    long unfinishedCalls() {
        return allLoadRuns().stream().mapToLong(IngestStep.Result::unfinished).sum();
    }

    /** The background load the pop target is set at. */
    static final int TARGET_POP_BACKGROUND = 100;

    /**
     * The screen-pop level reported in the headline (and report.json): the one at the target's background load,
     * else the highest measured.
     */
    Optional<PopLevel> headlinePop() {
        return pops.stream().filter(p -> p.backgroundCallsPerSecond() == TARGET_POP_BACKGROUND).findFirst()
                .or(() -> pops.stream().max(Comparator.comparingInt(PopLevel::backgroundCallsPerSecond)));
    }

    // ---- output ------------------------------------------------------------------------------------------

    void write(Path out) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.json"), json() + System.lineSeparator());
        Files.writeString(out.resolve("report.md"), markdown());
        popPlot().write(out.resolve("pop-latency.png"));
        backlogPlot().write(out.resolve("backlog.png"));
        throughputPlot().write(out.resolve("throughput.png"));
        eventsPlot().write(out.resolve("events.png"));
    }

    String json() {
        Optional<IngestStep.Result> best = bestSustained();
        Optional<PopLevel> pop = headlinePop();
        JsonObjectBuilder o = Json.createObjectBuilder();
        o.add("date", date);
        o.add("cores", cores);
        o.add("database", settings.database());
        o.add("command", settings.command());
        o.add("short_run", settings.shortRun());
        o.add("seconds_per_step", settings.seconds());
        o.add("load_average_before", loadAverageBefore);
        o.add("load_average_after", loadAverageAfter);
        number(o, "baseline_events_per_s", baseline == null ? null : round(baseline.eventsPerSecond()));
        number(o, "ingest_calls_per_s_offered", best.map(b -> (double) b.offeredRate()).orElse(null));
        number(o, "ingest_events_per_s", best.map(b -> round(b.eventsPerSecond())).orElse(null));
        number(o, "ingest_calls_per_s", best.map(b -> round(b.callsPerSecond())).orElse(null));
        number(o, "ingest_ratio_to_baseline", best.isPresent() && baseline != null
                ? round3(best.get().eventsPerSecond() / baseline.eventsPerSecond()) : null);
        number(o, "events_per_call", best.map(b -> round(b.eventsPerCall())).orElse(null));
        number(o, "cpu_seconds_per_1000_calls", best.map(b -> round3(b.cpuSecondsPer1000Calls())).orElse(null));
        o.add("lost_calls", lostCalls());
        o.add("duplicated_calls", duplicatedCalls());
        o.add("unfinished_calls", unfinishedCalls());
        number(o, "pop_latency_ms_p50", pop.map(p -> (double) p.percentiles().p50()).orElse(null));
        number(o, "pop_latency_ms_p90", pop.map(p -> (double) p.percentiles().p90()).orElse(null));
        number(o, "pop_latency_ms_p99", pop.map(p -> (double) p.percentiles().p99()).orElse(null));
        number(o, "pop_latency_ms_max", pop.map(p -> (double) p.percentiles().max()).orElse(null));
        number(o, "pop_card_latency_ms_p50", pop.map(p -> (double) p.cardPercentiles().p50()).orElse(null));
        number(o, "pop_card_latency_ms_p99", pop.map(p -> (double) p.cardPercentiles().p99()).orElse(null));
        if (pop.isPresent()) {
            o.add("pop_samples", pop.get().percentiles().count());
        } else {
            o.addNull("pop_samples");
        }
        number(o, "background_calls_per_s", pop.map(p -> (double) p.backgroundCallsPerSecond()).orElse(null));
        Percentiles dial = Percentiles.of(dialMillis);
        number(o, "dial_latency_ms_p50", dial.count() == 0 ? null : (double) dial.p50());
        number(o, "dial_latency_ms_p99", dial.count() == 0 ? null : (double) dial.p99());
        number(o, "dial_latency_ms_max", dial.count() == 0 ? null : (double) dial.max());
        o.add("dial_samples", dial.count());
        number(o, "api_token_requests_per_s", apiPolling == null ? null : round(apiPolling.tokenPerSecond()));
        number(o, "api_basic_requests_per_s", apiPolling == null ? null : round(apiPolling.basicPerSecond()));
        number(o, "peak_rss_mib", peakRssKib < 0 ? null : round(peakRssKib / 1024.0));
        number(o, "server_start_s", round(serverStartSeconds));

        if (baseline != null) {
            o.add("baseline", Json.createObjectBuilder()
                    .add("calls_per_s_offered", baseline.callsPerSecond())
                    .add("calls", baseline.calls())
                    .add("events_generated", baseline.eventsGenerated())
                    .add("events_received", baseline.eventsReceived())
                    .add("seconds", round(baseline.seconds()))
                    .add("events_per_s", round(baseline.eventsPerSecond()))
                    .add("generator_events_per_s", round(baseline.generatorEventsPerSecond())));
        }
        JsonArrayBuilder steps = Json.createArrayBuilder();
        for (IngestStep.Result r : ingest) {
            steps.add(step(r));
        }
        o.add("ingest_steps", steps);
        JsonArrayBuilder levels = Json.createArrayBuilder();
        for (PopLevel level : pops) {
            Percentiles p = level.percentiles();
            JsonObjectBuilder l = Json.createObjectBuilder()
                    .add("background_calls_per_s", level.backgroundCallsPerSecond())
                    .add("samples", p.count()).add("missed", level.missed())
                    .add("p50_ms", p.p50()).add("p90_ms", p.p90()).add("p99_ms", p.p99()).add("max_ms", p.max())
                    .add("card_p50_ms", level.cardPercentiles().p50())
                    .add("card_p99_ms", level.cardPercentiles().p99());
            JsonArrayBuilder raw = Json.createArrayBuilder();
            level.samples().forEach(s -> raw.add(s.latencyMillis()));
            l.add("latencies_ms", raw);
            if (level.background() != null) {
                l.add("background", step(level.background()));
            }
            levels.add(l);
        }
        o.add("pop_levels", levels);
        JsonArrayBuilder n = Json.createArrayBuilder();
        notes.forEach(n::add);
        o.add("notes", n);

        StringWriter text = new StringWriter();
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter writer = factory.createWriter(text)) {
            writer.writeObject(o.build());
        }
        return text.toString().strip();
    }

    private static JsonObject step(IngestStep.Result r) {
        JsonArrayBuilder samples = Json.createArrayBuilder();
        for (IngestStep.Sample s : r.samples()) {
            samples.add(Json.createArrayBuilder().add(round(s.t())).add(s.generated()).add(s.ended())
                    .add(s.amiEvents()).add(s.jmsPublished()).add(s.jmsBacklog()).add(s.pbxOutbox()));
        }
        return Json.createObjectBuilder()
                .add("calls_per_s_offered", r.offeredRate())
                .add("seconds", r.seconds())
                .add("calls_generated", r.generated())
                .add("ami_events", r.eventsGenerated())
                .add("call_events_published", r.callEventsPublished())
                .add("call_events_per_call", round(r.callEventsPerCall()))
                .add("max_jms_publish_per_s", round(r.maxPublishRate()))
                .add("records", r.counts().total())
                .add("records_distinct", r.counts().distinctLinkedIds())
                .add("records_ended", r.counts().ended())
                .add("answered", r.counts().answered())
                .add("abandoned", r.counts().abandoned())
                .add("lost", r.lost())
                .add("duplicated", r.duplicated())
                .add("unfinished", r.unfinished())
                .add("generation_s", round(r.generationSeconds()))
                .add("processed_s", round(r.processedSeconds()))
                .add("drain_s", round(r.drainSeconds()))
                .add("events_per_s", round(r.eventsPerSecond()))
                .add("calls_per_s", round(r.callsPerSecond()))
                .add("max_pending_calls", r.maxPendingCalls())
                .add("max_jms_backlog", r.maxJmsBacklog())
                .add("max_pbx_outbox_events", r.maxPbxOutbox())
                .add("cpu_seconds", round(r.cpuSeconds()))
                .add("cpu_seconds_per_1000_calls", round3(r.cpuSecondsPer1000Calls()))
                .add("sustained", r.sustained())
                .add("samples_t_generated_ended_amievents_jmspublished_jmsbacklog_pbxoutbox", samples)
                .build();
    }

    String markdown() {
        Optional<IngestStep.Result> best = bestSustained();
        Optional<PopLevel> pop = headlinePop();
        StringBuilder md = new StringBuilder();
        md.append("# Switchboard benchmark\n\n");
        md.append("| | |\n| --- | --- |\n");
        md.append("| date | ").append(date).append(" |\n");
        md.append("| cores (`nproc`) | ").append(cores).append(" |\n");
        md.append("| load average (1/5/15 min) before / after | ").append(loadAverageBefore).append(" / ")
                .append(loadAverageAfter).append(" (other work on the machine competes for the cores) |\n");
        md.append("| Java | ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(" |\n");
        md.append("| database | ").append(settings.database()).append(" |\n");
        md.append("| command | `").append(settings.command()).append("` |\n");
        md.append("| run | ").append(settings.shortRun() ? "short (CI: checks loss and duplicates only)" : "full")
                .append(", ").append(settings.seconds()).append(" s per step, ").append(settings.agents())
                .append(" load agents, dialplan noise ").append(settings.noise() ? "on (read=all)" : "off")
                .append(", server heap `").append(settings.serverHeap()).append("` |\n\n");

        md.append("## Summary\n\n| figure | measured | target (issue 5) |\n| --- | --- | --- |\n");
        md.append("| baseline: raw asterisk-java client, events/s | ")
                .append(baseline == null ? "n/a" : fmt(baseline.eventsPerSecond())).append(" | ceiling |\n");
        md.append("| highest sustained ingest (zero loss, bounded backlog) | ")
                .append(best.map(b -> b.offeredRate() + " calls/s offered: " + fmt(b.callsPerSecond())
                        + " calls/s, " + fmt(b.eventsPerSecond()) + " AMI events/s end to end").orElse("none"))
                .append(" | ≥ 10,000 events/s (≈ 200 calls/s) |\n");
        md.append("| ingest / baseline | ").append(best.isPresent() && baseline != null
                ? String.format("%.2f", best.get().eventsPerSecond() / baseline.eventsPerSecond()) : "n/a")
                .append(" | ≥ 0.5 |\n");
        md.append("| lost / duplicated / unfinished calls (all load runs) | ").append(lostCalls()).append(" / ")
                .append(duplicatedCalls()).append(" / ").append(unfinishedCalls()).append(" | 0 / 0 / 0 |\n");
        md.append("| screen pop p50 / p90 / p99 / max | ").append(pop.map(p -> {
            Percentiles q = p.percentiles();
            return q.p50() + " / " + q.p90() + " / " + q.p99() + " / " + q.max() + " ms at "
                    + p.backgroundCallsPerSecond() + " calls/s background (" + q.count() + " calls)";
        }).orElse("n/a")).append(" | p50 ≤ 50 ms, p99 ≤ 150 ms at 100 calls/s |\n");
        Percentiles dial = Percentiles.of(dialMillis);
        md.append("| click-to-dial p50 / p99 / max | ").append(dial.count() == 0 ? "n/a" : dial.p50() + " / "
                + dial.p99() + " / " + dial.max() + " ms (" + dial.count() + " dials, request → Originate at the "
                + "PBX, no background load)").append(" | p99 ≤ 100 ms |\n");
        md.append("| integration polling GET api/agents/me: API token / HTTP Basic | ").append(apiPolling == null
                ? "n/a" : fmt(apiPolling.tokenPerSecond()) + " / " + fmt(apiPolling.basicPerSecond())
                        + " requests/s (" + apiPolling.threads() + " threads, " + fmt(apiPolling.secondsEach())
                        + " s each in alternating slices)").append(" | |\n");
        md.append("| WildFly peak RSS (VmHWM) | ").append(peakRssKib < 0 ? "n/a" : fmt(peakRssKib / 1024.0) + " MiB")
                .append(" | ≤ 1536 MiB |\n");
        md.append("| WildFly CPU per 1,000 calls | ")
                .append(best.map(b -> String.format("%.1f s (at %d calls/s)", b.cpuSecondsPer1000Calls(),
                        b.offeredRate())).orElse("n/a")).append(" | |\n");
        md.append("| WildFly start to login page | ").append(String.format("%.1f s", serverStartSeconds))
                .append(" | |\n\n");

        md.append("## Ingest steps\n\n");
        md.append("Each step: the simulator's load generator for ").append(settings.seconds())
                .append(" s, then until every call's record is committed with its end. A step is *sustained* when "
                        + "no call is lost, duplicated or left unfinished and the server is done at most "
                        + "max(5 s, step/4) after the simulator. Escalation stops at the first step that is not.\n\n");
        md.append("| offered calls/s | calls | AMI events (per call) | JMS messages per call (event batches) | processed calls/s "
                + "| processed AMI events/s | max JMS messages/s | drain s | max calls pending | max JMS backlog "
                + "| max PBX outbox (events) | lost | dup | unfinished | CPU s / 1000 calls | sustained |\n");
        md.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
                + "| ---: | --- |\n");
        for (IngestStep.Result r : ingest) {
            md.append("| ").append(r.offeredRate()).append(" | ").append(r.generated()).append(" | ")
                    .append(r.eventsGenerated()).append(" (").append(String.format("%.0f", r.eventsPerCall()))
                    .append(") | ").append(String.format("%.0f", r.callEventsPerCall())).append(" | ")
                    .append(String.format("%.1f", r.callsPerSecond())).append(" | ").append(fmt(r.eventsPerSecond()))
                    .append(" | ").append(fmt(r.maxPublishRate()))
                    .append(" | ").append(String.format("%.1f", r.drainSeconds())).append(" | ")
                    .append(r.maxPendingCalls()).append(" | ").append(r.maxJmsBacklog()).append(" | ").append(r.maxPbxOutbox()).append(" | ")
                    .append(r.lost()).append(" | ").append(r.duplicated()).append(" | ").append(r.unfinished())
                    .append(" | ").append(String.format("%.1f", r.cpuSecondsPer1000Calls())).append(" | ")
                    .append(r.sustained() ? "yes" : "**no**").append(" |\n");
        }
        md.append("\n![backlog over time](backlog.png)\n\n![calls over time](throughput.png)\n\n"
                + "![events over time](events.png)\n\n");

        md.append("## Screen-pop latency\n\n");
        md.append("From the simulator writing `AgentCalled` to the caller in the DOM of headless Chromium "
                + "(agent1 on agent/desk.xhtml, calls into `support`; background load in its own queue): first "
                + "the pushed preview (number, name, contact, account), then the full card fetched by ajax.\n\n");
        md.append("| background calls/s | calls | missed | p50 ms | p90 ms | p99 ms | max ms | full card p50 / p99 ms "
                + "| background lost / dup |\n");
        md.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (PopLevel level : pops) {
            Percentiles p = level.percentiles();
            md.append("| ").append(level.backgroundCallsPerSecond()).append(" | ").append(p.count()).append(" | ")
                    .append(level.missed()).append(" | ").append(p.p50()).append(" | ").append(p.p90())
                    .append(" | ").append(p.p99()).append(" | ").append(p.max()).append(" | ")
                    .append(level.cardPercentiles().p50()).append(" / ").append(level.cardPercentiles().p99())
                    .append(" | ")
                    .append(level.background() == null ? "–" : level.background().lost() + " / "
                            + level.background().duplicated())
                    .append(" |\n");
        }
        md.append("\n![pop latency against background load](pop-latency.png)\n\n");

        if (baseline != null) {
            md.append("## Baseline\n\n");
            md.append(String.format("Load generator at %d calls/s for %d calls: %d AMI events generated, %d read "
                    + "by a plain asterisk-java `ManagerConnection` in %.1f s = **%s events/s** (the generator "
                    + "produced %s events/s; when the two are close, the simulator, not asterisk-java, is the "
                    + "limit and the baseline is a lower bound of asterisk-java's capacity). Measured before "
                    + "WildFly starts, so the server does not compete with it for the cores (other work on the "
                    + "machine may: see the load average).%n%n", baseline.callsPerSecond(),
                    baseline.calls(), baseline.eventsGenerated(), baseline.eventsReceived(), baseline.seconds(),
                    fmt(baseline.eventsPerSecond()), fmt(baseline.generatorEventsPerSecond())));
        }
        if (!notes.isEmpty()) {
            md.append("## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    // ---- plots -------------------------------------------------------------------------------------------

    private Plot popPlot() {
        List<double[]> p50 = new ArrayList<>(), p90 = new ArrayList<>(), p99 = new ArrayList<>(),
                max = new ArrayList<>();
        for (PopLevel level : pops) {
            Percentiles p = level.percentiles();
            if (p.count() > 0) {
                double x = level.backgroundCallsPerSecond();
                p50.add(new double[] {x, p.p50()});
                p90.add(new double[] {x, p.p90()});
                p99.add(new double[] {x, p.p99()});
                max.add(new double[] {x, p.max()});
            }
        }
        // max first: with few samples p99 equals max and must stay visible on top of it
        return new Plot("Screen-pop latency (AgentCalled to DOM)", "background load (calls/s)", "latency (ms)")
                .series("max", Color.LIGHT_GRAY, max, true)
                .series("p99", new Color(214, 39, 40), p99, true)
                .series("p90", new Color(255, 127, 14), p90, true)
                .series("p50", new Color(31, 119, 180), p50, true);
    }

    /** The ingest steps one after the other on one time axis. */
    private Plot backlogPlot() {
        Plot plot = new Plot("Backlog during the ingest steps", "time (s, steps back to back)",
                "backlog (calls / JMS messages / AMI events)");
        markSteps(plot);
        return plot.series("calls generated, record not yet ended", new Color(44, 160, 44),
                        levels(IngestStep.Sample::pendingCalls), false)
                .series("JMS messages (event batches) not yet consumed", new Color(214, 39, 40),
                        levels(IngestStep.Sample::jmsBacklog), false)
                .series("AMI events not yet written to the connector", new Color(31, 119, 180),
                        levels(IngestStep.Sample::pbxOutbox), false);
    }

    private Plot throughputPlot() {
        Plot plot = new Plot("Calls generated and recorded per second", "time (s, steps back to back)", "calls/s");
        markSteps(plot);
        return plot.series("generated by the simulator", Color.GRAY, rates(IngestStep.Sample::generated), false)
                .series("records committed as ended", new Color(44, 160, 44), rates(IngestStep.Sample::ended),
                        false);
    }

    /** Where the events pile up: AMI events the PBX generates against call events the connector gets into JMS. */
    private Plot eventsPlot() {
        Plot plot = new Plot("AMI events generated and JMS messages (event batches) published per second",
                "time (s, steps back to back)", "events/s");
        markSteps(plot);
        return plot.series("AMI events generated by the simulator", Color.GRAY,
                        rates(IngestStep.Sample::amiEvents), false)
                .series("JMS messages (event batches) published by the connector", new Color(148, 103, 189),
                        rates(IngestStep.Sample::jmsPublished), false);
    }

    /** Where each ingest step starts on the shared time axis: the steps are laid back to back. */
    private double[] stepOffsets() {
        double[] offsets = new double[ingest.size()];
        double offset = 0;
        for (int i = 0; i < ingest.size(); i++) {
            offsets[i] = offset;
            List<IngestStep.Sample> samples = ingest.get(i).samples();
            offset += samples.isEmpty() ? 0 : samples.get(samples.size() - 1).t();
        }
        return offsets;
    }

    private void markSteps(Plot plot) {
        double[] offsets = stepOffsets();
        for (int i = 0; i < ingest.size(); i++) {
            plot.marker(offsets[i], ingest.get(i).offeredRate() + "/s");
        }
    }

    /** A value of every sample, on the shared time axis. */
    private List<double[]> levels(ToDoubleFunction<IngestStep.Sample> value) {
        double[] offsets = stepOffsets();
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < ingest.size(); i++) {
            for (IngestStep.Sample s : ingest.get(i).samples()) {
                points.add(new double[] {offsets[i] + s.t(), value.applyAsDouble(s)});
            }
        }
        return points;
    }

    /** The per-second rate of a counter between consecutive samples, on the shared time axis. */
    private List<double[]> rates(ToLongFunction<IngestStep.Sample> counter) {
        double[] offsets = stepOffsets();
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < ingest.size(); i++) {
            IngestStep.Sample prev = null;
            for (IngestStep.Sample s : ingest.get(i).samples()) {
                if (prev != null) {
                    double dt = s.t() - prev.t();
                    points.add(new double[] {offsets[i] + s.t(),
                            (counter.applyAsLong(s) - counter.applyAsLong(prev)) / dt});
                }
                prev = s;
            }
        }
        return points;
    }

    // ---- formatting --------------------------------------------------------------------------------------

    private static void number(JsonObjectBuilder o, String key, Double value) {
        if (value == null) {
            o.addNull(key);
        } else {
            o.add(key, value);
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String fmt(double v) {
        return String.format("%,.0f", v);
    }
}
