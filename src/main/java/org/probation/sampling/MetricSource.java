package org.probation.sampling;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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
     * The metrics this source provides, each with the configuration key that makes it provide it (start-up errors
     * name that key). {@code gatedMetrics} are the metrics some policy gates.
     */
    Map<String, String> providedMetrics(Set<String> gatedMetrics);

    /** Problems with this source's own settings, each naming its key; checked at start-up when it is enabled. */
    default List<String> configurationProblems() {
        return List.of();
    }

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
