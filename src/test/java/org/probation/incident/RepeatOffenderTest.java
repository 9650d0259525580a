package org.probation.incident;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.probation.support.Fixtures.act;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.open;
import static org.probation.support.Fixtures.openIncident;

@QuarkusTest
class RepeatOffenderTest {

    @Inject
    MutableClock clock;

    @Test
    void aNewIncidentWithinTheRepeatWindowOfALiftStartsOnTheRepeatPolicy() {
        String account = newAccountId();
        act(openIncident(account), "{ \"action\": \"LIFT\", \"reason\": \"clean\" }").statusCode(200);
        clock.advance(Duration.ofDays(29));

        String id = open(account).statusCode(201)
                .body("policy", equalTo("repeat"))
                .body("stage.controls.mailMaxPerHour", equalTo(30))
                .extract().path("id");
        given().get("/api/v1/incidents/{id}/events", id).then()
                .body("[0].reason", containsString("repeat offender"));
    }

    @Test
    void theMemoryOfAnOffenceDecaysAfterTheRepeatWindow() {
        String account = newAccountId();
        act(openIncident(account), "{ \"action\": \"LIFT\", \"reason\": \"clean\" }").statusCode(200);
        clock.advance(Duration.ofDays(30));

        open(account).statusCode(201).body("policy", equalTo("default"));
    }

    @Test
    void aThirdOffenceWithinTheRepeatPoliciesOwnWindowStaysOnTheRepeatPolicy() {
        String account = newAccountId();
        lift(openIncident(account));
        clock.advance(Duration.ofDays(1));
        String second = open(account).statusCode(201).body("policy", equalTo("repeat")).extract().path("id");
        lift(second);
        // Past default's 30 days, within repeat's 60: the second offence ran on repeat, so its window applies.
        clock.advance(Duration.ofDays(45));

        open(account).statusCode(201).body("policy", equalTo("repeat"));
    }

    @Test
    void theMemoryOfASecondOffenceDecaysAfterTheRepeatPoliciesWindow() {
        String account = newAccountId();
        lift(openIncident(account));
        clock.advance(Duration.ofDays(1));
        lift(open(account).statusCode(201).body("policy", equalTo("repeat")).extract().path("id"));
        clock.advance(Duration.ofDays(60));

        open(account).statusCode(201).body("policy", equalTo("default"));
    }

    private static void lift(String incidentId) {
        act(incidentId, "{ \"action\": \"LIFT\", \"reason\": \"clean\" }").statusCode(200);
    }

    @Test
    void aCancelledFalsePositiveIsNoOffence() {
        String account = newAccountId();
        act(openIncident(account), "{ \"action\": \"CANCEL\", \"reason\": \"newsletter, not spam\" }").statusCode(200);
        clock.advance(Duration.ofDays(1));

        open(account).statusCode(201).body("policy", equalTo("default"));
    }
}
