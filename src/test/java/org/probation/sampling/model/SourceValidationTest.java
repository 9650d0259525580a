package org.probation.sampling.model;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceValidationTest {

    private static final Set<String> GATED = Set.of("mail_sent_per_hour", "mail_foreign_ratio", "cpu_load");

    @Test
    void sourcesSharingNoMetricAreSound() {
        assertThat(SourceValidation.problems(Map.of(
                "prometheus", Map.of("mail_sent_per_hour", "probation.sources.prometheus.queries.mail_sent_per_hour",
                        "mail_foreign_ratio", "probation.sources.prometheus.queries.mail_foreign_ratio"),
                "simulator", Map.of("cpu_load", "probation.sources.simulator.metrics")), GATED)).isEmpty();
    }

    @Test
    void aQueryForAMetricNoPolicyGatesNamesItsKey() {
        assertThat(SourceValidation.problems(Map.of("prometheus",
                Map.of("mail_sent_per_huor", "probation.sources.prometheus.queries.mail_sent_per_huor")), GATED))
                .containsExactly("probation.sources.prometheus.queries.mail_sent_per_huor: no policy gates metric"
                        + " 'mail_sent_per_huor' (gated: cpu_load, mail_foreign_ratio, mail_sent_per_hour)");
    }

    @Test
    void aMetricFromTwoSourcesNamesBothKeys() {
        assertThat(SourceValidation.problems(Map.of(
                "simulator", Map.of("cpu_load", "probation.sources.simulator.enabled"),
                "prometheus", Map.of("cpu_load", "probation.sources.prometheus.queries.cpu_load")), GATED))
                .containsExactly("probation.sources.simulator.enabled: metric 'cpu_load' already comes from source"
                        + " 'prometheus' (probation.sources.prometheus.queries.cpu_load); a metric may come from one"
                        + " source only");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        assertThat(SourceValidation.problems(Map.of(
                "prometheus", Map.of("cpu_load", "p.cpu_load", "load", "p.load", "mail_sent_per_hour", "p.mail"),
                "simulator", Map.of("cpu_load", "s.cpu_load", "mail_sent_per_hour", "s.mail")), GATED))
                .hasSize(3)
                .anySatisfy(problem -> assertThat(problem).startsWith("p.load:"))
                .anySatisfy(problem -> assertThat(problem).startsWith("s.cpu_load:"))
                .anySatisfy(problem -> assertThat(problem).startsWith("s.mail:"));
    }
}
