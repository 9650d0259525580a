package org.probation.ops;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.probation.validation.NonNegativeDuration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code probation.ops.*}: what readiness and the metrics endpoint report. */
@ConfigMapping(prefix = "probation.ops")
public interface OpsConfig {

    Heartbeat heartbeat();

    Metrics metrics();

    interface Heartbeat {

        /**
         * Whether readiness requires a recent successful tick. Off where nothing runs the tick on schedule (the
         * tests drive it themselves); follows {@code quarkus.scheduler.enabled} unless set.
         */
        @WithDefault("${quarkus.scheduler.enabled:true}")
        boolean enabled();

        /** The heartbeat is stale (readiness DOWN) after this many tick periods without a successful tick. */
        @WithDefault("3")
        @Min(1)
        int stalePeriods();
    }

    interface Metrics {

        /**
         * How long the counted gauges (incidents by state and stage, outbox, decision revision) are reused: one set
         * of queries per scrape interval at most, however many series and scrapers.
         */
        @WithDefault("15s")
        @NonNegativeDuration
        Duration cacheFor();
    }
}
