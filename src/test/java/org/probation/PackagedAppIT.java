package org.probation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/**
 * The packaged application (prod profile, PostgreSQL from QUARKUS_DATASOURCE_*) serves the contract end to end. The
 * same class runs against a native binary where one can be built.
 */
@QuarkusIntegrationTest
class PackagedAppIT {

    private static final String ACCOUNT = "xsit" + Long.toString(System.nanoTime(), 36).substring(0, 8);

    @Test
    void anIncidentIsRestrictedReportedAndPublishedToAgents() {
        String id = given().contentType(ContentType.JSON).body("""
                { "account": { "id": "%s", "email": "owner@example.jp", "locale": "ja", "domains": ["a.example"] },
                  "cause": "MASS_MAIL", "evidence": { "summary": "mass mail", "figures": { "mail_sent_per_hour": 9000 } } }
                """.formatted(ACCOUNT)).post("/api/v1/incidents").then()
                .statusCode(201)
                .body("state", equalTo("RESTRICTED"))
                .body("stage.name", equalTo("foreign-blocked"))
                .extract().path("id");

        given().contentType(ContentType.JSON).body("""
                { "channel": "EMAIL_REPLY", "checklist": { "recaptcha": true, "updates": true } }
                """).post("/api/v1/incidents/{id}/reports", id).then()
                .statusCode(200)
                .body("state", equalTo("MONITORING"));

        given().contentType(ContentType.JSON).body("""
                { "samples": [ { "account": "%s", "metric": "mail_sent_per_hour", "at": "2020-01-01T00:00:00Z", "value": 3 },
                               { "account": "nobody", "metric": "mail_sent_per_hour", "at": "2020-01-01T00:00:00Z", "value": 3 } ] }
                """.formatted(ACCOUNT)).post("/api/v1/samples").then()
                .statusCode(200)
                .body("accepted", equalTo(1))
                .body("ignored", equalTo(1));

        given().get("/api/v1/decisions?since=0").then().statusCode(200)
                .body("decisions.account", hasItem(ACCOUNT));
        given().get("/api/v1/incidents/{id}/events", id).then().statusCode(200)
                .body("type", hasItem("MONITORING_STARTED"));
    }

    @Test
    void badInputIsAProblemDocument() {
        given().contentType(ContentType.JSON).body("{ \"cause\": \"NOPE\" }").post("/api/v1/incidents").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
