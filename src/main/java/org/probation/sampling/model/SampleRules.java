package org.probation.sampling.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.probation.validation.Patterns;

/**
 * What makes a pushed sample acceptable. A batch is all-or-nothing, so every bad item is reported at once and the
 * agent can fix its whole batch in one go.
 */
public final class SampleRules {

    private static final Pattern ACCOUNT = Pattern.compile(Patterns.ACCOUNT_ID);
    private static final Pattern METRIC = Pattern.compile(Patterns.METRIC);
    static final String ACCOUNT_MESSAGE = "must match " + ACCOUNT;
    static final String METRIC_MESSAGE = "must match " + METRIC;
    /** The fields of a sample object. */
    static final Set<String> FIELDS = Set.of("account", "metric", "at", "value");

    private SampleRules() {
    }

    /** A sample as received: every field may be missing or malformed. */
    public record Candidate(String account, String metric, String at, Double value) {
    }

    /** A sample that passed the rules. */
    public record Sample(String account, String metric, Instant at, double value) {
    }

    public record Problem(int index, String field, String message) {
    }

    public record Outcome(List<Sample> samples, List<Problem> problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /**
     * @param maxSkew how far in the future a sample may be stamped (agents' clocks drift a little; a day ahead is a bug)
     */
    public static Outcome check(List<Candidate> candidates, Instant now, Duration maxSkew) {
        Outcome each = checkEach(candidates, now, maxSkew);
        return each.isValid() ? each : new Outcome(List.of(), each.problems());
    }

    /**
     * As {@link #check}, but each candidate on its own: {@code samples} holds the valid ones even when others have
     * problems (remote write stores those, as a batch there holds many accounts' series).
     */
    public static Outcome checkEach(List<Candidate> candidates, Instant now, Duration maxSkew) {
        CheckedSamples checked = new CheckedSamples(now, maxSkew);
        candidates.forEach(checked::add);
        return new Outcome(checked.samples(), checked.problems());
    }

    static boolean isAccount(String account) {
        return account != null && ACCOUNT.matcher(account).matches();
    }

    static boolean isMetric(String metric) {
        return metric != null && METRIC.matcher(metric).matches();
    }
}
