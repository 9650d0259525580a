package org.probation.sampling.remotewrite;

import java.util.Map;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code probation.remote-write.*}: which Prometheus remote-write series become which gated metric. Without
 * {@code metrics}, {@code POST /api/v1/write} takes nothing (every series is dropped as unmapped).
 */
@ConfigMapping(prefix = "probation.remote-write")
public interface RemoteWriteConfig {

    String KEY = "probation.remote-write.";

    /**
     * Gated metric → the series that carries it, e.g. {@code cpu_load.series: account_cpu_load} and optionally
     * {@code cpu_load.labels.job: hosting-exporter}. The series' value is taken as it is: map a gauge that already
     * is the gated metric (a rate per hour, a ratio), not a raw counter.
     */
    Map<String, Series> metrics();

    /** The label that carries the account id on every mapped series. */
    @WithDefault("account")
    String accountLabel();

    /** Most bytes one body may uncompress to (the compressed body is held to quarkus.http.limits.max-body-size). */
    @WithDefault("8M")
    MemorySize maxUncompressedSize();

    interface Series {

        /** The Prometheus metric name ({@code __name__}). */
        String series();

        /** Further labels the series must carry, with exactly these values. */
        Map<String, String> labels();
    }
}
