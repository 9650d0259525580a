package org.probation.time;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one source of "now". Everything that reads time injects this clock, so tests can run a week of
 * monitoring in milliseconds by swapping in a clock they move themselves.
 */
public class ClockProducer {

    /** Microsecond ticks: what PostgreSQL stores, so a time read back equals the time written. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
