package org.switchboard.pbxsim;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Immutable simulator settings; defaults suit tests (ephemeral port, 300 ms ring, agents auto-answer). */
public final class SimulatorConfig {
    final int port;
    final String bindAddress;
    final Map<String, String> credentials;
    final Map<String, String> queues;
    final Duration ringTime;
    final boolean autoAnswer;
    final Duration queueTimeout;
    final Duration retry;
    final Duration talkTime;
    final Duration customerPatience;
    final Duration pstnRingTime;
    final Duration pstnTalkTime;
    final boolean dialplanNoise;
    final String companyDid;
    final long maxClientBacklogBytes;

    private SimulatorConfig(Builder b) {
        port = b.port;
        bindAddress = b.bindAddress;
        credentials = Map.copyOf(b.credentials);
        queues = new LinkedHashMap<>(b.queues);
        ringTime = b.ringTime;
        autoAnswer = b.autoAnswer;
        queueTimeout = b.queueTimeout;
        retry = b.retry;
        talkTime = b.talkTime;
        customerPatience = b.customerPatience;
        pstnRingTime = b.pstnRingTime;
        pstnTalkTime = b.pstnTalkTime;
        dialplanNoise = b.dialplanNoise;
        companyDid = b.companyDid;
        maxClientBacklogBytes = b.maxClientBacklogBytes;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int port() {
        return port;
    }

    public Map<String, String> queues() {
        return Map.copyOf(queues);
    }

    public boolean dialplanNoise() {
        return dialplanNoise;
    }

    /** Builder; every setter is optional. */
    public static final class Builder {
        private int port;
        private String bindAddress = "127.0.0.1";
        private final Map<String, String> credentials = new LinkedHashMap<>();
        private final Map<String, String> queues = new LinkedHashMap<>();
        private boolean queuesCustomised;
        private Duration ringTime = Duration.ofMillis(300);
        private boolean autoAnswer = true;
        private Duration queueTimeout = Duration.ofSeconds(15);
        private Duration retry = Duration.ofSeconds(2);
        private Duration talkTime = Duration.ZERO;
        private Duration customerPatience = Duration.ZERO;
        private Duration pstnRingTime = Duration.ofSeconds(3);
        private Duration pstnTalkTime = Duration.ofSeconds(8);
        private boolean dialplanNoise = true;
        private String companyDid = "+493055550100";
        private long maxClientBacklogBytes = 256L * 1024 * 1024;

        private Builder() {
            queues.put("support", "rrmemory");
            queues.put("sales", "leastrecent");
            queues.put("travel", "rrmemory"); // the demo's second tenant (Acme Travel)
        }

        /** TCP port; 0 picks an ephemeral port (see {@link PbxSimulator#port()}). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Address to bind; default 127.0.0.1, use 0.0.0.0 to serve other hosts/containers. */
        public Builder bindAddress(String bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress);
            return this;
        }

        /** Adds a manager.conf user (several allowed). Without any, switchboard/secret is used. */
        public Builder credentials(String username, String secret) {
            credentials.put(username, secret);
            return this;
        }

        /** Adds a queue (strategy rrmemory or leastrecent). The first call replaces the default queues. */
        public Builder queue(String name, String strategy) {
            if (!queuesCustomised) {
                queues.clear();
                queuesCustomised = true;
            }
            queues.put(name, strategy);
            return this;
        }

        /** How long an agent handset rings before it answers (default 300 ms). */
        public Builder ringTime(Duration ringTime) {
            this.ringTime = ringTime;
            return this;
        }

        /** false: handsets never answer, the queue moves on after {@link #queueTimeout} (AgentRingNoAnswer). */
        public Builder autoAnswer(boolean autoAnswer) {
            this.autoAnswer = autoAnswer;
            return this;
        }

        /** queues.conf timeout: ring time per member (default 15 s, as in the recordings). */
        public Builder queueTimeout(Duration queueTimeout) {
            this.queueTimeout = queueTimeout;
            return this;
        }

        /** queues.conf retry: pause before the next member is rung (default 2 s). */
        public Builder retry(Duration retry) {
            this.retry = retry;
            return this;
        }

        /** Agent hangs up after this talk time; ZERO (default) = talk until someone hangs up. */
        public Builder talkTime(Duration talkTime) {
            this.talkTime = talkTime;
            return this;
        }

        /** Customer hangs up this long after the call starts; ZERO (default) = only when told to. */
        public Builder customerPatience(Duration customerPatience) {
            this.customerPatience = customerPatience;
            return this;
        }

        /** Click-to-dial remote party: ring time (default 3 s) and talk time before it hangs up (default 8 s). */
        public Builder pstn(Duration ringTime, Duration talkTime) {
            this.pstnRingTime = ringTime;
            this.pstnTalkTime = talkTime;
            return this;
        }

        /** Newexten/VarSet/DeviceStateChange/HangupHandler* events as with read=all (default on). */
        public Builder dialplanNoise(boolean noise) {
            this.dialplanNoise = noise;
            return this;
        }

        /** Caller ID of click-to-dial calls (dialplan global COMPANY_DID). */
        public Builder companyDid(String did) {
            this.companyDid = did;
            return this;
        }

        /** Queued bytes after which a non-reading client is disconnected (Asterisk's writetimeout). */
        public Builder maxClientBacklogBytes(long bytes) {
            this.maxClientBacklogBytes = bytes;
            return this;
        }

        public SimulatorConfig build() {
            if (credentials.isEmpty()) {
                credentials.put("switchboard", "secret");
            }
            return new SimulatorConfig(this);
        }
    }
}
