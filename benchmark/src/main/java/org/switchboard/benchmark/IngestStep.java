package org.switchboard.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.switchboard.benchmark.SwitchboardClient.CallCounts;
import org.switchboard.pbxsim.PbxSimulator;
import org.switchboard.pbxsim.load.LoadRun;
import org.switchboard.pbxsim.load.LoadSpec;

/**
 * One load run through the real server: the simulator generates calls at a fixed rate, the server's connector
 * reads them like any AMI client, and the step lasts until every call has a committed, ended record (or until
 * the records stop changing). Only records started after the step began, in the load's own queue, are counted,
 * so earlier steps and the screen-pop calls never mix in.
 */
final class IngestStep {

    /**
     * Backlog while the step runs. {@code t} is seconds since the step started; {@code generated - ended} is the
     * end-to-end backlog in calls (also what waits in the connector's own buffer, which is not visible outside).
     */
    record Sample(double t, long generated, long ended, long amiEvents, long jmsPublished, long jmsBacklog,
            long pbxOutbox) {
        long pendingCalls() {
            return Math.max(0, generated - ended);
        }
    }

    record Result(int offeredRate, int seconds, long generated, long eventsGenerated, long callEventsPublished,
            CallCounts counts,
            double generationSeconds, double processedSeconds, boolean drained, double cpuSeconds,
            List<Sample> samples) {

        long lost() {
            return generated - counts.distinctLinkedIds();
        }

        long duplicated() {
            return counts.total() - counts.distinctLinkedIds();
        }

        /** Records that exist but never got their end (e.g. a missed Hangup). */
        long unfinished() {
            return counts.distinctLinkedIds() - counts.ended();
        }

        double eventsPerCall() {
            return generated == 0 ? 0 : (double) eventsGenerated / generated;
        }

        /** End to end: AMI events of the step over the time until its last record was committed as ended. */
        double eventsPerSecond() {
            return eventsGenerated / processedSeconds;
        }

        double callsPerSecond() {
            return counts.ended() / processedSeconds;
        }

        /** How long after the simulator finished the server still needed; a growing backlog shows up here. */
        double drainSeconds() {
            return Math.max(0, processedSeconds - generationSeconds);
        }

        long maxJmsBacklog() {
            return samples.stream().mapToLong(Sample::jmsBacklog).max().orElse(0);
        }

        long maxPbxOutbox() {
            return samples.stream().mapToLong(Sample::pbxOutbox).max().orElse(0);
        }

        /** Events the connector made of the AMI stream (it drops what does not concern calls and agents). */
        double callEventsPerCall() {
            return generated == 0 ? 0 : (double) callEventsPublished / generated;
        }

        /** The highest rate at which the connector published to JMS, over one sample interval. */
        double maxPublishRate() {
            double max = 0;
            for (int i = 1; i < samples.size(); i++) {
                Sample a = samples.get(i - 1), b = samples.get(i);
                max = Math.max(max, (b.jmsPublished() - a.jmsPublished()) / (b.t() - a.t()));
            }
            return max;
        }

        long maxPendingCalls() {
            return samples.stream().mapToLong(Sample::pendingCalls).max().orElse(0);
        }

        double cpuSecondsPer1000Calls() {
            return generated == 0 ? 0 : cpuSeconds / generated * 1000;
        }

        /**
         * Sustained: every call recorded exactly once and ended, and the backlog bounded, i.e. the server was
         * done at most 5 s (or a quarter of the step, if longer) after the simulator.
         */
        boolean sustained() {
            return drained && lost() == 0 && duplicated() == 0 && unfinished() == 0
                    && drainSeconds() <= Math.max(5, seconds / 4.0);
        }
    }

    private static final long SAMPLE_MILLIS = 500;

    private final PbxSimulator sim;
    private final ServerProcess server;
    private final SwitchboardClient supervisor;
    private final ManagementClient management;
    private final LoadSpec spec;
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private volatile LoadRun run;

    private IngestStep(PbxSimulator sim, ServerProcess server, SwitchboardClient supervisor,
            ManagementClient management, LoadSpec spec) {
        this.sim = sim;
        this.server = server;
        this.supervisor = supervisor;
        this.management = management;
        this.spec = spec;
    }

    /** Starts the load and a thread that samples the backlog until the step is over. */
    static IngestStep start(PbxSimulator sim, ServerProcess server, SwitchboardClient supervisor,
            ManagementClient management, LoadSpec spec) {
        IngestStep step = new IngestStep(sim, server, supervisor, management, spec);
        CountDownLatch started = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                step.result.complete(step.sample(started));
            } catch (Throwable e) {
                step.result.completeExceptionally(e);
            } finally {
                started.countDown();
            }
        }, "ingest-" + (int) spec.callsPerSecond());
        t.setDaemon(true);
        t.start();
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return step;
    }

    /** Whether the simulator is still generating (or finishing) this step's calls. */
    boolean loadRunning() {
        LoadRun r = run;
        return r != null && !r.isFinished();
    }

    /** Waits until every call of the step is recorded as ended (or the records stopped changing). */
    Result awaitResult() throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("ingest step at " + spec.callsPerSecond() + " calls/s failed",
                    e.getCause());
        }
    }

    private Result sample(CountDownLatch started) throws InterruptedException {
        Instant since = Instant.now();
        double cpuBefore = server.cpuSeconds();
        long publishedBefore = management.callEvents().added();
        long start = System.nanoTime();
        run = sim.generateLoad(spec);
        started.countDown();
        List<Sample> samples = new ArrayList<>();
        double generationSeconds = -1;
        double processedSeconds = -1;
        long lastEnded = -1;
        double lastChange = 0;
        // A step the server cannot keep up with is still waited for (the lost count needs the end, and the next
        // phase must not start on a busy server), unless nothing changes for a minute or it takes 15 minutes.
        double giveUpAfter = 15 * 60;
        while (true) {
            Thread.sleep(SAMPLE_MILLIS);
            // The simulator's counters first, with the time; the server's answers follow within milliseconds.
            double t = (System.nanoTime() - start) / 1e9;
            long generated = run.callsGenerated();
            long amiEvents = run.eventsGenerated();
            // Only the server's connector is connected now, so written = read by the connector (or in its socket).
            long outbox = Math.max(0, amiEvents - run.eventsWritten());
            CallCounts counts = supervisor.calls(since, spec.queue());
            ManagementClient.TopicCounters topic = management.callEvents();
            samples.add(new Sample(t, generated, counts.ended(), amiEvents, topic.added() - publishedBefore,
                    topic.backlog(), outbox));
            if (counts.ended() != lastEnded) {
                lastEnded = counts.ended();
                lastChange = t;
            }
            if (generationSeconds < 0 && run.isFinished()) {
                generationSeconds = run.elapsed().toNanos() / 1e9;
            }
            if (generationSeconds >= 0 && counts.ended() >= generated) {
                processedSeconds = t;
                break;
            }
            boolean stalled = generationSeconds >= 0 && t - lastChange > 60;
            if (stalled || t > spec.duration().toSeconds() + giveUpAfter) {
                System.out.printf("  records stopped changing at %d of %d calls; giving up on this step%n",
                        counts.ended(), generated);
                break;
            }
        }
        boolean drained = processedSeconds >= 0;
        if (!drained) {
            processedSeconds = (System.nanoTime() - start) / 1e9;
        }
        // A late duplicate or a late record would still show up: count once more after a short pause.
        Thread.sleep(1000);
        CallCounts counts = supervisor.calls(since, spec.queue());
        double cpu = server.cpuSeconds() - cpuBefore;
        long published = management.callEvents().added() - publishedBefore;
        return new Result((int) spec.callsPerSecond(), (int) spec.duration().toSeconds(), run.callsGenerated(),
                run.eventsGenerated(), published, counts, generationSeconds < 0 ? processedSeconds : generationSeconds,
                processedSeconds, drained, cpu, samples);
    }

    static LoadSpec spec(Settings settings, double callsPerSecond, Duration duration) {
        return LoadSpec.of(callsPerSecond, settings.agents(), duration).queue(Benchmark.LOAD_QUEUE)
                .noise(settings.noise());
    }
}
