package org.probation.sampling.model;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Consecutive failing ticks per metric source. A streak that reaches {@code maxSourceErrors} raises exactly one alert;
 * the next alert needs a success in between (a new streak), so a source that stays down for days alerts once, not
 * every five minutes.
 */
public final class FailureStreaks {

    private final int maxSourceErrors;
    private final Map<String, Streak> streaks = new HashMap<>();

    public FailureStreaks(int maxSourceErrors) {
        if (maxSourceErrors < 1) {
            throw new IllegalArgumentException("maxSourceErrors must be at least 1, was " + maxSourceErrors);
        }
        this.maxSourceErrors = maxSourceErrors;
    }

    /** A source failed in the tick at {@code at}; the alert to raise, if this failure completes a streak. */
    public synchronized Optional<Alert> failed(String source, Instant at, String error) {
        Streak streak = streaks.merge(source, new Streak(1, at), (old, first) -> new Streak(old.failures + 1, old.since));
        if (streak.failures == maxSourceErrors) {
            return Optional.of(new Alert(source, streak.failures, streak.since, error));
        }
        return Optional.empty();
    }

    /** A source answered; the length of the streak this ends, if there was one. */
    public synchronized OptionalInt succeeded(String source) {
        Streak ended = streaks.remove(source);
        return ended == null ? OptionalInt.empty() : OptionalInt.of(ended.failures);
    }

    /** Failing ticks in a row so far (0 when the last tick went well). */
    public synchronized int consecutiveFailures(String source) {
        Streak streak = streaks.get(source);
        return streak == null ? 0 : streak.failures;
    }

    private record Streak(int failures, Instant since) {
    }

    /** One per streak: {@code source} has failed {@code consecutiveFailures} ticks in a row since {@code since}. */
    public record Alert(String source, int consecutiveFailures, Instant since, String lastError) {
    }
}
