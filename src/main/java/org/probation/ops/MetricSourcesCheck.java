package org.probation.ops;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.probation.sampling.MetricSource;
import org.probation.sampling.MetricSources;
import org.probation.sampling.SourceHealth;

/**
 * The pulled metric sources' state, as data only: always UP. A failing source stops progress (no sample, no
 * lift), which is alerted by mail and {@code probation_source_errors_total}; taking the replica out of the Service
 * would not bring the source back, and would stop the API and the decisions feed for nothing.
 */
@Readiness
@ApplicationScoped
public class MetricSourcesCheck implements HealthCheck {

    static final String NAME = "metric sources";

    private final MetricSources sources;
    private final SourceHealth health;

    MetricSourcesCheck(MetricSources sources, SourceHealth health) {
        this.sources = sources;
        this.health = health;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        int failing = 0;
        for (MetricSource source : sources.enabled()) {
            int failures = health.consecutiveFailures(source.name());
            response.withData(source.name(), failures == 0 ? "ok" : "failing for " + failures + " tick(s)");
            failing += failures > 0 ? 1 : 0;
        }
        return response.withData("degraded", failing > 0).build();
    }
}
