package org.probation.sampling;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.probation.sampling.prometheus.PrometheusSettings;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Enabled sources that do not make sense stop start-up with every problem listed by key. */
class MetricSourcesTest {

    private static final Set<String> GATED = Set.of("mail_sent_per_hour", "mail_foreign_ratio", "cpu_load");

    @Test
    void prometheusForMailAndTheSimulatorForTheRestStartUp() {
        assertThatCode(() -> MetricSources.check(List.of(prometheus(Map.of()), simulator(Set.of("cpu_load"))),
                GATED)).doesNotThrowAnyException();
    }

    @Test
    void aQueryForAMetricNoPolicyGatesStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> MetricSources.check(List.of(prometheus(Map.of(
                "probation.sources.prometheus.queries.mail_sent_per_huor", "sum by (account) (x)"))),
                GATED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Invalid metric source configuration:")
                .hasMessageContaining("probation.sources.prometheus.queries.mail_sent_per_huor: no policy gates"
                        + " metric 'mail_sent_per_huor'");
    }

    @Test
    void aMetricFromPrometheusAndTheSimulatorStopsStartUp() {
        assertThatThrownBy(() -> MetricSources.check(List.of(prometheus(Map.of()), simulator(null)), GATED))
                .hasMessageContaining("probation.sources.simulator.enabled: metric 'mail_sent_per_hour' already"
                        + " comes from source 'prometheus' (probation.sources.prometheus.queries.mail_sent_per_hour)");
    }

    @Test
    void theSourcesOwnProblemsAreListedToo() {
        assertThatThrownBy(() -> MetricSources.check(List.of(prometheus(Map.of(
                "probation.sources.prometheus.url", "prometheus:9090"))), GATED))
                .hasMessageContaining("probation.sources.prometheus.url: must be an absolute http or https URL");
    }

    private static MetricSource prometheus(Map<String, String> overrides) {
        Map<String, String> props = new HashMap<>(Map.of(
                "probation.sources.prometheus.url", "http://prometheus:9090",
                "probation.sources.prometheus.queries.mail_sent_per_hour",
                "sum by (account) (increase(mail_sent_total[1h]))"));
        props.putAll(overrides);
        return PrometheusSettings.unguarded(props);
    }

    /** A simulator-like source providing {@code metrics}, or every gated metric when {@code null}. */
    private static MetricSource simulator(Set<String> metrics) {
        return new MetricSource() {
            @Override
            public String name() {
                return "simulator";
            }

            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public Map<String, String> providedMetrics(Set<String> gatedMetrics) {
                Map<String, String> provided = new TreeMap<>();
                (metrics == null ? gatedMetrics : metrics).forEach(metric -> provided.put(metric,
                        metrics == null ? "probation.sources.simulator.enabled" : "probation.sources.simulator.metrics"));
                return provided;
            }

            @Override
            public List<PulledSample> pull(List<WatchedAccount> accounts, Instant now) {
                return List.of();
            }
        };
    }
}
