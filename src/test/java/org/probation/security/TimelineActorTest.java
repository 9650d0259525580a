package org.probation.security;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.probation.support.StoredRows;
import org.probation.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.probation.security.Roles.OPERATOR;
import static org.probation.security.Roles.VIEWER;
import static org.probation.support.Fixtures.EMAIL_REPLY_REPORT;
import static org.probation.support.Fixtures.incidentBody;
import static org.probation.support.Fixtures.newAccountId;

/** Every change an operator makes is in the timeline under the name their token gives them, with their reason. */
@QuarkusTest
class TimelineActorTest {

    @Inject
    EntityManager em;

    @Test
    void theTimelineNamesTheOperatorWhoActedAndWhy() {
        String id = open(Tokens.as("alice@abuse-desk.example", OPERATOR));
        post(Tokens.as("bob@abuse-desk.example", OPERATOR), id, "reports", EMAIL_REPLY_REPORT);
        post(Tokens.as("carol@abuse-desk.example", OPERATOR), id, "actions",
                "{ \"action\": \"STEP_DOWN\", \"reason\": \"metrics clean since Monday, checked by hand\" }");

        Tokens.as("vera", VIEWER).get("/api/v1/incidents/{id}/events", id).then().statusCode(200)
                .body("type", contains("OPENED", "MONITORING_STARTED", "STEPPED_DOWN"))
                .body("actor", contains("alice@abuse-desk.example", "bob@abuse-desk.example",
                        "carol@abuse-desk.example"))
                .body("[2].reason", equalTo("metrics clean since Monday, checked by hand"));
        assertThat(em.createNativeQuery("select actor from report where incident_id = :id")
                .setParameter("id", java.util.UUID.fromString(id)).getResultList())
                .containsExactly("bob@abuse-desk.example");
    }

    @Test
    void theActorIsTheUpnElseThePreferredUsernameElseTheSubject() {
        String byUpn = open(Tokens.withToken(Tokens.claims("dave", OPERATOR).claim("preferred_username", "david")
                .sign(Tokens.devKey())));
        String byPreferredName = open(Tokens.withToken(Tokens.claims("ignored", OPERATOR).remove("upn")
                .claim("preferred_username", "erin").subject("f0a1-erin").sign(Tokens.devKey())));
        String bySubject = open(Tokens.withToken(Tokens.claims("ignored", OPERATOR).remove("upn")
                .subject("f0a1-frank").sign(Tokens.devKey())));

        assertThat(firstActor(byUpn)).isEqualTo("dave");
        assertThat(firstActor(byPreferredName)).isEqualTo("erin");
        assertThat(firstActor(bySubject)).isEqualTo("f0a1-frank");
    }

    @Test
    void aTokenWhoseNameCannotBeWrittenDownFaithfullyIsRefused() {
        Map<String, Long> before = StoredRows.count(em);
        Tokens.as("x".repeat(129), OPERATOR).contentType(ContentType.JSON)
                .body(incidentBody(newAccountId(), "MASS_MAIL", null)).post("/api/v1/incidents").then()
                .statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("the token's upn is longer than 128 characters or holds control characters"));
        Tokens.as("mallory\nADMIN approved", OPERATOR).contentType(ContentType.JSON)
                .body(incidentBody(newAccountId(), "MASS_MAIL", null)).post("/api/v1/incidents").then()
                .statusCode(401);
        assertThat(StoredRows.count(em)).isEqualTo(before);
    }

    @Test
    void anActionWithoutAReasonIsABadRequestAndWritesNothing() {
        String id = open(Tokens.as("alice", OPERATOR));
        Map<String, Long> before = StoredRows.count(em);

        for (String body : new String[] { "{ \"action\": \"LIFT\" }", "{ \"action\": \"LIFT\", \"reason\": null }",
                "{ \"action\": \"LIFT\", \"reason\": \"\" }", "{ \"action\": \"LIFT\", \"reason\": \" \\t\\n \" }" }) {
            Tokens.as("alice", OPERATOR).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/incidents/{id}/actions", id).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("reason"));
        }

        assertThat(StoredRows.count(em)).isEqualTo(before);
        Tokens.as("alice", OPERATOR).get("/api/v1/incidents/{id}", id).then().body("state", equalTo("RESTRICTED"));
    }

    private static String open(RequestSpecification request) {
        return request.contentType(ContentType.JSON).body(incidentBody(newAccountId(), "MASS_MAIL", null))
                .post("/api/v1/incidents").then().statusCode(201).extract().path("id");
    }

    private static void post(RequestSpecification request, String id, String what, String body) {
        request.contentType(ContentType.JSON).body(body).post("/api/v1/incidents/{id}/" + what, id).then()
                .statusCode(200);
    }

    private static String firstActor(String id) {
        return Tokens.as("vera", VIEWER).get("/api/v1/incidents/{id}/events", id).then().extract().path("[0].actor");
    }
}
