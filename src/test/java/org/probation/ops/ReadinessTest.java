package org.probation.ops;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.support.MutableClock;
import org.probation.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * Readiness reflects reality: it goes DOWN while the database is unreachable and when the tick has not completed for
 * three periods, and UP again once both recover; liveness stays UP throughout, since a restart would fix neither.
 */
@QuarkusTest
@TestProfile(ReadinessTest.UnreliableDatabase.class)
class ReadinessTest {

    private static final Duration EVERY = Duration.ofMinutes(5);
    private static final String DATABASE = "Database connections health check";

    /** The database behind a proxy the test can cut; the heartbeat required, as where the scheduler runs. */
    public static class UnreliableDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.db-kind", "h2",
                    "quarkus.datasource.username", "sa",
                    "quarkus.datasource.password", "",
                    "probation.ops.heartbeat.enabled", "true",
                    // A connection broken by the cut is replaced on next use rather than handed out dead.
                    "quarkus.datasource.jdbc.validate-on-borrow", "true");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CuttableDatabase.class));
        }
    }

    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "health/live", management = true)
    URL live;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Inject
    EvaluationTick tick;

    @Inject
    MutableClock clock;

    @BeforeEach
    void aFreshHeartbeat() {
        CuttableDatabase.restore();
        tick.run();
    }

    @AfterEach
    void databaseBack() {
        CuttableDatabase.restore();
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsUnreachableAndUpAfter() {
        readiness(200).body("status", equalTo("UP"));

        CuttableDatabase.cut();

        readiness(503).body("status", equalTo("DOWN")).body(check(DATABASE), equalTo("DOWN"));
        liveness();

        CuttableDatabase.restore();

        readiness(200).body("status", equalTo("UP")).body(check(DATABASE), equalTo("UP"));
        liveness();
    }

    @Test
    void theHeartbeatGoesStaleWhenTicksKeepFailing() {
        CuttableDatabase.cut();
        for (int period = 1; period <= 3; period++) {
            clock.advance(EVERY);
            assertThatThrownBy(tick::run).isInstanceOf(RuntimeException.class);
        }
        // Three periods since the last good tick: not stale yet.
        readiness(503).body(check(SchedulerHeartbeatCheck.NAME), equalTo("UP"))
                .body(data(SchedulerHeartbeatCheck.NAME, "consecutiveFailures"), equalTo(3));

        clock.advance(EVERY);
        assertThatThrownBy(tick::run).isInstanceOf(RuntimeException.class);

        readiness(503).body(check(SchedulerHeartbeatCheck.NAME), equalTo("DOWN"))
                .body(data(SchedulerHeartbeatCheck.NAME, "consecutiveFailures"), equalTo(4));
        liveness();

        // The database back is not enough: the heartbeat is fresh again once a tick completes.
        CuttableDatabase.restore();
        readiness(503).body(check(DATABASE), equalTo("UP")).body(check(SchedulerHeartbeatCheck.NAME), equalTo("DOWN"));
        tick.run();
        readiness(200).body("status", equalTo("UP")).body(check(SchedulerHeartbeatCheck.NAME), equalTo("UP"))
                .body(data(SchedulerHeartbeatCheck.NAME, "consecutiveFailures"), equalTo(0));
    }

    @Test
    void theHeartbeatGoesStaleWhenNoTickRuns() {
        clock.advance(EVERY.multipliedBy(3));
        readiness(200).body(check(SchedulerHeartbeatCheck.NAME), equalTo("UP"));

        clock.advance(Duration.ofSeconds(1));

        readiness(503).body(check(SchedulerHeartbeatCheck.NAME), equalTo("DOWN"))
                .body(check(DATABASE), equalTo("UP"));
        liveness();
    }

    @Test
    void theMetricsTellWhenTheLastTickCompletedAndWhenThatIsStale() {
        double lastSuccess = clock.instant().toEpochMilli() / 1000.0;
        assertThat(gauge("probation_tick_last_success_timestamp_seconds")).isEqualTo(lastSuccess);
        assertThat(gauge("probation_tick_stale_after_seconds")).isEqualTo(EVERY.multipliedBy(3).toSeconds());

        CuttableDatabase.cut();
        clock.advance(EVERY);
        assertThatThrownBy(tick::run).isInstanceOf(RuntimeException.class);
        CuttableDatabase.restore();

        // A failed tick is no completed tick: the stuck-tick alert keeps counting from the last good one.
        assertThat(gauge("probation_tick_last_success_timestamp_seconds")).isEqualTo(lastSuccess);
        tick.run();
        assertThat(gauge("probation_tick_last_success_timestamp_seconds")).isEqualTo(lastSuccess + EVERY.toSeconds());
    }

    @Test
    void metricSourcesAreReportedAsDataAndNeverFailReadiness() {
        readiness(200).body(check(MetricSourcesCheck.NAME), equalTo("UP"))
                .body(data(MetricSourcesCheck.NAME, "degraded"), equalTo(false));
    }

    private ValidatableResponse readiness(int status) {
        return Tokens.anonymous().get(ready).then().statusCode(status);
    }

    private void liveness() {
        Tokens.anonymous().get(live).then().statusCode(200).body("status", equalTo("UP"));
    }

    private double gauge(String name) {
        String scrape = Tokens.anonymous().get(metrics).then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(scrape);
        assertThat(matcher.find()).as(name + " on /q/metrics").isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private static String check(String name) {
        return "checks.find { it.name == '" + name + "' }.status";
    }

    private static String data(String name, String key) {
        return "checks.find { it.name == '" + name + "' }.data." + key;
    }
}
