package org.switchboard.benchmark;

import java.util.List;

/**
 * Screen-pop samples taken at one background load.
 *
 * @param background the background ingest step that ran meanwhile, null at 0 calls/s
 */
record PopLevel(int backgroundCallsPerSecond, List<PopLatency.Sample> samples, IngestStep.Result background) {

    Percentiles percentiles() {
        return Percentiles.of(samples.stream().filter(s -> s.latencyMillis() >= 0).map(PopLatency.Sample::latencyMillis)
                .toList());
    }

    /** Until the full card (server-rendered, by ajax after the push) was in the DOM. */
    Percentiles cardPercentiles() {
        return Percentiles.of(samples.stream().filter(s -> s.cardMillis() >= 0).map(PopLatency.Sample::cardMillis)
                .toList());
    }

    /** Calls offered to the agent whose pop never showed within the timeout. */
    long missed() {
        return samples.stream().filter(s -> s.latencyMillis() < 0).count();
    }
}
