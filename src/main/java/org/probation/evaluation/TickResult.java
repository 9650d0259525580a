package org.probation.evaluation;

import java.time.Duration;

/**
 * What one tick did. {@code failed} incidents are retried on the next tick; {@code skipped} ones were changed by an
 * operator or another replica meanwhile and are evaluated again next time.
 */
public record TickResult(int evaluated, int transitions, int notices, int skipped, int failed, int samplesRead,
        int samplesPulled, int sourceFailures, Duration took) {

    TickResult plus(TickResult other) {
        return new TickResult(evaluated + other.evaluated, transitions + other.transitions, notices + other.notices,
                skipped + other.skipped, failed + other.failed, samplesRead + other.samplesRead,
                samplesPulled + other.samplesPulled, sourceFailures + other.sourceFailures, took.plus(other.took));
    }

    /** What pulling the sources did: samples stored, sources that failed. */
    static TickResult pulled(int samplesPulled, int sourceFailures) {
        return new TickResult(0, 0, 0, 0, 0, 0, samplesPulled, sourceFailures, Duration.ZERO);
    }

    /** A batch that could not be read: all its incidents failed and are retried next tick. */
    static TickResult failedToLoad(int incidents) {
        return new TickResult(0, 0, 0, 0, incidents, 0, 0, 0, Duration.ZERO);
    }

    /** These counts, with how long the whole tick took. */
    TickResult took(Duration duration) {
        return new TickResult(evaluated, transitions, notices, skipped, failed, samplesRead, samplesPulled,
                sourceFailures, duration);
    }

    static TickResult empty() {
        return new TickResult(0, 0, 0, 0, 0, 0, 0, 0, Duration.ZERO);
    }
}
