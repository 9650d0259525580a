package org.probation.incident;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;
import org.probation.incident.model.Cause;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.probation.support.Fixtures.incidentBody;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.open;
import static org.probation.support.Fixtures.openWith;

@QuarkusTest
class OpenIncidentTest {

    @Inject
    MutableClock clock;

    @Inject
    IncidentService service;

    @Test
    void openingRestrictsTheAccountAtTheTopStageAtOnce() {
        String account = newAccountId();
        String now = clock.instant().toString();
        String id = open(account)
                .statusCode(201)
                .header("Location", containsString("/api/v1/incidents/"))
                .body("account.id", equalTo(account))
                .body("account.locale", equalTo("ja"))
                .body("account.domains", containsInAnyOrder("blog-a.example", "blog-b.example"))
                .body("cause", equalTo("MASS_MAIL"))
                .body("policy", equalTo("default"))
                .body("state", equalTo("RESTRICTED"))
                .body("stage.level", equalTo(2))
                .body("stage.name", equalTo("foreign-blocked"))
                .body("stage.controls.webForeign", equalTo("block"))
                .body("stage.controls.allowCountries", containsInAnyOrder("JP"))
                .body("stage.controls.mailForeign", equalTo("block"))
                .body("stage.controls.mailMaxPerHour", equalTo(50))
                .body("relapses", equalTo(0))
                .body("openedAt", equalTo(now))
                .body("reportedAt", nullValue())
                .body("monitoringSince", nullValue())
                .body("stageSince", equalTo(now))
                .body("cleanSince", nullValue())
                .body("closedAt", nullValue())
                .body("evidence.figures.mail_sent_per_hour", equalTo(12400.0f))
                .body("gates.metric", containsInAnyOrder("mail_sent_per_hour", "mail_foreign_ratio", "cpu_load"))
                .extract().path("id");

        given().get("/api/v1/incidents/{id}", id).then().statusCode(200).body("id", equalTo(id));
        given().get("/api/v1/incidents/{id}/events", id).then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].type", equalTo("OPENED"))
                .body("[0].toState", equalTo("RESTRICTED"))
                .body("[0].toStage", equalTo(2))
                .body("[0].actor", notNullValue())
                .body("[0].figures.mail_sent_per_hour", equalTo(12400.0f));
        given().get("/api/v1/decisions?since=0&limit=10000").then().statusCode(200)
                .body("decisions.account", hasItem(account));
    }

    @Test
    void locationPointsAtTheNewIncident() {
        var response = open(newAccountId()).statusCode(201).extract();
        String id = response.path("id");
        org.assertj.core.api.Assertions.assertThat(response.header("Location")).endsWith("/api/v1/incidents/" + id);
    }

    @Test
    void aSecondOpenIncidentForTheSameAccountIsAConflictNamingTheOpenOne() {
        String account = newAccountId();
        String first = open(account).statusCode(201).extract().path("id");

        open(account)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("openIncident", equalTo(first));
    }

    @Test
    void aRaceLostOnTheUniqueKeyStillNamesTheOpenIncident() {
        String account = newAccountId();
        String first = open(account).statusCode(201).extract().path("id");

        // The second request passed its look for an open incident just before the first one inserted.
        assertThatThrownBy(() -> service.openPastTheCheck(request(account, "owner@example.jp"), "test"))
                .isInstanceOfSatisfying(IncidentAlreadyOpen.class,
                        e -> assertThat(e.openIncident()).contains(UUID.fromString(first)));
    }

    @Test
    void anotherConstraintViolatedWhileOpeningIsNotReportedAsAnOpenIncident() {
        // No e-mail: the account row breaks its NOT NULL constraint, not the one-open-incident key.
        assertThatThrownBy(() -> service.openPastTheCheck(request(newAccountId(), null), "test"))
                .isInstanceOf(PersistenceException.class)
                .isNotInstanceOf(IncidentAlreadyOpen.class);
    }

    private static OpenIncident request(String account, String email) {
        return new OpenIncident(new OpenIncident.AccountDetails(account, email, "ja", null, List.of()), Cause.MASS_MAIL,
                null, null);
    }

    @Test
    void anUnknownPolicyIsABadRequest() {
        openWith(incidentBody(newAccountId(), "MASS_MAIL", "no-such-policy"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("policy"));
    }

    @Test
    void theIncidentCanNameAnotherPolicy() {
        openWith(incidentBody(newAccountId(), "CMS_BRUTE_FORCE", "repeat"))
                .statusCode(201)
                .body("policy", equalTo("repeat"))
                .body("stage.controls.mailMaxPerHour", equalTo(30));
    }
}
