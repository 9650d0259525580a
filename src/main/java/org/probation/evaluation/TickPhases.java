package org.probation.evaluation;

import java.time.Duration;

/**
 * Where a tick's time went, summed over its batches: claiming, reading incidents, shadow runs and samples, evaluating
 * in memory, writing eventful incidents one by one, the quiet ones together, and the shadow runs; with the statements
 * the tick's JDBC writer sent (Hibernate counts its own). Printed by the benchmark and in the tick's debug log line.
 */
public record TickPhases(Duration claim, Duration read, Duration evaluate, Duration eventful, Duration quiet,
        Duration shadow, int writerStatements) {

    public static final TickPhases NONE = new TickPhases(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ZERO, Duration.ZERO, 0);

    TickPhases plus(TickPhases other) {
        return new TickPhases(claim.plus(other.claim), read.plus(other.read), evaluate.plus(other.evaluate),
                eventful.plus(other.eventful), quiet.plus(other.quiet), shadow.plus(other.shadow),
                writerStatements + other.writerStatements);
    }

    TickPhases withClaim(Duration took) {
        return new TickPhases(claim.plus(took), read, evaluate, eventful, quiet, shadow, writerStatements);
    }

    @Override
    public String toString() {
        return String.format("claim %d ms, read %d ms, evaluate %d ms, eventful %d ms, quiet %d ms, shadow %d ms,"
                + " %d writer statements", claim.toMillis(), read.toMillis(), evaluate.toMillis(), eventful.toMillis(),
                quiet.toMillis(), shadow.toMillis(), writerStatements);
    }
}
