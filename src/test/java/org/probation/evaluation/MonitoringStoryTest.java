package org.probation.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.EMAIL_REPLY_REPORT;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;
import static org.probation.support.Fixtures.report;
import static org.probation.support.Monitoring.eventTypes;
import static org.probation.support.Monitoring.events;
import static org.probation.support.Monitoring.incident;
import static org.probation.support.Monitoring.pushSeries;

/**
 * Whole monitoring periods under the default policy (48 h per stage, 3 days minimum, 7 days maximum), run through
 * the real tick with a clock the test moves: a week passes in a second.
 */
@QuarkusTest
class MonitoringStoryTest {

    private static final Map<String, Double> CLEAN = Map.of("mail_sent_per_hour", 12.0, "mail_foreign_ratio", 0.05,
            "cpu_load", 0.3);
    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    MutableClock clock;

    @Inject
    EvaluationTick tick;

    @Test
    void aCleanAccountIsSteppedDownAfter48HoursAndLiftedAfterAboutFourDays() {
        String account = newAccountId();
        String id = openIncident(account);
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        Instant reported = clock.instant();

        Instant steppedDown = runHourly(account, id, Duration.ofDays(5), CLEAN, "admin-paths-blocked");
        assertThat(Duration.between(reported, steppedDown)).isEqualTo(Duration.ofHours(48));

        Instant lifted = runHourly(account, id, Duration.ofDays(3), CLEAN, "lifted");
        assertThat(Duration.between(reported, lifted)).isEqualTo(Duration.ofHours(96));
        JsonPath incident = incident(id);
        assertThat(incident.getString("state")).isEqualTo("LIFTED");
        assertThat(incident.getString("closedAt")).isEqualTo(lifted.toString());
        assertThat(eventTypes(id)).containsExactly("OPENED", "MONITORING_STARTED", "STEPPED_DOWN", "LIFTED");
        JsonPath timeline = events(id);
        assertThat(timeline.getString("[2].actor")).isEqualTo("system");
        // 99 % or 100 %: whether the slot the report falls in is complete depends on the report's time of day.
        assertThat(timeline.getString("[2].reason")).contains("stepped down to stage 1", "clean for 2d")
                .containsPattern("mail_sent_per_hour ≤ 100 \\(coverage (99|100)%\\)");
        assertThat(timeline.getString("[3].reason")).startsWith("lifted: clean for 2d");

        // The stricter shadow policy saw the same samples: 12 mails an hour is dirty for it, so it never relaxed.
        JsonPath shadows = given().get("/api/v1/incidents/{id}/shadows", id).then().statusCode(200).extract()
                .jsonPath();
        assertThat(shadows.getList("policy")).containsExactly("strict-shadow");
        assertThat(shadows.getString("[0].state")).isEqualTo("MONITORING");
        assertThat(shadows.getInt("[0].stage")).isEqualTo(2);
        assertThat(shadows.getList("[0].timeline.type")).containsExactly("OPENED", "MONITORING_STARTED");
    }

    @Test
    void theIncidentShowsWhatHoldsTheNextStepAndWhenItCanBeLifted() {
        String account = newAccountId();
        String id = openIncident(account);
        assertThat(incident(id).getString("progress.summary")).isEqualTo("waiting for the customer's report");
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        Instant reported = clock.instant();
        assertThat(incident(id).getList("progress.holdups", String.class))
                .contains("no sample of mail_sent_per_hour yet");

        runHourly(account, id, Duration.ofHours(24), CLEAN, null);

        JsonPath incident = incident(id);
        assertThat(incident.getString("progress.summary")).isEqualTo("monitoring: next step relaxes to admin-paths-blocked");
        assertThat(incident.getList("progress.holdups", String.class)).containsExactly("clean for 1d of 2d");
        assertThat(incident.getString("progress.nextStepAt")).isEqualTo(reported.plus(Duration.ofHours(48)).toString());
        assertThat(incident.getString("progress.earliestLiftAt"))
                .isEqualTo(reported.plus(Duration.ofHours(96)).toString());
        assertThat(incident.getList("gates.metric")).containsExactlyInAnyOrder("mail_sent_per_hour",
                "mail_foreign_ratio", "cpu_load");
        assertThat(incident.getDouble("gates.find { it.metric == 'cpu_load' }.lastValue")).isEqualTo(0.3);
        assertThat(incident.getDouble("gates.find { it.metric == 'cpu_load' }.coverage")).isBetween(0.98, 1.0);
        assertThat(incident.getLong("gates.find { it.metric == 'cpu_load' }.cleanForSeconds")).isEqualTo(86_400);
    }

    @Test
    void aDirtyValueRestartsTheCleanWindowWithoutARelapse() {
        String account = newAccountId();
        String id = openIncident(account);
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        Instant reported = clock.instant();

        runHourly(account, id, Duration.ofHours(24), CLEAN, null);
        Instant dirtyAt = clock.instant();
        pushSeries(account, dirtyAt.minus(Duration.ofMinutes(5)), dirtyAt,
                Map.of("mail_sent_per_hour", 250.0, "mail_foreign_ratio", 0.05, "cpu_load", 0.3));
        clock.advance(Duration.ofMinutes(5));
        tick.run();
        assertThat(incident(id).getString("cleanSince")).isEqualTo(dirtyAt.plusNanos(1_000).toString());

        Instant steppedDown = runHourly(account, id, Duration.ofDays(3), CLEAN, "admin-paths-blocked");
        assertThat(Duration.between(reported, steppedDown)).isEqualTo(Duration.ofHours(24 + 48).plusMinutes(5));
        assertThat(incident(id).getInt("relapses")).isZero();
    }

    @Test
    void aRelapseReturnsToTheTopStageAndTooManyEscalate() {
        String account = newAccountId();
        String id = openIncident(account);
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        runHourly(account, id, Duration.ofDays(3), CLEAN, "admin-paths-blocked");

        for (int relapse = 1; relapse <= 3; relapse++) {
            runHourly(account, id, Duration.ofHours(2), CLEAN, null);
            clock.advance(HOUR);
            pushSeries(account, clock.instant().minus(HOUR), clock.instant(),
                    Map.of("mail_sent_per_hour", 900.0, "mail_foreign_ratio", 0.05, "cpu_load", 0.3));
            tick.run();
            JsonPath incident = incident(id);
            assertThat(incident.getInt("relapses")).isEqualTo(relapse);
            assertThat(incident.getInt("stage.level")).isEqualTo(2);
            assertThat(incident.getString("state")).isEqualTo(relapse <= 2 ? "MONITORING" : "ESCALATED");
        }
        assertThat(eventTypes(id)).containsExactly("OPENED", "MONITORING_STARTED", "STEPPED_DOWN", "RELAPSED",
                "RELAPSED", "ESCALATED");
        assertThat(events(id).getString("[3].reason")).startsWith("relapse: mail_sent_per_hour 900 > 500");
    }

    @Test
    void aRelapseIsCountedOnceWhileTheRateStaysHigh() {
        String account = newAccountId();
        String id = openIncident(account);
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        runHourly(account, id, Duration.ofHours(3), Map.of("mail_sent_per_hour", 900.0,
                "mail_foreign_ratio", 0.05, "cpu_load", 0.3), null);

        assertThat(incident(id).getInt("relapses")).isEqualTo(1);
        assertThat(incident(id).getString("state")).isEqualTo("MONITORING");
    }

    @Test
    void anAccountWithoutDataIsReportedOnceAndNeverLifted() {
        String id = openIncident(newAccountId());
        report(id, EMAIL_REPLY_REPORT).statusCode(200);

        for (int hour = 0; hour < 24 * 8; hour++) {
            clock.advance(HOUR);
            tick.run();
        }
        JsonPath incident = incident(id);
        assertThat(incident.getString("state")).isEqualTo("ESCALATED");
        assertThat(incident.getInt("stage.level")).isEqualTo(2);
        assertThat(eventTypes(id)).containsExactly("OPENED", "MONITORING_STARTED", "NO_DATA", "ESCALATED");
        assertThat(events(id).getString("[2].reason")).contains("cpu_load", "mail_sent_per_hour",
                "missing data never counts as clean");
    }

    @Test
    void aCoverageJustUnderTheMinimumHoldsTheStepDown() {
        String account = newAccountId();
        String id = openIncident(account);
        report(id, EMAIL_REPLY_REPORT).statusCode(200);

        // Samples for 85 % of the time: every hour, the last 9 of 60 minutes are missing.
        for (int hour = 0; hour < 60; hour++) {
            Instant start = clock.instant();
            clock.advance(HOUR);
            pushSeries(account, start, start.plus(Duration.ofMinutes(50)), CLEAN);
            tick.run();
        }
        assertThat(incident(id).getInt("stage.level")).isEqualTo(2);
        assertThat(incident(id).getString("state")).isEqualTo("MONITORING");
    }

    /**
     * Moves the clock an hour at a time, pushing an hour of samples and ticking, until the incident's stage has the
     * given name (or {@code null}: for the whole duration). Returns the time it got there.
     */
    private Instant runHourly(String account, String id, Duration atMost, Map<String, Double> values,
            String untilStage) {
        Instant end = clock.instant().plus(atMost);
        while (clock.instant().isBefore(end)) {
            Instant start = clock.instant();
            clock.advance(HOUR);
            pushSeries(account, start, clock.instant(), values);
            tick.run();
            if (untilStage != null && untilStage.equals(incident(id).getString("stage.name"))) {
                return clock.instant();
            }
        }
        if (untilStage != null) {
            throw new AssertionError("incident never reached " + untilStage + ": " + incident(id).prettify());
        }
        return clock.instant();
    }

    static List<String> types(String id) {
        return eventTypes(id);
    }
}
