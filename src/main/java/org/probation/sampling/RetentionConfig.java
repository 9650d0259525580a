package org.probation.sampling;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.probation.validation.PositiveDuration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code probation.retention.*}: how long raw samples are kept once nobody watches their account. */
@ConfigMapping(prefix = "probation.retention")
public interface RetentionConfig {

    /** Samples received longer ago than this, of accounts without an open incident, are deleted. */
    @WithDefault("30d")
    @PositiveDuration
    Duration samples();

    @WithDefault("1h")
    @PositiveDuration
    Duration every();

    /** Rows deleted per transaction: short transactions, no long lock on the table. */
    @WithDefault("5000")
    @Min(1)
    int batchSize();
}
