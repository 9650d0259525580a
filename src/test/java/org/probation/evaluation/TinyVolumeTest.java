package org.probation.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

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
 * The default policy judges {@code mail_foreign_ratio} only from 20 mails an hour: samples pushed over real HTTP, the
 * real tick, a clock the test moves.
 */
@QuarkusTest
class TinyVolumeTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    MutableClock clock;

    @Inject
    EvaluationTick tick;

    private void pushAnHourAndTick(String account, Map<String, Double> values) {
        Instant start = clock.instant();
        clock.advance(HOUR);
        pushSeries(account, start, clock.instant(), values);
        tick.run();
    }

    @Test
    void oneForeignMailOutOfOneDoesNotRestrictTheAccountAgain() {
        String account = newAccountId();
        String id = openIncident(account);
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        Instant reported = clock.instant();

        pushAnHourAndTick(account, Map.of("mail_sent_per_hour", 1.0, "mail_foreign_ratio", 1.0, "cpu_load", 0.3));

        JsonPath incident = incident(id);
        assertThat(incident.getString("state")).isEqualTo("MONITORING");
        assertThat(incident.getInt("relapses")).isZero();
        assertThat(incident.getInt("stage.level")).isEqualTo(2);
        assertThat(incident.getString("cleanSince")).isEqualTo(reported.toString());
        assertThat(eventTypes(id)).containsExactly("OPENED", "MONITORING_STARTED");
    }

    @Test
    void theSameRatioOverTwentyMailsAnHourIsARelapse() {
        String account = newAccountId();
        String id = openIncident(account);
        report(id, EMAIL_REPLY_REPORT).statusCode(200);

        pushAnHourAndTick(account, Map.of("mail_sent_per_hour", 20.0, "mail_foreign_ratio", 1.0, "cpu_load", 0.3));

        assertThat(incident(id).getInt("relapses")).isEqualTo(1);
        assertThat(eventTypes(id)).containsExactly("OPENED", "MONITORING_STARTED", "RELAPSED");
        assertThat(events(id).getString("[2].reason")).startsWith("relapse: mail_foreign_ratio 1 > 0.6");
    }

    @Test
    void aForeignRatioWithoutAnyVolumeIsJudgedAsUsual() {
        String account = newAccountId();
        String id = openIncident(account);
        report(id, EMAIL_REPLY_REPORT).statusCode(200);

        pushAnHourAndTick(account, Map.of("mail_foreign_ratio", 1.0, "cpu_load", 0.3));

        assertThat(incident(id).getInt("relapses")).isEqualTo(1);
    }
}
