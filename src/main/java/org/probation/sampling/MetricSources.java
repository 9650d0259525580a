package org.probation.sampling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.probation.policy.PolicyCatalog;
import org.probation.sampling.model.SourceValidation;

import io.quarkus.runtime.Startup;

/**
 * The metric sources the tick pulls, in a stable order (by name), checked at start-up: sources that do not make sense
 * (a query for a metric no policy gates, a metric from two sources, a bad URL…) stop the service with a message that
 * names the key, instead of leaving accounts without samples.
 */
@Startup
@ApplicationScoped
public class MetricSources {

    private final List<MetricSource> enabled;

    MetricSources(Instance<MetricSource> all, PolicyCatalog policies) {
        this.enabled = all.stream().filter(MetricSource::enabled).sorted(Comparator.comparing(MetricSource::name))
                .toList();
        check(enabled, policies.gatedMetrics());
    }

    static void check(List<MetricSource> enabled, Set<String> gatedMetrics) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, String>> provided = new LinkedHashMap<>();
        for (MetricSource source : enabled) {
            problems.addAll(source.configurationProblems());
            provided.put(source.name(), source.providedMetrics(gatedMetrics));
        }
        problems.addAll(SourceValidation.problems(provided, gatedMetrics));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid metric source configuration:\n  " + String.join("\n  ", problems));
        }
    }

    public List<MetricSource> enabled() {
        return enabled;
    }
}
