package org.probation.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A monitoring tick that started {@code at} ended after {@code took}: completed (even with some incidents failed,
 * retried next time), or thrown as a whole with {@code failure}, typically because the database is unreachable.
 */
public record TickEnded(Instant at, Duration took, Optional<Throwable> failure) {

    public static TickEnded completed(Instant at, Duration took) {
        return new TickEnded(at, took, Optional.empty());
    }

    public static TickEnded failed(Instant at, Duration took, Throwable failure) {
        return new TickEnded(at, took, Optional.of(failure));
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }
}
