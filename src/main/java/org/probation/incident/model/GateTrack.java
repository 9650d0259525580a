package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;

/**
 * What the engine remembers of one gated metric of one incident between ticks.
 *
 * @param armed whether a sample over the relapse bound now counts as a relapse: abuse that comes back after the metric
 *        calmed (a clean sample was seen, or the customer reported the fix). It is disarmed by each relapse, so a
 *        trailing hourly rate that stays high for a while after a relapse is one relapse, not several.
 * @param silenceReported whether the current silence (no sample for {@code no-data-after}) has been reported
 *        <p>
 *        An immutable value, as its coverage is: each change returns a new track.
 */
public record GateTrack(Double lastValue, Instant lastAt, SlotCoverage coverage, boolean armed,
        boolean silenceReported) {

    public static GateTrack empty(Duration interval) {
        return new GateTrack(null, null, SlotCoverage.empty(interval), false, false);
    }

    GateTrack observed(Observation sample, boolean clean) {
        boolean newer = lastAt == null || !sample.at().isBefore(lastAt);
        return new GateTrack(newer ? Double.valueOf(sample.value()) : lastValue, newer ? sample.at() : lastAt,
                coverage.mark(sample.at()), armed || clean, false);
    }

    GateTrack withCoverageFrom(Instant instant) {
        return new GateTrack(lastValue, lastAt, coverage.dropBefore(instant), armed, silenceReported);
    }

    GateTrack withArmed(boolean value) {
        return new GateTrack(lastValue, lastAt, coverage, value, silenceReported);
    }

    GateTrack withSilenceReported() {
        return new GateTrack(lastValue, lastAt, coverage, armed, true);
    }
}
