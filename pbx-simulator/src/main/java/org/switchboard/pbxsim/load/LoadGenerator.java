package org.switchboard.pbxsim.load;

import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.switchboard.pbxsim.pbx.Pbx;
import org.switchboard.pbxsim.scenario.QueueCall;
import org.switchboard.pbxsim.scenario.QueueEngine;
import org.switchboard.pbxsim.scenario.Timing;

/**
 * Pushes inbound calls at a fixed rate. A ticker thread decides how many calls are due and hands them to the PBX
 * thread; writing to clients happens on each session's writer thread, so a slow client does not slow the run.
 */
public final class LoadGenerator {
    private static final String[] FIRST = {"Anna", "Ben", "Carla", "David", "Eva", "Felix", "Greta", "Hans"};
    private static final String[] LAST = {"Schmidt", "Keller", "Wolf", "Becker", "Fischer", "Weber", "Meyer"};

    private LoadGenerator() {
    }

    public static LoadRun start(LoadSpec spec, QueueEngine engine, LongSupplier eventsWritten) {
        Pbx pbx = engine.pbx();
        if (!pbx.call(() -> pbx.queues.containsKey(spec.queue()))) {
            throw new IllegalArgumentException("no such queue: " + spec.queue());
        }
        LoadRun run = new LoadRun(eventsWritten, pbx::eventsPublished);
        boolean previousNoise = pbx.noise();
        pbx.run(() -> {
            pbx.setNoise(spec.noise());
            for (int i = 0; i < spec.agents(); i++) {
                String iface = iface(spec, i);
                if (pbx.addMember(spec.queue(), iface, "Load Agent " + (spec.firstExtension() + i),
                        "Custom:agent" + (spec.firstExtension() + i), 0, false, "") == null) {
                    pbx.memberAdded(spec.queue(), iface);
                }
            }
        });
        Timing base = engine.defaults();
        Timing answered = new Timing(spec.ringTime().toMillis(), true, Math.max(base.queueTimeoutMillis(),
                spec.ringTime().toMillis() + 1), Math.min(base.retryMillis(), 50), spec.talkTime().toMillis(), 0,
                base.pstnRingMillis(), base.pstnTalkMillis());
        long total = Math.round(spec.callsPerSecond() * spec.duration().toMillis() / 1000.0);
        AtomicInteger pending = new AtomicInteger(1); // 1 = the generator itself, released when all are started
        Random random = new Random(42);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "load-ticker");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        Runnable finishOne = () -> {
            if (pending.decrementAndGet() == 0) {
                pbx.run(() -> {
                    for (int i = 0; i < spec.agents(); i++) {
                        pbx.removeMember(spec.queue(), iface(spec, i), () -> { });
                    }
                    pbx.setNoise(previousNoise);
                    run.markFinished();
                });
            }
        };
        ticker.scheduleAtFixedRate(() -> {
            double elapsed = (System.nanoTime() - start) / 1e9;
            long due = Math.min(total, (long) Math.floor(elapsed * spec.callsPerSecond()) + 1);
            while (run.generated.get() < due) {
                long n = run.generated.incrementAndGet();
                boolean abandons = random.nextDouble() < spec.abandonRatio();
                Timing timing = abandons ? answered.withPatience(spec.abandonAfter().toMillis()) : answered;
                String number = String.format("+4915%09d", 200_000_000 + n);
                String name = FIRST[(int) (n % FIRST.length)] + " " + LAST[(int) (n / FIRST.length % LAST.length)];
                pending.incrementAndGet();
                pbx.run(() -> {
                    QueueCall call = new QueueCall(engine, spec.queue(), number, name, "load-" + n,
                            List.of(new String[] {"CUSTNUM", number}, new String[] {"CUSTNAME", name}), timing);
                    call.endedFuture().thenAccept(outcome -> {
                        if ("abandoned".equals(outcome)) {
                            run.abandoned.incrementAndGet();
                        } else {
                            run.completed.incrementAndGet();
                        }
                        finishOne.run();
                    });
                    call.start();
                });
            }
            if (run.generated.get() >= total) {
                ticker.shutdown();
                finishOne.run();
            }
        }, 0, 5, TimeUnit.MILLISECONDS);
        return run;
    }

    private static String iface(LoadSpec spec, int i) {
        return "Local/" + (spec.firstExtension() + i) + "@agents/n";
    }
}
