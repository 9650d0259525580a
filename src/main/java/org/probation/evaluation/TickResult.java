package org.probation.evaluation;

import java.time.Duration;

/**
 * What one tick did. {@code failed} incidents are retried on the next tick; {@code skipped} ones were changed by an
 * operator or another replica meanwhile and are evaluated again next time. {@code phases} says where the time went.
 */
public record TickResult(int evaluated, int transitions, int notices, int skipped, int failed, int samplesRead,
        int samplesPulled, int sourceFailures, Duration took, TickPhases phases) {

    TickResult plus(TickResult other) {
        return new TickResult(evaluated + other.evaluated, transitions + other.transitions, notices + other.notices,
                skipped + other.skipped, failed + other.failed, samplesRead + other.samplesRead,
                samplesPulled + other.samplesPulled, sourceFailures + other.sourceFailures, took.plus(other.took),
                phases.plus(other.phases));
    }

    /** These counts, with {@code took} more spent claiming. */
    TickResult claimed(Duration took) {
        return new TickResult(evaluated, transitions, notices, skipped, failed, samplesRead, samplesPulled,
                sourceFailures, this.took, phases.withClaim(took));
    }

    /** What pulling the sources did: samples stored, sources that failed. */
    static TickResult pulled(int samplesPulled, int sourceFailures) {
        return new TickResult(0, 0, 0, 0, 0, 0, samplesPulled, sourceFailures, Duration.ZERO, TickPhases.NONE);
    }

    /** A batch that could not be read: all its incidents failed and are retried next tick. */
    static TickResult failedToLoad(int incidents) {
        return new TickResult(0, 0, 0, 0, incidents, 0, 0, 0, Duration.ZERO, TickPhases.NONE);
    }

    /** These counts, with how long the whole tick took. */
    TickResult took(Duration duration) {
        return new TickResult(evaluated, transitions, notices, skipped, failed, samplesRead, samplesPulled,
                sourceFailures, duration, phases);
    }

    static TickResult empty() {
        return new TickResult(0, 0, 0, 0, 0, 0, 0, 0, Duration.ZERO, TickPhases.NONE);
    }
}
