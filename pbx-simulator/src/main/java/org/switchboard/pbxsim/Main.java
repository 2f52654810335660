package org.switchboard.pbxsim;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.switchboard.pbxsim.load.LoadRun;
import org.switchboard.pbxsim.load.LoadSpec;

/**
 * Standalone simulator:
 * {@code java -jar switchboard-pbx-simulator.jar --port 5038 --user switchboard [--bind 0.0.0.0]
 * [--demo-calls-every 30s] [--load cps,agents,seconds] [--replay file [--replay-speed original|fast]]
 * [--ring-time 2s] [--no-noise]}, with the AMI secret in the environment variable {@code SWITCHBOARD_AMI_SECRET}
 * (as the server reads it), so it is not on the command line for every {@code ps} to see; {@code --secret s}
 * still works for a throwaway secret. This is a program, so it reports to stdout.
 */
public final class Main {
    /** Demo callers: +49301234567.. are contacts of the demo data set (ejb db/demo); one hostile name; unknown numbers. */
    private static final String[][] DEMO_CALLERS = {
        {"+4930123456789", "Max Mustermann"},
        {"+4930123456001", "Erika Musterfrau"},
        {"+4930123456002", "Lukas Becker"},
        {"+4922112345678", "<script>alert(1)</script>"},
        {"+4930123456003", "O'Brien \"Kunde\" Fragezeichen?"},
        {"+4917612345678", ""},
    };

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        SimulatorConfig.Builder b = SimulatorConfig.builder().port(5038).ringTime(Duration.ofSeconds(2));
        String user = "switchboard";
        String secret = secret(System.getenv());
        Duration demoEvery = null;
        String load = null;
        Path replay = null;
        ReplaySpeed speed = ReplaySpeed.ORIGINAL;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port" -> b.port(Integer.parseInt(args[++i]));
                case "--bind" -> b.bindAddress(args[++i]);
                case "--user" -> user = args[++i];
                case "--secret" -> secret = args[++i];
                case "--demo-calls-every" -> demoEvery = parseDuration(args[++i]);
                case "--load" -> load = args[++i];
                case "--replay" -> replay = Path.of(args[++i]);
                case "--replay-speed" -> speed = ReplaySpeed.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--ring-time" -> b.ringTime(parseDuration(args[++i]));
                case "--no-noise" -> b.dialplanNoise(false);
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> {
                    System.out.println("unknown option " + a);
                    usage();
                    System.exit(2);
                }
            }
        }
        PbxSimulator sim = PbxSimulator.start(b.credentials(user, secret).build());
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
        say("PBX simulator (Asterisk 22.10.1 / AMI 11.0.0) listening on port " + sim.port() + ", user " + user
                + ", queues " + sim.config().queues().keySet());
        if (replay != null) {
            runReplay(sim, replay, speed);
        }
        if (load != null) {
            runLoad(sim, load);
        }
        if (demoEvery != null) {
            runDemo(sim, demoEvery);
        }
        new CountDownLatch(1).await(); // serve until killed
    }

    /** The secret from the environment (SWITCHBOARD_AMI_SECRET), else "secret" for a quick local try. */
    static String secret(java.util.Map<String, String> environment) {
        String secret = environment.get("SWITCHBOARD_AMI_SECRET");
        return secret == null || secret.isEmpty() ? "secret" : secret;
    }

    private static void usage() {
        System.out.println("usage: java -jar switchboard-pbx-simulator.jar [--port 5038] [--bind 127.0.0.1] "
                + "[--user switchboard] [--demo-calls-every 30s] [--load cps,agents,seconds] "
                + "[--replay file.ami] [--replay-speed original|fast] [--ring-time 2s] [--no-noise]\n"
                + "The AMI secret comes from the environment variable SWITCHBOARD_AMI_SECRET (default: secret).");
    }

    static Duration parseDuration(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        if (v.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        if (v.endsWith("s")) {
            return Duration.ofMillis((long) (Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
        }
        if (v.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(v));
    }

    private static void say(String line) {
        System.out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
    }

    private static void runReplay(PbxSimulator sim, Path file, ReplaySpeed speed) {
        Thread t = new Thread(() -> {
            while (true) {
                if (sim.clientCount() == 0) {
                    sleep(500);
                    continue;
                }
                sleep(1000); // give the client time to log in
                say("replaying " + file + " (" + speed + ")");
                int n = sim.replay(file, speed);
                say("replayed " + n + " events");
                return;
            }
        }, "replay");
        t.setDaemon(true);
        t.start();
    }

    private static void runLoad(PbxSimulator sim, String spec) {
        String[] p = spec.split(",");
        LoadSpec ls = LoadSpec.of(Double.parseDouble(p[0]), Integer.parseInt(p[1]),
                Duration.ofSeconds(Long.parseLong(p[2])));
        say("load: " + ls.callsPerSecond() + " calls/s into " + ls.queue() + " with " + ls.agents() + " agents for "
                + ls.duration().toSeconds() + " s");
        LoadRun run = sim.generateLoad(ls);
        Thread t = new Thread(() -> {
            while (!run.awaitFinished(Duration.ofSeconds(1))) {
                say("load: " + run);
            }
            say("load finished: " + run);
        }, "load-report");
        t.setDaemon(true);
        t.start();
    }

    private static void runDemo(PbxSimulator sim, Duration every) {
        Random random = new Random();
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor();
        int[] n = {0};
        s.scheduleAtFixedRate(() -> {
            String[] caller = DEMO_CALLERS[n[0]++ % DEMO_CALLERS.length];
            Duration patience = Duration.ofSeconds(20 + random.nextInt(41));
            InboundCall call = sim.inboundCall("support", caller[0], caller[1],
                    CallOptions.defaults().withPatience(patience));
            int id = n[0];
            say("call #" + id + " " + caller[0] + (caller[1].isEmpty() ? "" : " \"" + caller[1] + "\"")
                    + " -> support, hangs up after " + patience.toSeconds() + " s");
            Thread w = new Thread(() -> {
                String agent;
                try {
                    agent = "answered by " + call.awaitConnected(patience.plusSeconds(1));
                } catch (IllegalStateException notAnswered) {
                    agent = "not answered";
                }
                String outcome = call.awaitEnded(patience.plusSeconds(30));
                say("call #" + id + " " + caller[0] + " " + outcome + ", " + agent);
            }, "demo-call-" + id);
            w.setDaemon(true);
            w.start();
        }, 1, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
