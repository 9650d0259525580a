package org.probation.sampling;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A source the tick pulls samples from, once per tick for all watched accounts (never once per account). Pushed
 * samples need no source: agents post them to {@code /api/v1/samples}.
 */
public interface MetricSource {

    /** The name stored with each sample, e.g. {@code prometheus} or {@code simulator}. */
    String name();

    boolean enabled();

    /**
     * Samples for the given accounts at {@code now}. A failure throws: it is counted and never taken for clean data.
     */
    List<PulledSample> pull(List<WatchedAccount> accounts, Instant now) throws Exception;

    /** An account under an open incident and the metrics its gates need. */
    record WatchedAccount(String account, Set<String> metrics) {
    }

    record PulledSample(String account, String metric, Instant at, double value) {
    }
}
