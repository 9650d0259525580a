package org.probation.incident;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.support.DefaultToken;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.probation.support.Fixtures.EMAIL_REPLY_REPORT;
import static org.probation.support.Fixtures.act;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;
import static org.probation.support.Fixtures.report;

@QuarkusTest
class OperatorActionsTest {

    @Inject
    MutableClock clock;

    @Test
    void theFirstReportStartsMonitoringAndLaterOnesAreOnlyRecorded() {
        String id = openIncident(newAccountId());
        String now = clock.instant().toString();

        report(id, EMAIL_REPLY_REPORT).statusCode(200)
                .body("state", equalTo("MONITORING"))
                .body("stage.level", equalTo(2))
                .body("reportedAt", equalTo(now))
                .body("monitoringSince", equalTo(now))
                .body("cleanSince", equalTo(now))
                .body("monitoringUntil", equalTo(clock.instant().plus(Duration.ofDays(7)).toString()));
        clock.advance(Duration.ofHours(1));
        report(id, """
                { "channel": "PHONE", "checklist": { "recaptcha": true }, "message": "電話で報告" }
                """).statusCode(200)
                .body("state", equalTo("MONITORING"))
                .body("monitoringSince", equalTo(now));

        given().get("/api/v1/incidents/{id}/events", id).then()
                .body("type", contains("OPENED", "MONITORING_STARTED", "REPORT_RECEIVED"));
    }

    @Test
    void aReportNamingAChecklistItemTheIncidentDoesNotHaveIsRejected() {
        String id = openIncident(newAccountId());
        report(id, """
                { "channel": "EMAIL_REPLY", "checklist": { "recaptcha": true, "passwords": true } }
                """).statusCode(400)
                .body("errors.field", contains("checklist.passwords"));
        given().get("/api/v1/incidents/{id}", id).then().body("state", equalTo("RESTRICTED"));
    }

    @Test
    void stepDownRelaxesOneStageAndPublishesTheNewControls() {
        String account = newAccountId();
        String id = openIncident(account);
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        long before = highWater();

        act(id, """
                { "action": "STEP_DOWN", "reason": "metrics clean, checked by hand" }
                """).statusCode(200)
                .body("state", equalTo("MONITORING"))
                .body("stage.level", equalTo(1))
                .body("stage.name", equalTo("admin-paths-blocked"))
                .body("stage.controls.webForeign", equalTo("admin-only"));

        given().get("/api/v1/decisions?since={since}", before).then()
                .body("decisions.account", contains(account))
                .body("decisions[0].stage.level", equalTo(1))
                .body("decisions[0].controls.blockedPaths", hasItem("/wp-login.php"));
    }

    @Test
    void steppingDownFromTheLastStageLiftsAndDeactivatesTheDecision() {
        String account = newAccountId();
        String id = openIncident(account);
        act(id, "{ \"action\": \"STEP_DOWN\", \"reason\": \"one\" }").statusCode(200);
        long before = highWater();

        act(id, "{ \"action\": \"STEP_DOWN\", \"reason\": \"two\" }").statusCode(200)
                .body("state", equalTo("LIFTED"))
                .body("stage.level", equalTo(0))
                .body("closedAt", notNullValue());

        given().get("/api/v1/decisions?since={since}", before).then()
                .body("decisions.account", contains(account))
                .body("decisions[0].active", equalTo(false));
        given().get("/api/v1/decisions?since=0&limit=10000").then()
                .body("decisions.account", not(hasItem(account)));
    }

    @Test
    void liftClosesTheIncidentAndAllowsANewOneForTheAccount() {
        String account = newAccountId();
        String id = openIncident(account);
        act(id, "{ \"action\": \"LIFT\", \"reason\": \"customer fixed it\" }").statusCode(200)
                .body("state", equalTo("LIFTED"));

        given().get("/api/v1/incidents/{id}/events", id).then()
                .body("type", contains("OPENED", "LIFTED"))
                .body("[1].reason", equalTo("customer fixed it"));
        openIncident(account);
    }

    @Test
    void cancelRecordsAFalsePositive() {
        String id = openIncident(newAccountId());
        act(id, "{ \"action\": \"CANCEL\", \"reason\": \"false positive: newsletter\" }").statusCode(200)
                .body("state", equalTo("LIFTED"));
        given().get("/api/v1/incidents/{id}/events", id).then().body("type", contains("OPENED", "CANCELLED"));
    }

    @Test
    void restrictGoesBackToTheTopStageOrTheNamedOne() {
        String id = openIncident(newAccountId());
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        act(id, "{ \"action\": \"STEP_DOWN\", \"reason\": \"ok\" }").statusCode(200);

        act(id, "{ \"action\": \"RESTRICT\", \"reason\": \"spam again\" }").statusCode(200)
                .body("stage.level", equalTo(2)).body("state", equalTo("MONITORING"));
        act(id, "{ \"action\": \"RESTRICT\", \"stage\": 1, \"reason\": \"milder\" }").statusCode(200)
                .body("stage.level", equalTo(1));
        act(id, "{ \"action\": \"RESTRICT\", \"stage\": 3, \"reason\": \"no such stage\" }").statusCode(409)
                .body("detail", equalTo("policy default has stages 1 to 2, not 3"));
    }

    @Test
    void extendNeedsMonitoringAndMovesTheDeadline() {
        String id = openIncident(newAccountId());
        act(id, "{ \"action\": \"EXTEND\", \"duration\": \"2d\", \"reason\": \"travel\" }").statusCode(409);

        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        String until = clock.instant().plus(Duration.ofDays(7)).plus(Duration.ofHours(48)).toString();
        act(id, "{ \"action\": \"EXTEND\", \"duration\": \"172800\", \"reason\": \"customer on holiday\" }")
                .statusCode(200)
                .body("monitoringUntil", equalTo(until));
        act(id, "{ \"action\": \"EXTEND\", \"duration\": \"two days\", \"reason\": \"x\" }").statusCode(400)
                .body("errors.field", contains("duration"));
        act(id, "{ \"action\": \"EXTEND\", \"reason\": \"x\" }").statusCode(409);
    }

    @Test
    void anExtensionMayBeGivenAsANumberOfSeconds() {
        String id = openIncident(newAccountId());
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        String until = clock.instant().plus(Duration.ofDays(7)).plus(Duration.ofHours(1)).toString();
        act(id, "{ \"action\": \"EXTEND\", \"duration\": 3600, \"reason\": \"one more hour\" }").statusCode(200)
                .body("monitoringUntil", equalTo(until));
    }

    @Test
    void resumeOnlyAppliesToEscalatedIncidents() {
        String id = openIncident(newAccountId());
        act(id, "{ \"action\": \"RESUME\", \"reason\": \"x\" }").statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aNoteChangesNothingButTheTimeline() {
        String id = openIncident(newAccountId());
        long before = highWater();
        act(id, "{ \"action\": \"NOTE\", \"reason\": \"customer called, will reply tonight\" }").statusCode(200)
                .body("state", equalTo("RESTRICTED")).body("stage.level", equalTo(2));
        given().get("/api/v1/incidents/{id}/events", id).then()
                .body("type", contains("OPENED", "NOTE"))
                .body("[1].actor", equalTo(DefaultToken.OPERATOR));
        given().get("/api/v1/decisions?since={since}", before).then().body("revision", equalTo((int) before));
    }

    @Test
    void actionsOnAClosedIncidentAreRefusedButNotesAreKept() {
        String id = openIncident(newAccountId());
        act(id, "{ \"action\": \"LIFT\", \"reason\": \"done\" }").statusCode(200);
        for (String action : new String[] { "LIFT", "STEP_DOWN", "RESTRICT", "CANCEL", "RESUME" }) {
            act(id, "{ \"action\": \"" + action + "\", \"reason\": \"again\" }").statusCode(409);
        }
        report(id, EMAIL_REPLY_REPORT).statusCode(409);
        act(id, "{ \"action\": \"NOTE\", \"reason\": \"after the fact\" }").statusCode(200);
    }

    @Test
    void everyActionNeedsAReason() {
        String id = openIncident(newAccountId());
        act(id, "{ \"action\": \"LIFT\" }").statusCode(400).body("errors.field", contains("reason"));
        act(id, "{ \"action\": \"LIFT\", \"reason\": \"  \" }").statusCode(400);
        given().get("/api/v1/incidents/{id}", id).then().body("state", equalTo("RESTRICTED"));
    }

    @Test
    void anUnknownActionIsABadRequestListingTheValidOnes() {
        String id = openIncident(newAccountId());
        act(id, "{ \"action\": \"DELETE\", \"reason\": \"x\" }").statusCode(400)
                .body("errors[0].field", equalTo("action"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("LIFT"));
    }

    @Test
    void anUnknownIncidentIsNotFound() {
        act("00000000-0000-0000-0000-000000000000", "{ \"action\": \"NOTE\", \"reason\": \"x\" }").statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/incidents/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    private static long highWater() {
        return given().get("/api/v1/decisions?since=0").then().extract().jsonPath().getLong("revision");
    }
}
