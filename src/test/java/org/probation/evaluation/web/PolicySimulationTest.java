package org.probation.evaluation.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class PolicySimulationTest {

    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    @Inject
    EntityManager em;

    @Test
    void aCleanSeriesUnderTheDefaultPolicyIsLiftedAfterFourDaysAndNothingIsWritten() {
        long incidents = count("IncidentEntity");
        long decisions = count("DecisionEntity");

        JsonPath result = simulate("default", body(series(Duration.ofDays(5), 12.0), null)).statusCode(200)
                .extract().jsonPath();

        assertThat(result.getList("events.type")).containsExactly("OPENED", "MONITORING_STARTED", "STEPPED_DOWN",
                "LIFTED");
        assertThat(result.getString("events[2].at")).isEqualTo(START.plus(Duration.ofHours(48)).toString());
        assertThat(result.getString("events[3].at")).isEqualTo(START.plus(Duration.ofHours(96)).toString());
        assertThat(result.getString("state")).isEqualTo("LIFTED");
        assertThat(count("IncidentEntity")).isEqualTo(incidents);
        assertThat(count("DecisionEntity")).isEqualTo(decisions);
    }

    @Test
    void aSpikeShowsAsARelapseInTheSimulatedTimeline() {
        List<String> samples = series(Duration.ofDays(2), 12.0);
        samples.add(sample("mail_sent_per_hour", START.plus(Duration.ofHours(30)), 2_000, null));

        simulate("default", body(samples, null)).statusCode(200)
                .body("events.type", hasItem("RELAPSED"))
                .body("relapses", equalTo(1));
    }

    @Test
    void aLateSampleCountsWhenItArrives() {
        List<String> samples = series(Duration.ofDays(2), 12.0);
        samples.add(sample("mail_sent_per_hour", START.plus(Duration.ofHours(10)), 2_000,
                START.plus(Duration.ofHours(40))));

        JsonPath result = simulate("default", body(samples, null)).statusCode(200).extract().jsonPath();
        assertThat(result.getString("events.find { it.type == 'RELAPSED' }.at"))
                .isEqualTo(START.plus(Duration.ofHours(40)).toString());
    }

    @Test
    void badRequestsAreRefused() {
        simulate("no-such-policy", body(series(Duration.ofHours(1), 1), null)).statusCode(404);
        simulate("default", body(series(Duration.ofHours(1), 1), "0s")).statusCode(400)
                .body("errors[0].field", equalTo("tick"));
        simulate("default", body(List.of(sample("cpu_load", START, -1, null)), null)).statusCode(400)
                .body("errors[0].field", equalTo("samples[0].value"));
        simulate("default", "{ \"samples\": [ { \"metric\": \"cpu_load\", \"at\": \"soon\", \"value\": 1 } ] }")
                .statusCode(400);
        simulate("default", body(series(Duration.ofDays(400), 1).subList(0, 2), "1s")).statusCode(400);
    }

    @Test
    void thePoliciesAreListed() {
        given().get("/api/v1/policies").then().statusCode(200)
                .body("name", hasItem("default"))
                .body("find { it.name == 'default' }.stages", equalTo(List.of("foreign-blocked",
                        "admin-paths-blocked")));
    }

    private long count(String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
    }

    private static List<String> series(Duration length, double mailRate) {
        List<String> samples = new ArrayList<>();
        for (Instant at = START.plus(Duration.ofMinutes(5)); !at.isAfter(START.plus(length)); at = at
                .plus(Duration.ofMinutes(5))) {
            samples.add(sample("mail_sent_per_hour", at, mailRate, null));
            samples.add(sample("mail_foreign_ratio", at, 0.01, null));
            samples.add(sample("cpu_load", at, 0.2, null));
        }
        return samples;
    }

    private static String sample(String metric, Instant at, double value, Instant arrivedAt) {
        return "{ \"metric\": \"%s\", \"at\": \"%s\", \"value\": %s%s }".formatted(metric, at, value,
                arrivedAt == null ? "" : ", \"arrivedAt\": \"" + arrivedAt + "\"");
    }

    private static String body(List<String> samples, String tick) {
        return "{ \"openedAt\": \"" + START + "\"" + (tick == null ? "" : ", \"tick\": \"" + tick + "\"")
                + ", \"samples\": [" + String.join(",", samples) + "] }";
    }

    private static io.restassured.response.ValidatableResponse simulate(String policy, String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/policies/{name}/simulate", policy)
                .then();
    }
}
