package org.probation.sampling;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code probation.ingest.*}: limits on pushed samples. */
@ConfigMapping(prefix = "probation.ingest")
public interface IngestConfig {

    /** Most samples in one {@code POST /api/v1/samples}. */
    @WithDefault("10000")
    int maxBatch();

    /** How far ahead of the server's clock a sample may be stamped. */
    @WithDefault("5m")
    Duration maxClockSkew();
}
