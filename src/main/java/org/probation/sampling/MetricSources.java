package org.probation.sampling;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.quarkus.runtime.Startup;

/** The metric sources the tick pulls, in a stable order (by name). */
@Startup
@ApplicationScoped
public class MetricSources {

    private final List<MetricSource> enabled;

    MetricSources(Instance<MetricSource> all) {
        this.enabled = all.stream().filter(MetricSource::enabled).sorted(Comparator.comparing(MetricSource::name))
                .toList();
    }

    public List<MetricSource> enabled() {
        return enabled;
    }
}
