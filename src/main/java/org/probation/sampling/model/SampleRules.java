package org.probation.sampling.model;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.probation.validation.Patterns;

/**
 * What makes a pushed sample acceptable. A batch is all-or-nothing, so every bad item is reported at once and the
 * agent can fix its whole batch in one go.
 */
public final class SampleRules {

    private static final Pattern ACCOUNT = Pattern.compile(Patterns.ACCOUNT_ID);
    private static final Pattern METRIC = Pattern.compile(Patterns.METRIC);

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
        List<Sample> samples = new ArrayList<>(candidates.size());
        List<Problem> problems = new ArrayList<>();
        Instant latest = now.plus(maxSkew);
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c == null) {
                problems.add(new Problem(i, "", "must be a sample object"));
                continue;
            }
            int before = problems.size();
            if (c.account() == null || !ACCOUNT.matcher(c.account()).matches()) {
                problems.add(new Problem(i, "account", "must match " + ACCOUNT));
            }
            if (c.metric() == null || !METRIC.matcher(c.metric()).matches()) {
                problems.add(new Problem(i, "metric", "must match " + METRIC));
            }
            Instant at = null;
            if (c.at() == null) {
                problems.add(new Problem(i, "at", "is required (ISO-8601 instant, e.g. 2026-11-28T10:00:00Z)"));
            } else {
                try {
                    at = Instant.parse(c.at());
                    if (at.isAfter(latest)) {
                        problems.add(new Problem(i, "at", "is more than " + maxSkew.toSeconds()
                                + "s in the future (now is " + now + ")"));
                    }
                } catch (DateTimeParseException e) {
                    problems.add(new Problem(i, "at", "is not an ISO-8601 instant such as 2026-11-28T10:00:00Z"));
                }
            }
            if (c.value() == null) {
                problems.add(new Problem(i, "value", "is required"));
            } else if (!Double.isFinite(c.value())) {
                problems.add(new Problem(i, "value", "must be a finite number"));
            } else if (c.value() < 0) {
                problems.add(new Problem(i, "value", "must not be negative"));
            }
            if (problems.size() == before) {
                samples.add(new Sample(c.account(), c.metric(), at, c.value()));
            }
        }
        return new Outcome(samples, problems);
    }
}
