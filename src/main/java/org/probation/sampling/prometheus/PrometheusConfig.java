package org.probation.sampling.prometheus;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.hibernate.validator.constraints.Range;
import org.probation.validation.NonNegativeDuration;
import org.probation.validation.PositiveDuration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code probation.sources.prometheus.*}: pull samples from Prometheus, one instant query per metric per tick for all
 * watched accounts. Without {@code url} the source is disabled.
 */
@ConfigMapping(prefix = "probation.sources.prometheus")
public interface PrometheusConfig {

    /** Base URL of the Prometheus HTTP API, e.g. {@code http://prometheus:9090} (a path prefix is kept). */
    Optional<String> url();

    /**
     * Metric → PromQL returning one series per account, labelled with {@link #accountLabel()}, e.g.
     * {@code mail_sent_per_hour: sum by (account) (increase(mail_sent_total[1h]))}.
     */
    Map<String, String> queries();

    /** The label that carries the account id in every query's result. */
    @WithDefault("account")
    String accountLabel();

    /** How long one query attempt may take. */
    @WithDefault("10s")
    @PositiveDuration
    Duration timeout();

    /** Retries of a query that failed for a reason that may pass (connection, timeout, 5xx, 429). */
    @WithDefault("2")
    @Range(min = 0, max = 10)
    int retries();

    /** Wait before the first retry; doubled for each further retry. */
    @WithDefault("1s")
    @NonNegativeDuration
    Duration retryDelay();

    /** How long the circuit stays open (queries fail at once) after repeated failures, before one trial query. */
    @WithDefault("1m")
    @PositiveDuration
    Duration circuitBreakerDelay();

    /** Basic authentication; give the password from the environment ({@code PROBATION_SOURCES_PROMETHEUS_PASSWORD}). */
    Optional<String> username();

    Optional<String> password();

    /** Bearer token, instead of basic authentication ({@code PROBATION_SOURCES_PROMETHEUS_BEARER_TOKEN}). */
    Optional<String> bearerToken();
}
