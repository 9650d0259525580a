package org.probation.ops;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.probation.evaluation.TickEnded;

/**
 * When the monitoring tick last completed and whether it keeps failing. Fed by the tick's own {@link TickEnded} (not
 * the scheduler), so tests that run the tick feed it too.
 */
@ApplicationScoped
public class TickHeartbeat {

    private final Clock clock;
    private final Instant startedAt;
    private volatile Instant lastSuccess;
    private volatile Instant lastFailure;
    private volatile String lastError;
    private volatile int consecutiveFailures;

    TickHeartbeat(Clock clock) {
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    void tickEnded(@Observes TickEnded tick) {
        tick.failure().ifPresentOrElse(error -> failed(tick.at(), error), () -> succeeded(tick.at()));
    }

    synchronized void succeeded(Instant at) {
        lastSuccess = at;
        consecutiveFailures = 0;
    }

    synchronized void failed(Instant at, Throwable error) {
        lastFailure = at;
        lastError = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        consecutiveFailures++;
    }

    /** The last successful tick, or the start of the application before the first one (its grace period). */
    public Instant freshSince() {
        Instant success = lastSuccess;
        return success == null ? startedAt : success;
    }

    public Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccess);
    }

    public Optional<Instant> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    Instant now() {
        return clock.instant();
    }
}
