package org.probation.sampling.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What makes the set of enabled metric sources sound: each provides only metrics some policy gates (a query for
 * anything else is a typo or a leftover), and a metric comes from one source only (two sources for one metric would
 * interleave two series into one gate).
 */
public final class SourceValidation {

    private SourceValidation() {
    }

    /**
     * @param providedBySource source name → (metric → the configuration key that makes the source provide it)
     * @return one message per problem, each starting with the key to fix
     */
    public static List<String> problems(Map<String, Map<String, String>> providedBySource, Set<String> gatedMetrics) {
        List<String> problems = new ArrayList<>();
        Map<String, String> firstSourceOfMetric = new TreeMap<>();
        new TreeMap<>(providedBySource).forEach((source, provided) -> new TreeMap<>(provided).forEach((metric, key) -> {
            if (!gatedMetrics.contains(metric)) {
                problems.add(key + ": no policy gates metric '" + metric + "' (gated: " + String.join(", ",
                        new TreeSet<>(gatedMetrics)) + ")");
                return;
            }
            String other = firstSourceOfMetric.putIfAbsent(metric, source);
            if (other != null) {
                problems.add(key + ": metric '" + metric + "' already comes from source '" + other + "' ("
                        + providedBySource.get(other).get(metric) + "); a metric may come from one source only");
            }
        }));
        return problems;
    }
}
