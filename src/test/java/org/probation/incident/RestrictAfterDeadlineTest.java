package org.probation.incident;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.EMAIL_REPLY_REPORT;
import static org.probation.support.Fixtures.act;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;
import static org.probation.support.Fixtures.report;
import static org.probation.support.Monitoring.eventTypes;
import static org.probation.support.Monitoring.incident;

/**
 * Rule defect 1 over real HTTP: an operator's RESTRICT on an incident escalated because its monitoring deadline passed
 * gives it a new deadline, so the next tick does not escalate it again at once.
 */
@QuarkusTest
class RestrictAfterDeadlineTest {

    @Inject
    MutableClock clock;

    @Inject
    EvaluationTick tick;

    @Test
    void restrictAfterTheDeadlinePassedRenewsItAndTheNextTickDoesNotEscalateAgain() {
        String id = openIncident(newAccountId());
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        clock.advance(Duration.ofDays(7).plusHours(1));
        tick.run();
        assertThat(incident(id).getString("state")).isEqualTo("ESCALATED");
        assertThat(Instant.parse(incident(id).getString("monitoringUntil"))).isBefore(clock.instant());

        JsonPath restricted = act(id, "{ \"action\": \"RESTRICT\", \"reason\": \"spam again; watch it anew\" }")
                .statusCode(200).extract().jsonPath();

        assertThat(restricted.getString("state")).isEqualTo("MONITORING");
        assertThat(restricted.getInt("stage.level")).isEqualTo(2);
        assertThat(Instant.parse(restricted.getString("monitoringUntil")))
                .isEqualTo(clock.instant().plus(Duration.ofDays(7)));
        clock.advance(Duration.ofMinutes(5));
        tick.run();
        assertThat(incident(id).getString("state")).isEqualTo("MONITORING");
        assertThat(eventTypes(id)).filteredOn("ESCALATED"::equals).hasSize(1);
    }
}
