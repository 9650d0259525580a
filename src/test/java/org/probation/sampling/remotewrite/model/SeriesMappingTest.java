package org.probation.sampling.remotewrite.model;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.probation.sampling.remotewrite.model.SeriesMapping.Rule;
import org.probation.sampling.remotewrite.model.SeriesMapping.Target;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesMappingTest {

    private static final String P = "probation.remote-write.";

    private final SeriesMapping mapping = new SeriesMapping(Map.of(
            "cpu_load", new Rule("cpu_load", "account_cpu_load", Map.of()),
            "mail_foreign_per_hour", new Rule("mail_foreign_per_hour", "mail_per_hour", Map.of("scope", "foreign")),
            "mail_sent_per_hour", new Rule("mail_sent_per_hour", "mail_per_hour", Map.of("scope", "all"))),
            "account");

    @Test
    void aSeriesBecomesTheGatedMetricOfItsAccount() {
        assertThat(mapping.targets(Map.of("__name__", "account_cpu_load", "account", "xs1", "job", "fleet")))
                .containsExactly(new Target("cpu_load", "xs1"));
    }

    @Test
    void furtherLabelsChooseAmongSeriesOfOneName() {
        assertThat(mapping.targets(Map.of("__name__", "mail_per_hour", "account", "xs1", "scope", "foreign")))
                .containsExactly(new Target("mail_foreign_per_hour", "xs1"));
        assertThat(mapping.targets(Map.of("__name__", "mail_per_hour", "account", "xs1", "scope", "domestic")))
                .isEmpty();
        assertThat(mapping.targets(Map.of("__name__", "mail_per_hour", "account", "xs1"))).isEmpty();
    }

    @Test
    void seriesOfOtherNamesOrWithoutAnAccountAreNotOurs() {
        assertThat(mapping.targets(Map.of("__name__", "up", "account", "xs1"))).isEmpty();
        assertThat(mapping.targets(Map.of("__name__", "account_cpu_load", "relay", "mx9"))).isEmpty();
        assertThat(mapping.targets(Map.of("__name__", "account_cpu_load", "account", ""))).isEmpty();
        assertThat(mapping.targets(Map.of("account", "xs1"))).isEmpty();
    }

    @Test
    void aSoundMappingHasNoProblem() {
        assertThat(SeriesMapping.problems(P, Map.of("cpu_load", new Rule("cpu_load", "node:cpu_load:rate5m",
                Map.of("job", "fleet"))), "account", Set.of("cpu_load"), Map.of())).isEmpty();
    }

    @Test
    void eachProblemNamesItsKey() {
        assertThat(SeriesMapping.problems(P, Map.of(
                "CPU", new Rule("CPU", "cpu", Map.of()),
                "cpu_load", new Rule("cpu_load", "account-cpu", Map.of("account", "x", "__name__", "y", "ok", "z"))),
                "1account", Set.of("cpu_load"), Map.of())).containsExactly(
                        P + "account-label: '1account' is not a Prometheus label name",
                        P + "metrics.CPU: the gated metric's name must match [a-z][a-z0-9_]{0,62}",
                        P + "metrics.cpu_load.series: 'account-cpu' is not a Prometheus metric name",
                        P + "metrics.cpu_load.labels.__name__: must be a Prometheus label name other than __name__"
                                + " and the account label '1account'");
    }
}
