package org.probation.sampling.remotewrite;

import java.util.HashMap;
import java.util.Map;

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

    @Test
    void defaultsAndAMappingReadAsWritten() {
        RemoteWriteConfig config = config(Map.of(P + "metrics.cpu_load.series", "account_cpu_load",
                P + "metrics.mail_sent_per_hour.series", "mail_per_hour",
                P + "metrics.mail_sent_per_hour.labels.job", "fleet"));

        assertThat(config.accountLabel()).isEqualTo("account");
        assertThat(config.maxUncompressedSize().asLongValue()).isEqualTo(32L * 1024 * 1024);
        assertThat(config.metrics().get("cpu_load").series()).isEqualTo("account_cpu_load");
        assertThat(config.metrics().get("cpu_load").labels()).isEmpty();
        assertThat(config.metrics().get("mail_sent_per_hour").labels()).containsEntry("job", "fleet");
        assertThatNoException().isThrownBy(() -> RemoteWriteIngest.check(null, config));
    }

    @Test
    void withoutAMappingNothingIsTakenAndTheServiceStarts() {
        RemoteWriteConfig config = config(Map.of());

        assertThat(config.metrics()).isEmpty();
        assertThatNoException().isThrownBy(() -> RemoteWriteIngest.check(null, config));
    }

    @Test
    void aMappingThatCannotWorkStopsTheStartNamingTheKey() {
        RemoteWriteConfig config = config(Map.of(P + "metrics.cpu_load.series", "account-cpu-load",
                P + "account-label", "account id"));

        assertThatThrownBy(() -> RemoteWriteIngest.check(null, config)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Invalid remote write configuration:\n  " + P
                        + "account-label: 'account id' is not a Prometheus label name\n  " + P
                        + "metrics.cpu_load.series: 'account-cpu-load' is not a Prometheus metric name");
    }

    private static RemoteWriteConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withMapping(RemoteWriteConfig.class)
                .withConverter(MemorySize.class, 200, new MemorySizeConverter())
                .withSources(new PropertiesConfigSource(new HashMap<>(properties), "test", 100)).build()
                .getConfigMapping(RemoteWriteConfig.class);
    }
}
