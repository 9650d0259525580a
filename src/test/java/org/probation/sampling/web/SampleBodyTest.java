package org.probation.sampling.web;

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
import static org.hamcrest.Matchers.equalTo;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;

/** {@code POST /api/v1/samples} bodies read as a stream: as strict as binding, and every field at fault at once. */
@QuarkusTest
class SampleBodyTest {

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    @Test
    void fieldsOfTheWrongJsonTypeAreListedWithEveryOtherFaultAndNothingIsStored() {
        String watched = newAccountId();
        openIncident(watched);
        String at = clock.instant().minusSeconds(60).toString();
        long before = storedSamples();

        push("""
                { "samples": [
                  { "account": "%1$s", "metric": "cpu_load", "at": "%2$s", "value": "0.4" },
                  { "account": ["%1$s"], "metric": "cpu_load", "at": "%2$s", "value": 0.4 },
                  { "account": "%1$s", "metric": "cpu_load", "at": {}, "value": -1, "unit": "%%" },
                  7,
                  { "account": "%1$s", "metric": "cpu_load", "at": "%2$s", "value": 0.4 } ] }
                """.formatted(watched, at))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("samples[0].value", "samples[1].account", "samples[2].at",
                        "samples[2].value", "samples[2].unit", "samples[3]"))
                .body("errors.message", contains("must be a number", "must be a string", "must be a string",
                        "must not be negative", "unknown field", "must be a sample object"));

        assertThat(storedSamples()).isEqualTo(before);
    }

    @Test
    void aKeyGivenTwiceOrTextAfterTheDocumentIsMalformed() {
        String watched = newAccountId();
        openIncident(watched);
        String at = clock.instant().minusSeconds(60).toString();
        long before = storedSamples();

        push("""
                { "samples": [ { "account": "%1$s", "account": "%1$s", "metric": "cpu_load", "at": "%2$s", "value": 1 } ] }
                """.formatted(watched, at)).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Duplicate field 'account'"));
        push("""
                { "samples": [ { "account": "%1$s", "metric": "cpu_load", "at": "%2$s", "value": 1 } ] } {}
                """.formatted(watched, at)).statusCode(400).contentType("application/problem+json");
        push("[]").statusCode(400).contentType("application/problem+json");
        push("").statusCode(400).body("errors[0].field", equalTo("samples"));

        assertThat(storedSamples()).isEqualTo(before);
    }

    @Test
    void samplesOfSeveralMetricsAndAccountsAreStoredInTheirOrder() {
        String one = newAccountId();
        String two = newAccountId();
        openIncident(one);
        openIncident(two);
        String at = clock.instant().minusSeconds(60).toString();

        push("""
                { "samples": [
                  { "value": 12, "at": "%3$s", "metric": "mail_sent_per_hour", "account": "%1$s" },
                  { "account": "%2$s", "metric": "cpu_load", "at": "%3$s", "value": 0.5 },
                  { "account": "%1$s", "metric": "cpu_load", "at": "%3$s", "value": 1E-3 } ] }
                """.formatted(one, two, at)).statusCode(200).body("accepted", equalTo(3)).body("ignored", equalTo(0));

        given().get("/api/v1/accounts/{id}/samples", one).then().statusCode(200)
                .body("metric", contains("mail_sent_per_hour", "cpu_load")).body("value", contains(12.0f, 0.001f))
                .body("at", contains(at, at));
        given().get("/api/v1/accounts/{id}/samples", two).then().statusCode(200).body("value", contains(0.5f));
    }

    @Test
    void theOpenApiDocumentStillDescribesTheBodyAsABatchOfSamples() {
        String push = "paths.'/api/v1/samples'.post.requestBody.content.'application/json'.";
        var document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();

        assertThat(document.getString(push + "schema.$ref")).isEqualTo("#/components/schemas/SampleBatch");
        assertThat(document.getMap("components.schemas.SampleBatch.properties").keySet()).containsExactly("samples");
        assertThat(document.getMap(push + "examples")).isNotEmpty();
    }

    private long storedSamples() {
        return em.createQuery("select count(s) from SampleEntity s", Long.class).getSingleResult();
    }

    private static ValidatableResponse push(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/samples").then();
    }
}
