package org.probation.ops;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.probation.evaluation.EvaluationConfig;

/**
 * Readiness: the monitoring tick has completed within {@code stale-periods} tick periods. Ticks that keep failing
 * (the database is gone, say) let it go stale, and the replica leaves the Service until they succeed again. It is
 * deliberately not a liveness check: a restart does not bring a database back.
 */
@Readiness
@ApplicationScoped
public class SchedulerHeartbeatCheck implements HealthCheck {

    static final String NAME = "scheduler heartbeat";

    private final TickHeartbeat heartbeat;
    private final EvaluationConfig evaluation;
    private final OpsConfig config;

    SchedulerHeartbeatCheck(TickHeartbeat heartbeat, EvaluationConfig evaluation, OpsConfig config) {
        this.heartbeat = heartbeat;
        this.evaluation = evaluation;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Duration staleAfter = evaluation.every().multipliedBy(config.heartbeat().stalePeriods());
        Instant now = heartbeat.now();
        Instant freshSince = heartbeat.freshSince();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .withData("every", evaluation.every().toString())
                .withData("staleAfter", staleAfter.toString())
                .withData("consecutiveFailures", heartbeat.consecutiveFailures());
        heartbeat.lastSuccess().ifPresent(at -> response.withData("lastSuccess", at.toString()));
        heartbeat.lastFailure().ifPresent(at -> response.withData("lastFailure", at.toString()));
        heartbeat.lastError().ifPresent(error -> response.withData("lastError", error));
        if (!config.heartbeat().enabled()) {
            return response.withData("checked", false).up().build();
        }
        return response.status(!freshSince.plus(staleAfter).isBefore(now)).build();
    }
}
