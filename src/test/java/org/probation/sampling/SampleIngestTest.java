package org.probation.sampling;

import java.util.StringJoiner;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;

@QuarkusTest
class SampleIngestTest {

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    @Test
    void samplesOfWatchedAccountsAreStoredAndOthersAcknowledgedAsIgnored() {
        String watched = newAccountId();
        String unknown = newAccountId();
        openIncident(watched);
        String at = fiveMinutesAgo();

        push(sample(watched, "mail_sent_per_hour", at, "12.0"),
                sample(watched, "cpu_load", fiveMinutesAgo(), "0.4"),
                sample(unknown, "cpu_load", fiveMinutesAgo(), "0.4"))
                .statusCode(200)
                .body("accepted", equalTo(2))
                .body("ignored", equalTo(1));

        given().get("/api/v1/accounts/{id}/samples?metric=mail_sent_per_hour", watched).then().statusCode(200)
                .body("metric", contains("mail_sent_per_hour"))
                .body("at", contains(at))
                .body("value", contains(12.0f));
        given().get("/api/v1/accounts/{id}/samples", unknown).then().statusCode(200).body("", empty());
    }

    @Test
    void aBatchWithAnyBadItemIsRejectedWholeListingEveryBadItem() {
        String watched = newAccountId();
        openIncident(watched);
        long before = storedSamples();

        push(sample(watched, "cpu_load", fiveMinutesAgo(), "0.4"),
                sample(watched, "CPU-Load", fiveMinutesAgo(), "0.4"),
                sample(watched, "cpu_load", fiveMinutesAgo(), "-1"),
                sample(watched, "cpu_load", "yesterday", "0.4"),
                sample(watched, "cpu_load", clock.instant().plus(java.time.Duration.ofDays(1)).toString(), "0.4"),
                sample("bad account!", "cpu_load", fiveMinutesAgo(), "0.4"),
                sample(watched, "cpu_load", fiveMinutesAgo(), "1e999"),
                "{ \"account\": \"" + watched + "\", \"metric\": \"cpu_load\", \"at\": \"2026-11-28T09:55:00Z\" }")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("samples[1].metric", "samples[2].value", "samples[3].at",
                        "samples[4].at", "samples[5].account", "samples[6].value", "samples[7].value"))
                .body("detail", equalTo("7 fields are invalid"));

        assertThat(storedSamples()).isEqualTo(before);
    }

    @Test
    void aSampleStampedWithinTheAllowedClockSkewIsAccepted() {
        String watched = newAccountId();
        openIncident(watched);
        push(sample(watched, "cpu_load", clock.instant().plusSeconds(300).toString(), "0.1")).statusCode(200)
                .body("accepted", equalTo(1));
        push(sample(watched, "cpu_load", clock.instant().plusSeconds(301).toString(), "0.1")).statusCode(400);
    }

    @Test
    void aBatchOverTheLimitIsRejected() {
        StringJoiner items = new StringJoiner(",");
        for (int i = 0; i < 10_001; i++) {
            items.add(sample("xs1", "cpu_load", fiveMinutesAgo(), "0.1"));
        }
        given().contentType(ContentType.JSON).body("{ \"samples\": [" + items + "] }").post("/api/v1/samples")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("samples"))
                .body("errors[0].message", containsString("at most 10000"));
    }

    @Test
    void emptyAndMissingBatchesAreRejected() {
        given().contentType(ContentType.JSON).body("{ \"samples\": [] }").post("/api/v1/samples").then()
                .statusCode(400).body("errors[0].field", equalTo("samples"));
        given().contentType(ContentType.JSON).body("{ }").post("/api/v1/samples").then()
                .statusCode(400).body("errors[0].field", equalTo("samples"));
        given().contentType(ContentType.JSON).body("{ \"samples\": [], \"extra\": 1 }").post("/api/v1/samples")
                .then().statusCode(400).body("errors[0].field", equalTo("extra"));
    }

    @Test
    void readingSamplesValidatesTheRange() {
        given().get("/api/v1/accounts/xs1/samples?from=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().get("/api/v1/accounts/xs1/samples?from=2026-11-28T10:00:00Z&to=2026-11-27T10:00:00Z").then()
                .statusCode(400);
        given().get("/api/v1/accounts/{id}/samples?metric=Bad-Metric", "xs1").then().statusCode(400);
    }

    private String fiveMinutesAgo() {
        return clock.instant().minusSeconds(300).toString();
    }

    private long storedSamples() {
        return em.createQuery("select count(s) from SampleEntity s", Long.class).getSingleResult();
    }

    static String sample(String account, String metric, String at, String value) {
        return "{ \"account\": \"%s\", \"metric\": \"%s\", \"at\": \"%s\", \"value\": %s }".formatted(account, metric,
                at, value);
    }

    static ValidatableResponse push(String... samples) {
        return given().contentType(ContentType.JSON).body("{ \"samples\": [" + String.join(",", samples) + "] }")
                .post("/api/v1/samples").then();
    }
}
