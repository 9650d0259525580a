package org.probation.sampling.prometheus;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.evaluation.TickResult;
import org.probation.notification.NotificationDispatcher;
import org.probation.sampling.RecordedSourceAlerts;
import org.probation.sampling.SourceFailing;
import org.probation.support.MailAndWebhookResource;
import org.probation.support.MutableClock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.probation.sampling.prometheus.TestPrometheus.History.CLEAN;
import static org.probation.sampling.prometheus.TestPrometheus.History.RELAPSING;
import static org.probation.sampling.prometheus.TestPrometheus.History.T0;
import static org.probation.support.Fixtures.RECAPTCHA_REPORT;
import static org.probation.support.Fixtures.incidentBody;
import static org.probation.support.Fixtures.openWith;
import static org.probation.support.Fixtures.report;
import static org.probation.support.Monitoring.eventTypes;
import static org.probation.support.Monitoring.events;
import static org.probation.support.Monitoring.incident;

/**
 * The service against a real Prometheus through the real tick: per-account samples pulled with the README's PromQL
 * move incidents along (one stepped down, one relapsed); then Prometheus is stopped, and the incidents make no
 * progress while the source's failures are counted and alerted once.
 */
@QuarkusTest
@TestProfile(RealPrometheusTest.WithRealPrometheus.class)
class RealPrometheusTest {

    private static final Duration TICK = Duration.ofSeconds(10);

    @Inject
    MutableClock clock;

    @Inject
    EvaluationTick tick;

    @Inject
    RecordedSourceAlerts alerts;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    MeterRegistry meters;

    @Inject
    PrometheusMeterRegistry scrape;

    /** Injected by the resource. */
    TestPrometheus prometheus;

    @Test
    void samplesComeFromPrometheusPerAccountAndAStoppedPrometheusMakesNoProgressButAlertsOnce() throws Exception {
        clock.set(T0);
        String clean = openAndReport(CLEAN);
        String relapsing = openAndReport(RELAPSING);

        // 1. Prometheus answers: every tick, three queries bring one sample per metric for each watched account.
        for (int i = 0; i <= 7; i++) {
            TickResult result = tick.run();
            assertThat(result.sourceFailures()).isZero();
            assertThat(result.samplesPulled()).as("2 accounts × 3 metrics, the unwatched spammer ignored").isEqualTo(6);
            clock.advance(TICK);
        }
        assertThat(sample(CLEAN, "mail_sent_per_hour", T0.plusSeconds(40))).isBetween(11.0, 13.5);
        assertThat(sample(CLEAN, "mail_foreign_ratio", T0.plusSeconds(40))).isZero();
        assertThat(sample(CLEAN, "cpu_load", T0.plusSeconds(40))).isCloseTo(0.3, within(0.01));
        assertThat(sample(RELAPSING, "mail_foreign_ratio", T0.plusSeconds(40))).isGreaterThan(0.9);

        assertThat(incident(clean).getString("stage.name")).isEqualTo("admin-paths-blocked");
        assertThat(eventTypes(clean)).containsExactly("OPENED", "MONITORING_STARTED", "STEPPED_DOWN");
        JsonPath relapsed = incident(relapsing);
        assertThat(relapsed.getInt("relapses")).isEqualTo(1);
        assertThat(relapsed.getInt("stage.level")).isEqualTo(2);
        assertThat(events(relapsing).getString("find { it.type == 'RELAPSED' }.reason")).contains("relapse: mail_");

        // 2. Prometheus goes away. Its data would lift the clean account a minute after the step-down; without
        // samples nothing moves, the account ends up without data, and the source's failures are counted and alerted
        // once.
        double errorsBefore = errors();
        prometheus.stopPrometheus();
        Instant outageStart = clock.instant();
        for (int i = 0; i < 12; i++) {
            TickResult result = tick.run();
            assertThat(result.sourceFailures()).isEqualTo(1);
            assertThat(result.samplesPulled()).isZero();
            clock.advance(TICK);
        }

        JsonPath stuck = incident(clean);
        assertThat(stuck.getString("state")).isEqualTo("MONITORING");
        assertThat(stuck.getString("stage.name")).isEqualTo("admin-paths-blocked");
        assertThat(eventTypes(clean)).containsExactly("OPENED", "MONITORING_STARTED", "STEPPED_DOWN", "NO_DATA");

        List<SourceFailing> raised = alerts.all();
        assertThat(raised).hasSize(1);
        SourceFailing alert = raised.get(0);
        assertThat(alert.source()).isEqualTo("prometheus");
        assertThat(alert.consecutiveFailures()).isEqualTo(3);
        assertThat(alert.since()).isEqualTo(outageStart);
        assertThat(alert.lastError()).contains("cannot reach http://127.0.0.1:");
        // ... and reaches the operators as one mail through the outbox.
        dispatcher.dispatch();
        assertThat(Arrays.stream(MailAndWebhookResource.smtp().getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().startsWith("[Probation] SOURCE_FAILING");
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })).hasSize(1);

        assertThat(errors() - errorsBefore).isEqualTo(12);
        assertThat(scrape.scrape()).containsPattern("probation_source_errors_total\\{source=\"prometheus\",?} 12\\.0");
    }

    private String openAndReport(String account) {
        String id = openWith(incidentBody(account, "MASS_MAIL", "prometheus-fast")).statusCode(201).extract()
                .path("id");
        report(id, RECAPTCHA_REPORT).statusCode(200);
        return id;
    }

    private double sample(String account, String metric, Instant at) {
        List<Float> values = given().queryParam("metric", metric).queryParam("from", at.toString())
                .queryParam("to", at.toString()).get("/api/v1/accounts/{id}/samples", account).then().statusCode(200)
                .extract().jsonPath().getList("value", Float.class);
        assertThat(values).as("%s of %s at %s", metric, account, at).hasSize(1);
        return values.get(0);
    }

    private double errors() {
        return meters.counter("probation.source.errors", "source", "prometheus").count();
    }

    /** The real Prometheus, the README's PromQL, quick retries, and a policy that runs a stage in a minute. */
    public static class WithRealPrometheus implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            String p = "probation.sources.prometheus.";
            config.put(p + "queries.mail_sent_per_hour", "sum by (account) (increase(mail_sent_total[1h]))");
            config.put(p + "queries.mail_foreign_ratio",
                    "(sum by (account) (increase(mail_sent_total{recipient=\"foreign\"}[1h]))"
                            + " or 0 * sum by (account) (increase(mail_sent_total[1h])))"
                            + " / clamp_min(sum by (account) (increase(mail_sent_total[1h])), 1)");
            config.put(p + "queries.cpu_load", "sum by (account) (rate(account_cpu_seconds_total[5m]))");
            config.put(p + "timeout", "2s");
            config.put(p + "retries", "1");
            config.put(p + "retry-delay", "10ms");
            config.put("probation.sources.max-source-errors", "3");
            // Incidents are due again every tick of this test, not every 5 minutes.
            config.put("probation.evaluation.every", "10s");

            String policy = "probation.policies.prometheus-fast.";
            config.put(policy + "sample-interval", "10s");
            config.put(policy + "min-coverage", "0.9");
            config.put(policy + "min-monitoring", "90s");
            config.put(policy + "max-monitoring", "600s");
            config.put(policy + "no-data-after", "60s");
            config.put(policy + "gates.mail_sent_per_hour.clean", "100");
            config.put(policy + "gates.mail_sent_per_hour.relapse", "500");
            config.put(policy + "gates.mail_foreign_ratio.clean", "0.2");
            config.put(policy + "gates.mail_foreign_ratio.relapse", "0.6");
            config.put(policy + "gates.cpu_load.clean", "0.8");
            config.put(policy + "gates.cpu_load.relapse", "2.0");
            config.put(policy + "stages[0].name", "foreign-blocked");
            config.put(policy + "stages[0].clean-window", "60s");
            config.put(policy + "stages[0].controls.web-foreign", "block");
            config.put(policy + "stages[1].name", "admin-paths-blocked");
            config.put(policy + "stages[1].clean-window", "60s");
            config.put(policy + "stages[1].controls.web-foreign", "admin-only");
            config.put(policy + "checklist[0].key", "recaptcha");
            config.put(policy + "checklist[0].ja", "reCAPTCHA を導入しました");
            config.put(policy + "checklist[0].en", "Introduced reCAPTCHA");
            return config;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TestPrometheus.class));
        }
    }
}
