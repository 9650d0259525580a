package org.probation.sampling;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;
import org.probation.sampling.model.FailureStreaks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Counts each tick a metric source fails ({@code probation_source_errors_total{source}}) and, after
 * {@code probation.sources.max-source-errors} failing ticks in a row, raises one operator alert per streak: an ERROR
 * log line and a {@link SourceFailing} event (which notifications turn into an operator mail).
 */
@Startup
@ApplicationScoped
public class SourceHealth {

    private static final Logger LOG = Logger.getLogger(SourceHealth.class);
    static final String ERRORS_METRIC = "probation.source.errors";

    private final FailureStreaks streaks;
    private final Event<SourceFailing> failing;
    private final MeterRegistry registry;
    private final Map<String, Counter> errors = new ConcurrentHashMap<>();

    SourceHealth(SourcesConfig config, MetricSources sources, Event<SourceFailing> failing, MeterRegistry registry) {
        this.streaks = new FailureStreaks(config.maxSourceErrors());
        this.failing = failing;
        this.registry = registry;
        // At zero from the start, so the series exists (and can be alerted on) before the first failure.
        sources.enabled().forEach(source -> errors(source.name()));
    }

    public void succeeded(String source) {
        streaks.succeeded(source).ifPresent(failures -> LOG.infof(
                "Metric source %s answers again after %d failing tick(s)", source, failures));
    }

    public void failed(String source, Instant tick, Exception error) {
        errors(source).increment();
        String message = describe(error);
        Optional<FailureStreaks.Alert> alert = streaks.failed(source, tick, message);
        if (alert.isEmpty()) {
            LOG.warnf("Metric source %s failed (%d tick(s) in a row): %s", source, streaks.consecutiveFailures(source),
                    message);
            return;
        }
        FailureStreaks.Alert streak = alert.get();
        LOG.errorf("Operator alert: metric source %s has failed %d ticks in a row since %s (last error: %s); the"
                + " accounts it feeds get no samples, so no incident makes progress on them until it answers again",
                source, streak.consecutiveFailures(), streak.since(), message);
        try {
            failing.fire(new SourceFailing(source, streak.consecutiveFailures(), streak.since(), message));
        } catch (RuntimeException e) {
            // A broken observer must not turn a source failure into a failed tick.
            LOG.errorf(e, "An observer of the %s source alert failed", source);
        }
    }

    /** Ticks in a row {@code source} has failed; 0 when its last pull succeeded. */
    public int consecutiveFailures(String source) {
        return streaks.consecutiveFailures(source);
    }

    private Counter errors(String source) {
        return errors.computeIfAbsent(source, s -> Counter.builder(ERRORS_METRIC)
                .description("Ticks in which a metric source failed to deliver samples")
                .tag("source", s)
                .register(registry));
    }

    private static String describe(Exception error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
