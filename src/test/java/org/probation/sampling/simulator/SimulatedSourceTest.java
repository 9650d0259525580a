package org.probation.sampling.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.probation.sampling.MetricSource.PulledSample;
import org.probation.sampling.MetricSource.WatchedAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class SimulatedSourceTest {

    private static final Instant QUIET_MINUTE = Instant.parse("2026-11-28T10:00:30Z");
    private static final Instant BURST_MINUTE = Instant.parse("2026-11-28T10:01:45Z");
    private static final Set<String> METRICS = Set.of("mail_sent_per_hour", "mail_foreign_ratio", "cpu_load");

    private final SimulatedSource source = new SimulatedSource(config(Map.of("xs2", "relapsing", "xs3", "silent")));

    @Test
    void theSameSeedAndTimeGiveTheSameSeries() {
        List<WatchedAccount> accounts = List.of(new WatchedAccount("xs1", METRICS));
        assertThat(source.pull(accounts, QUIET_MINUTE)).isEqualTo(source.pull(accounts, QUIET_MINUTE));
        assertThat(source.pull(accounts, QUIET_MINUTE)).isNotEqualTo(source.pull(accounts, QUIET_MINUTE.plusSeconds(5)));
    }

    @Test
    void aCleanAccountStaysUnderTheUsualCleanBounds() {
        for (int second = 0; second < 3_600; second += 5) {
            for (PulledSample sample : source.pull(List.of(new WatchedAccount("xs1", METRICS)),
                    QUIET_MINUTE.plusSeconds(second))) {
                assertThat(sample.value()).isLessThanOrEqualTo(switch (sample.metric()) {
                    case "mail_sent_per_hour" -> 100.0;
                    case "mail_foreign_ratio" -> 0.2;
                    default -> 0.8;
                });
            }
        }
    }

    @Test
    void aRelapsingAccountBurstsTwentySecondsInEveryMinute() {
        List<WatchedAccount> accounts = List.of(new WatchedAccount("xs2", Set.of("mail_sent_per_hour")));
        assertThat(source.pull(accounts, QUIET_MINUTE).get(0).value()).isLessThan(100);
        assertThat(source.pull(accounts, BURST_MINUTE).get(0).value()).isGreaterThan(500);
    }

    @Test
    void aSilentAccountSendsNothing() {
        assertThat(source.pull(List.of(new WatchedAccount("xs3", METRICS)), QUIET_MINUTE)).isEmpty();
    }

    @Test
    void itProvidesEveryGatedMetricUnlessNarrowed() {
        assertThat(source.providedMetrics(Set.of("cpu_load", "mail_sent_per_hour")))
                .containsOnlyKeys("cpu_load", "mail_sent_per_hour")
                .containsValue("probation.sources.simulator.enabled");

        SimulatedSource cpuOnly = new SimulatedSource(config(Map.of(), Optional.of(Set.of("cpu_load"))));
        assertThat(cpuOnly.providedMetrics(METRICS)).containsExactly(entry("cpu_load", "probation.sources.simulator.metrics"));
        assertThat(cpuOnly.pull(List.of(new WatchedAccount("xs1", METRICS)), QUIET_MINUTE))
                .extracting(PulledSample::metric).containsExactly("cpu_load");
    }

    private static SimulatorConfig config(Map<String, String> profiles) {
        return config(profiles, Optional.empty());
    }

    private static SimulatorConfig config(Map<String, String> profiles, Optional<Set<String>> metrics) {
        return new SimulatorConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public long seed() {
                return 42;
            }

            @Override
            public Map<String, String> profiles() {
                return profiles;
            }

            @Override
            public Optional<Set<String>> metrics() {
                return metrics;
            }
        };
    }
}
