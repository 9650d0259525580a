package org.probation.sampling.prometheus;

import java.time.Duration;
import java.util.Map;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Builds the Prometheus source from properties written as an operator writes them, for plain unit tests. */
public final class PrometheusSettings {

    private PrometheusSettings() {
    }

    public static PrometheusConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(PrometheusConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build()
                .getConfigMapping(PrometheusConfig.class);
    }

    /** The source without fault tolerance (which needs the CDI container). */
    public static PrometheusSource unguarded(Map<String, String> properties) {
        return new PrometheusSource(config(properties), PrometheusSource.QueryGuard.NONE);
    }
}
