package org.probation.notification.model;

import java.time.Duration;

/** Exponential back-off between delivery attempts: initial, doubled each time, capped. */
public record Backoff(Duration initial, Duration max) {

    /** The wait after the {@code attempt}-th failed attempt (1-based). */
    public Duration after(int attempt) {
        Duration delay = initial;
        for (int i = 1; i < attempt && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
