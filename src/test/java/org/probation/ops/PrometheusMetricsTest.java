package org.probation.ops;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.notification.persistence.NotificationEntity;
import org.probation.support.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.EMAIL_REPLY_REPORT;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.open;
import static org.probation.support.Fixtures.report;

/**
 * After a scripted lifecycle (open, samples pushed, a refused batch, a report, a tick) the probation_* series on
 * /q/metrics moved by exactly what happened. The suite shares one application, so the test compares before and after.
 */
@QuarkusTest
class PrometheusMetricsTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Inject
    EvaluationTick tick;

    @Inject
    EntityManager em;

    @Test
    void aLifecycleShowsUpInTheProbationMetrics() {
        String before = scrape();
        String account = newAccountId();

        var opened = open(account).statusCode(201).extract().jsonPath();
        String id = opened.getString("id");
        int level = opened.getInt("stage.level");
        String afterOpen = scrape();
        assertThat(delta(before, afterOpen, "probation_incidents", "stage=\"" + level + "\",state=\"RESTRICTED\""))
                .isEqualTo(1);
        assertThat(delta(before, afterOpen, "probation_transitions_total", "type=\"OPENED\"")).isEqualTo(1);

        given().contentType(ContentType.JSON).body("""
                { "samples": [
                  { "account": "%1$s", "metric": "mail_sent_per_hour", "at": "2026-11-28T09:00:00Z", "value": 1 },
                  { "account": "%1$s", "metric": "cpu_load", "at": "2026-11-28T09:00:00Z", "value": 0.1 },
                  { "account": "%2$s", "metric": "cpu_load", "at": "2026-11-28T09:00:00Z", "value": 0.1 } ] }
                """.formatted(account, newAccountId())).post("/api/v1/samples").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                { "samples": [
                  { "account": "%1$s", "metric": "cpu_load", "at": "2026-11-28T09:05:00Z", "value": 0.1 },
                  { "account": "%1$s", "metric": "cpu_load", "at": "2026-11-28T09:10:00Z", "value": -1 } ] }
                """.formatted(account)).post("/api/v1/samples").then().statusCode(400);
        report(id, EMAIL_REPLY_REPORT).statusCode(200);

        String afterReport = scrape();
        assertThat(delta(before, afterReport, "probation_samples_total", "outcome=\"accepted\",source=\"push\""))
                .isEqualTo(2);
        assertThat(delta(before, afterReport, "probation_samples_total", "outcome=\"ignored\",source=\"push\""))
                .isEqualTo(1);
        assertThat(delta(before, afterReport, "probation_samples_total", "outcome=\"rejected\",source=\"push\""))
                .isEqualTo(2);
        assertThat(delta(before, afterReport, "probation_transitions_total", "type=\"MONITORING_STARTED\""))
                .isEqualTo(1);
        assertThat(delta(before, afterReport, "probation_incidents", "stage=\"" + level + "\",state=\"RESTRICTED\""))
                .isEqualTo(0);
        assertThat(delta(before, afterReport, "probation_incidents", "stage=\"" + level + "\",state=\"MONITORING\""))
                .isEqualTo(1);

        // The tick also evaluates what earlier tests left behind: only its own series are compared here.
        int transitions = tick.run().transitions();

        String after = scrape();
        assertThat(total(after, "probation_transitions_total") - total(afterReport, "probation_transitions_total"))
                .isEqualTo(transitions);
        assertThat(delta(afterReport, after, "probation_tick_duration_seconds_count", "")).isEqualTo(1);
        assertThat(delta(afterReport, after, "probation_tick_stage_duration_seconds_count", "stage=\"evaluate\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(delta(afterReport, after, "probation_tick_stage_duration_seconds_count", "stage=\"pull\""))
                .isEqualTo(1);

        long revision = ((Number) given().get("/api/v1/decisions?since=0").then().statusCode(200).extract()
                .path("revision")).longValue();
        assertThat(value(after, "probation_decision_revision", "")).isEqualTo(revision);
        assertThat(value(after, "probation_outbox", "status=\"pending\"")).isEqualTo(count(
                NotificationEntity.Status.PENDING));
        assertThat(value(after, "probation_outbox", "status=\"dead\"")).isEqualTo(count(
                NotificationEntity.Status.DEAD));
        assertThat(after).contains("probation_dispatch_duration_seconds_count", "probation_tick_failures_total");
    }

    private long count(NotificationEntity.Status status) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(n) from NotificationEntity n where n.status = :s", Long.class)
                .setParameter("s", status).getSingleResult());
    }

    private String scrape() {
        return Tokens.anonymous().get(metrics).then().statusCode(200).extract().asString();
    }

    private static long delta(String before, String after, String name, String tags) {
        return value(after, name, tags) - value(before, name, tags);
    }

    /** The sum over all series of {@code name}. */
    private static long total(String scrape, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{[^}]*\\} (\\S+)$").matcher(scrape);
        long sum = 0;
        while (matcher.find()) {
            sum += (long) Double.parseDouble(matcher.group(1));
        }
        return sum;
    }

    /** The value of one series (tags exactly as Prometheus prints them, sorted by name); 0 when absent. */
    private static long value(String scrape, String name, String tags) {
        String series = Pattern.quote(tags.isEmpty() ? name : name + "{" + tags + "}");
        Matcher matcher = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(scrape);
        return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
    }
}
