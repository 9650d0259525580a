package org.probation.console.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.probation.support.Fixtures.EMAIL_REPLY_REPORT;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;
import static org.probation.support.Fixtures.report;
import static org.probation.support.Monitoring.incident;
import static org.probation.support.Monitoring.pushSeries;

/**
 * The chart data of an incident under the default policy (a sample every 5 minutes), read over real HTTP after real
 * ticks: the spike that relapsed the account, the hour without data, the bounds and the markers.
 */
@QuarkusTest
class IncidentChartsTest {

    private static final Map<String, Double> CLEAN = Map.of("mail_sent_per_hour", 12.0, "mail_foreign_ratio", 0.05,
            "cpu_load", 0.3);
    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    MutableClock clock;

    @Inject
    EvaluationTick tick;

    @Test
    void theChartsShowTheSpikeTheGapTheBoundsAndTheRelapse() {
        String account = newAccountId();
        String id = openIncident(account);
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        Instant opened = Instant.parse(incident(id).getString("openedAt"));
        runHourly(account, 3);

        // 45 minutes without any sample: the agent was down.
        Instant gapFrom = clock.instant();
        clock.advance(Duration.ofMinutes(45));
        tick.run();

        // One sample of 900 mails an hour among clean ones: a relapse.
        Instant start = clock.instant();
        clock.advance(HOUR);
        pushSeries(account, start, clock.instant(), CLEAN);
        Instant spikeAt = start.plus(Duration.ofMinutes(32));
        given().contentType(ContentType.JSON).body("""
                { "samples": [ { "account": "%s", "metric": "mail_sent_per_hour", "at": "%s", "value": 900 } ] }"""
                .formatted(account, spikeAt)).post("/api/v1/samples").then().statusCode(200);
        tick.run();
        assertThat(incident(id).getInt("relapses")).isEqualTo(1);

        JsonPath charts = given().get("/api/v1/incidents/{id}/charts", id).then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();

        assertThat(charts.getString("from")).isEqualTo(opened.toString());
        assertThat(charts.getString("until")).isEqualTo(clock.instant().toString());
        assertThat(charts.getList("charts.metric")).containsExactly("mail_sent_per_hour", "mail_foreign_ratio",
                "cpu_load");
        String mail = "charts.find { it.metric == 'mail_sent_per_hour' }.";
        assertThat(charts.getDouble(mail + "clean")).isEqualTo(100.0);
        assertThat(charts.getDouble(mail + "relapse")).isEqualTo(500.0);
        assertThat(charts.getList(mail + "stages.name")).containsExactly("foreign-blocked", "admin-paths-blocked");
        assertThat(charts.getList(mail + "stages.relapse", Float.class)).containsExactly(500f, 500f);

        List<Map<String, Object>> points = charts.getList(mail + "points");
        assertThat(points).anySatisfy(point -> {
            assertThat(point.get("at")).isEqualTo(spikeAt.toString());
            assertThat(((Number) point.get("value")).doubleValue()).isEqualTo(900.0);
        });
        // The missing 45 minutes are one gap point where the next sample was due, with no point inside the hour.
        List<Map<String, Object>> gaps = points.stream().filter(point -> point.get("value") == null).toList();
        assertThat(gaps).singleElement().satisfies(gap -> assertThat(gap.get("at"))
                .isEqualTo(gapFrom.plus(Duration.ofMinutes(5)).toString()));
        assertThat(points).noneMatch(point -> point.get("value") != null
                && Instant.parse((String) point.get("at")).isAfter(gapFrom)
                && !Instant.parse((String) point.get("at")).isAfter(gapFrom.plus(Duration.ofMinutes(45))));
        assertThat(charts.getInt(mail + "samples")).isEqualTo(points.size() - 1);

        assertThat(charts.getList("markers.type")).contains("RELAPSED");
        assertThat(charts.getString("markers.find { it.type == 'RELAPSED' }.at")).isEqualTo(clock.instant().toString());
        assertThat(charts.getString("cleanWindow.until")).isEqualTo(clock.instant().toString());
        assertThat(Instant.parse(charts.getString("cleanWindow.from"))).isAfter(spikeAt.minusNanos(1));
    }

    @Test
    void anUnknownIncidentIsANotFoundProblem() {
        given().get("/api/v1/incidents/{id}/charts", "00000000-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    private void runHourly(String account, int hours) {
        for (int hour = 0; hour < hours; hour++) {
            Instant start = clock.instant();
            clock.advance(HOUR);
            pushSeries(account, start, clock.instant(), CLEAN);
            tick.run();
        }
    }
}
