package org.probation.sampling;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.probation.validation.NonNegativeDuration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code probation.ingest.*}: limits on pushed samples. */
@ConfigMapping(prefix = "probation.ingest")
public interface IngestConfig {

    /** Most samples in one {@code POST /api/v1/samples}. */
    @WithDefault("10000")
    @Min(1)
    int maxBatch();

    /** How far ahead of the server's clock a sample may be stamped. */
    @WithDefault("5m")
    @NonNegativeDuration
    Duration maxClockSkew();
}
