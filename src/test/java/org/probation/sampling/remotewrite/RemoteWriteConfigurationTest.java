package org.probation.sampling.remotewrite;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mapping is read as an operator writes it, and one that cannot work stops the start naming its key. */
class RemoteWriteConfigurationTest {

    private static final String P = "probation.remote-write.";
    private static final Set<String> GATED = Set.of("cpu_load", "mail_sent_per_hour");

    @Test
    void defaultsAndAMappingReadAsWritten() {
        RemoteWriteConfig config = config(Map.of(P + "metrics.cpu_load.series", "account_cpu_load",
                P + "metrics.mail_sent_per_hour.series", "mail_per_hour",
                P + "metrics.mail_sent_per_hour.labels.job", "fleet"));

        assertThat(config.accountLabel()).isEqualTo("account");
        assertThat(config.maxUncompressedSize().asLongValue()).isEqualTo(8L * 1024 * 1024);
        assertThat(config.metrics().get("cpu_load").series()).isEqualTo("account_cpu_load");
        assertThat(config.metrics().get("cpu_load").labels()).isEmpty();
        assertThat(config.metrics().get("mail_sent_per_hour").labels()).containsEntry("job", "fleet");
        assertThatNoException().isThrownBy(() -> RemoteWriteIngest.check(config, GATED, Map.of()));
    }

    @Test
    void withoutAMappingNothingIsTakenAndTheServiceStarts() {
        RemoteWriteConfig config = config(Map.of());

        assertThat(config.metrics()).isEmpty();
        assertThatNoException().isThrownBy(() -> RemoteWriteIngest.check(config, GATED, Map.of()));
    }

    @Test
    void aMappingThatCannotWorkStopsTheStartNamingTheKey() {
        RemoteWriteConfig config = config(Map.of(P + "metrics.cpu_load.series", "account-cpu-load",
                P + "account-label", "account id"));

        assertThatThrownBy(() -> RemoteWriteIngest.check(config, GATED, Map.of())).isInstanceOf(IllegalStateException.class)
                .hasMessage("Invalid remote write configuration:\n  " + P
                        + "account-label: 'account id' is not a Prometheus label name\n  " + P
                        + "metrics.cpu_load.series: 'account-cpu-load' is not a Prometheus metric name");
    }

    @Test
    void aMetricNoPolicyGatesOrThatIsPulledAlreadyStopsTheStart() {
        RemoteWriteConfig config = config(Map.of(P + "metrics.cpu_laod.series", "account_cpu_load",
                P + "metrics.mail_sent_per_hour.series", "mail_per_hour"));

        assertThatThrownBy(() -> RemoteWriteIngest.check(config, GATED, Map.of("mail_sent_per_hour", "prometheus")))
                .hasMessage("Invalid remote write configuration:\n  " + P
                        + "metrics.cpu_laod: no policy gates metric 'cpu_laod' (gated: [cpu_load, mail_sent_per_hour])"
                        + "\n  " + P + "metrics.mail_sent_per_hour: metric 'mail_sent_per_hour' already comes from"
                        + " source 'prometheus'; a metric comes from one source only");
    }

    private static RemoteWriteConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withMapping(RemoteWriteConfig.class)
                .withConverter(MemorySize.class, 200, new MemorySizeConverter())
                .withSources(new PropertiesConfigSource(new HashMap<>(properties), "test", 100)).build()
                .getConfigMapping(RemoteWriteConfig.class);
    }
}
