package org.probation.ops;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationConfig;
import org.probation.notification.NotificationConfig;
import org.probation.sampling.IngestConfig;
import org.probation.sampling.RetentionConfig;
import org.probation.sampling.SourcesConfig;
import org.probation.sampling.prometheus.PrometheusConfig;
import org.probation.words.WordsConfig;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Numbers and durations out of range stop start-up with a message naming each key: the {@code @ConfigMapping}s carry
 * Bean Validation constraints, which Quarkus checks at start-up (the same validator as here).
 */
class ConfigRangesTest {

    private static final List<Class<?>> MAPPINGS = List.of(EvaluationConfig.class, IngestConfig.class,
            SourcesConfig.class, RetentionConfig.class, PrometheusConfig.class, OpsConfig.class,
            NotificationConfig.class, WordsConfig.class);

    @Test
    void theDefaultsAreInRange() {
        SmallRyeConfig config = config(Map.of());

        assertThat(config.getConfigMapping(IngestConfig.class).maxBatch()).isEqualTo(10_000);
        assertThat(config.getConfigMapping(EvaluationConfig.class).every()).hasMinutes(5);
    }

    @Test
    void eachDefaultIsReadableByItsKeyToo() {
        // What @Scheduled(every = "${probation.evaluation.every}") and the like resolve.
        SmallRyeConfig config = config(Map.of());

        assertThat(config.getValue("probation.evaluation.every", String.class)).isEqualTo("5m");
        assertThat(config.getValue("probation.retention.every", String.class)).isEqualTo("1h");
        assertThat(config.getValue("probation.notifications.dispatch-every", String.class)).isEqualTo("10s");
    }

    @Test
    void theTimeZoneKeepsItsKeyBesideTheNotifications() {
        SmallRyeConfig config = config(Map.of("probation.notifications.time-zone", "Europe/Berlin",
                "probation.notifications.max-attempts", "3"));

        assertThat(config.getConfigMapping(WordsConfig.class).timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(config.getConfigMapping(NotificationConfig.class).maxAttempts()).isEqualTo(3);
        assertThat(config(Map.of()).getConfigMapping(WordsConfig.class).timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void aNegativeBatchNamesItsKey() {
        assertThat(problems(Map.of("probation.ingest.max-batch", "-1")))
                .containsExactly("probation.ingest.max-batch must be greater than or equal to 1");
    }

    @Test
    void badDurationsAndCountsOfTheMetricSourcesNameTheirKeys() {
        assertThat(problems(Map.of(
                "probation.sources.max-source-errors", "0",
                "probation.sources.prometheus.timeout", "0s",
                "probation.sources.prometheus.retries", "-1",
                "probation.sources.prometheus.retry-delay", "-PT1S",
                "probation.sources.prometheus.circuit-breaker-delay", "-1m")))
                .containsExactlyInAnyOrder(
                        "probation.sources.max-source-errors must be greater than or equal to 1",
                        "probation.sources.prometheus.timeout must be positive",
                        "probation.sources.prometheus.retries must be between 0 and 10",
                        "probation.sources.prometheus.retry-delay must not be negative",
                        "probation.sources.prometheus.circuit-breaker-delay must be positive");
    }

    @Test
    void aZeroPeriodOrBatchNamesItsKey() {
        assertThat(problems(Map.of(
                "probation.evaluation.every", "0s",
                "probation.evaluation.batch-size", "0",
                "probation.retention.batch-size", "0",
                "probation.ops.heartbeat.stale-periods", "0",
                "probation.notifications.max-attempts", "0")))
                .containsExactlyInAnyOrder(
                        "probation.evaluation.every must be positive",
                        "probation.evaluation.batch-size must be greater than or equal to 1",
                        "probation.retention.batch-size must be greater than or equal to 1",
                        "probation.ops.heartbeat.stale-periods must be greater than or equal to 1",
                        "probation.notifications.max-attempts must be greater than or equal to 1");
    }

    private static List<String> problems(Map<String, String> properties) {
        Throwable thrown = catchThrowable(() -> config(properties));
        assertThat(thrown).isInstanceOf(ConfigValidationException.class);
        ConfigValidationException invalid = (ConfigValidationException) thrown;
        return IntStream.range(0, invalid.getProblemCount()).mapToObj(i -> invalid.getProblem(i).getMessage())
                .toList();
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        Map<String, String> props = new HashMap<>(properties);
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .withConverter(Duration.class, 200, new DurationConverter())
                .withValidator(new BeanValidationConfigValidatorImpl())
                .withSources(new PropertiesConfigSource(props, "test", 100));
        MAPPINGS.forEach(builder::withMapping);
        return builder.build();
    }
}
