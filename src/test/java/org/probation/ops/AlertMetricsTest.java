package org.probation.ops;

import java.net.URL;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.support.MutableClock;
import org.probation.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.EMAIL_REPLY_REPORT;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;
import static org.probation.support.Fixtures.report;
import static org.probation.support.Monitoring.eventTypes;

/**
 * The series the alerting rules (deploy/prometheus/probation-rules.yaml) read besides the long-standing ones: the age
 * of the oldest pending notification, NO_DATA notices, and counters that exist at zero before their first
 * increase. The suite shares one application, so the test compares before and after.
 */
@QuarkusTest
class AlertMetricsTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    private static final String NO_DATA = "probation_notes_total{type=\"NO_DATA\"}";

    @Inject
    MutableClock clock;

    @Inject
    EvaluationTick tick;

    @Test
    void theCountersTheAlertsRateExistAtZeroBeforeTheFirstIncrease() {
        String scrape = scrape();

        assertThat(value(scrape, "probation_transitions_total{type=\"ESCALATED\"}")).isPresent();
        assertThat(value(scrape, NO_DATA)).isPresent();
    }

    @Test
    void aNoDataNoticeIsCounted() {
        String id = openIncident(newAccountId());
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        double before = value(scrape(), NO_DATA).orElseThrow();

        // Monitored, and not one sample arrives: the tick writes NO_DATA once no-data-after has passed.
        for (int hour = 0; hour < 6 && !eventTypes(id).contains("NO_DATA"); hour++) {
            clock.advance(Duration.ofHours(1));
            tick.run();
        }

        assertThat(eventTypes(id)).contains("NO_DATA");
        // The tick also evaluates what earlier tests left behind, so other incidents may add theirs.
        assertThat(value(scrape(), NO_DATA).orElseThrow()).isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void theOutboxTellsHowLongItsOldestNotificationHasWaited() {
        // Nothing dispatches here: the opening notice waits in the outbox while the clock moves.
        openIncident(newAccountId());

        clock.advance(Duration.ofMinutes(20));

        assertThat(value(scrape(), "probation_outbox_oldest_pending_age_seconds").orElseThrow())
                .isGreaterThanOrEqualTo(Duration.ofMinutes(20).toSeconds());
    }

    @Test
    void noStaleThresholdIsExportedWhereNoSchedulerRunsTheTick() {
        // The test profile runs ticks by hand (probation.ops.heartbeat.enabled=false): no stuck-tick alert here.
        String scrape = scrape();

        assertThat(value(scrape, "probation_tick_stale_after_seconds")).isEmpty();
        assertThat(value(scrape, "probation_tick_last_success_timestamp_seconds")).isPresent();
    }

    private String scrape() {
        return Tokens.anonymous().get(metrics).then().statusCode(200).extract().asString();
    }

    /** One series, exactly as Prometheus prints it (labels sorted by name). */
    private static OptionalDouble value(String scrape, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        return matcher.find() ? OptionalDouble.of(Double.parseDouble(matcher.group(1))) : OptionalDouble.empty();
    }
}
