package org.probation.sampling.remotewrite;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.security.Roles;
import org.probation.support.MutableClock;
import org.probation.support.Tokens;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.RECAPTCHA_REPORT;
import static org.probation.support.Fixtures.incidentBody;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openWith;
import static org.probation.support.Fixtures.report;
import static org.probation.support.Monitoring.eventTypes;
import static org.probation.support.Monitoring.incident;

/**
 * End to end with a real Prometheus agent: it scrapes an exporter every second and remote-writes to the running
 * application, whose tick lifts an incident on those samples alone. Prometheus stamps samples with the wall clock,
 * so the test clock follows the wall clock here, and a policy of seconds keeps it short.
 */
@QuarkusTest
@TestProfile(RemoteWriteProfile.class)
class RealPrometheusRemoteWriteTest {

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @Inject
    MutableClock clock;

    @Inject
    EvaluationTick tick;

    @Inject
    MeterRegistry meters;

    @Test
    void aPrometheusAgentsRemoteWriteLiftsAnIncident() throws Exception {
        String account = newAccountId();
        String unwatched = newAccountId();
        clock.set(Instant.now());
        String id = openWith(incidentBody(account, "MASS_MAIL", RemoteWriteProfile.POLICY)).statusCode(201).extract()
                .path("id");
        double acceptedBefore = count("accepted");
        String exporterPage = """
                # TYPE account_cpu_load gauge
                account_cpu_load{account="%1$s"} 0.3
                account_cpu_load{account="%2$s"} 3.5
                # TYPE account_mail_sent_per_hour gauge
                account_mail_sent_per_hour{account="%1$s"} 12
                account_mail_sent_per_hour{relay="mx9"} 99999
                """.formatted(account, unwatched);

        try (PrometheusAgent prometheus = new PrometheusAgent(() -> exporterPage)) {
            prometheus.start("http://127.0.0.1:" + RestAssured.port + "/api/v1/write",
                    Tokens.token("prometheus-agent", Roles.AGENT));

            // Prometheus stamps its samples with the wall clock: follow it. The customer reports once samples flow
            // (the monitoring period starts then), and the tick runs until the incident is lifted.
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (count("accepted") == acceptedBefore && System.nanoTime() < deadline) {
                assertThat(prometheus.isAlive()).as("Prometheus is running:\n%s", prometheus.log()).isTrue();
                pause();
                clock.set(Instant.now());
            }
            assertThat(count("accepted")).as("samples arrived; Prometheus log:\n%s", prometheus.log())
                    .isGreaterThan(acceptedBefore);
            report(id, RECAPTCHA_REPORT).statusCode(200);
            String state = incident(id).getString("state");
            while (!state.equals("LIFTED") && System.nanoTime() < deadline) {
                assertThat(prometheus.isAlive()).as("Prometheus is running:\n%s", prometheus.log()).isTrue();
                pause();
                clock.set(Instant.now());
                tick.run();
                state = incident(id).getString("state");
            }
            assertThat(state).as("state after %s; Prometheus log:\n%s", DEADLINE, prometheus.log())
                    .isEqualTo("LIFTED");
        }
        assertThat(eventTypes(id)).containsExactly("OPENED", "MONITORING_STARTED", "LIFTED");
        assertThat(incident(id).getList("gates.metric")).containsExactlyInAnyOrder("cpu_load", "mail_sent_per_hour");
        assertThat(count("accepted") - acceptedBefore).isGreaterThanOrEqualTo(2);
        assertThat(count("ignored")).as("the unwatched account's samples").isPositive();
        assertThat(count("unmapped")).as("up, scrape_* and the relay's series").isPositive();
    }

    /** The poll interval: samples arrive once a second at most. */
    private static void pause() throws InterruptedException {
        Thread.sleep(250);
    }

    private double count(String outcome) {
        Counter counter = meters.find("probation.samples").tags("source", "remote-write", "outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
