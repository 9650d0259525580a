package org.probation.evaluation;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.probation.validation.NonNegativeDuration;
import org.probation.validation.PositiveDuration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code probation.evaluation.*}: the monitoring tick. */
@ConfigMapping(prefix = "probation.evaluation")
public interface EvaluationConfig {

    /** How often every open incident is evaluated. */
    @WithDefault("5m")
    @PositiveDuration
    Duration every();

    /** Incidents claimed and evaluated together: one set of queries per batch. */
    @WithDefault("500")
    @Min(1)
    int batchSize();

    /**
     * How long a sample waits after it was received before it is evaluated. Ingest transactions that started earlier
     * may still commit a smaller id; waiting until they must have committed (ingest times out well before) means
     * the arrival cursor never skips a sample.
     */
    @WithDefault("30s")
    @NonNegativeDuration
    Duration arrivalGrace();
}
