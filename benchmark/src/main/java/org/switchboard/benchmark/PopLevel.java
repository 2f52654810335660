package org.switchboard.benchmark;

import java.util.List;

/**
 * Screen-pop samples taken at one background load.
 *
 * @param background the background ingest step that ran meanwhile, null at 0 calls/s
 */
record PopLevel(int backgroundCallsPerSecond, List<PopLatency.Sample> samples, IngestStep.Result background) {

    Percentiles percentiles() {
        return measured(PopLatency.Sample::latencyMillis);
    }

    /** Until the full card (server-rendered, by ajax after the push) was in the DOM. */
    Percentiles cardPercentiles() {
        return measured(PopLatency.Sample::cardMillis);
    }

    /** Percentiles of one of the sample's times, leaving out the calls where it never came (-1). */
    private Percentiles measured(java.util.function.ToLongFunction<PopLatency.Sample> millis) {
        return Percentiles.of(samples.stream().map(millis::applyAsLong).filter(m -> m >= 0).toList());
    }

    /** Calls offered to the agent whose pop never showed within the timeout. */
    long missed() {
        return samples.stream().filter(s -> s.latencyMillis() < 0).count();
    }
}
