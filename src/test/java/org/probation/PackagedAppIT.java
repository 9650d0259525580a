package org.probation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.probation.security.Roles;
import org.probation.support.Keycloak;
import org.probation.support.MailAndWebhookResource;
import org.probation.support.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.probation.support.Tokens.ISSUER;

/**
 * The packaged application (prod profile, PostgreSQL from QUARKUS_DATASOURCE_*) serves the contract end to end. The
 * same class runs against a native binary where one can be built.
 */
// The same test resources as ConsoleSignInIT, so both share one start of the packaged app. With different resources
// the second @QuarkusIntegrationTest start was handed the first one's HTTP port and never became ready (its listener
// failed on a Micrometer meter conflict; CI, 1 Dec): one start is also faster. The console sign-in it turns on
// changes nothing of the API this class tests.
@QuarkusIntegrationTest
@WithTestResource(Keycloak.class)
class PackagedAppIT {

    private static final String ACCOUNT = "xsit" + Long.toString(System.nanoTime(), 36).substring(0, 8);

    @Test
    void anIncidentIsRestrictedReportedAndPublishedToAgents() {
        String id = asOperator().contentType(ContentType.JSON).body("""
                { "account": { "id": "%s", "email": "owner@example.jp", "locale": "ja", "domains": ["a.example"] },
                  "cause": "MASS_MAIL", "evidence": { "summary": "mass mail", "figures": { "mail_sent_per_hour": 9000 } } }
                """.formatted(ACCOUNT)).post("/api/v1/incidents").then()
                .statusCode(201)
                .body("state", equalTo("RESTRICTED"))
                .body("stage.name", equalTo("foreign-blocked"))
                .extract().path("id");

        asOperator().contentType(ContentType.JSON).body("""
                { "channel": "EMAIL_REPLY", "checklist": { "recaptcha": true, "updates": true } }
                """).post("/api/v1/incidents/{id}/reports", id).then()
                .statusCode(200)
                .body("state", equalTo("MONITORING"));

        asOperator().contentType(ContentType.JSON)
                .body("""
                        { "samples": [ { "account": "%s", "metric": "mail_sent_per_hour", "at": "2020-01-01T00:00:00Z", "value": 3 },
                                       { "account": "nobody", "metric": "mail_sent_per_hour", "at": "2020-01-01T00:00:00Z", "value": 3 } ] }
                        """
                        .formatted(ACCOUNT))
                .post("/api/v1/samples").then()
                .statusCode(200)
                .body("accepted", equalTo(1))
                .body("ignored", equalTo(1));

        asOperator().get("/api/v1/decisions?since=0").then().statusCode(200)
                .body("decisions.account", hasItem(ACCOUNT));
        asOperator().get("/api/v1/incidents/{id}/events", id).then().statusCode(200)
                .body("type", hasItem("MONITORING_STARTED"))
                .body("actor", hasItem("it-operator"));
    }

    @Test
    void theRestrictionNoticeGoesOutThroughSmtp() throws Exception {
        String account = ACCOUNT + "m";
        String email = "owner+" + account + "@example.jp";
        asOperator().contentType(ContentType.JSON).body("""
                { "account": { "id": "%s", "email": "%s", "locale": "en", "domains": ["b.example"] },
                  "cause": "MASS_MAIL", "evidence": { "summary": "mass mail" } }
                """.formatted(account, email)).post("/api/v1/incidents").then().statusCode(201);

        // The packaged app's dispatcher runs on its own schedule (every 10 s): wait for the mail, bounded.
        Instant deadline = Instant.now().plusSeconds(60);
        List<String> subjects = List.of();
        while (subjects.isEmpty() && Instant.now().isBefore(deadline)) {
            MailAndWebhookResource.smtp().waitForIncomingEmail(2_000, 1);
            subjects = Arrays.stream(MailAndWebhookResource.smtp().getReceivedMessages())
                    .filter(m -> recipient(m).equals(email)).map(PackagedAppIT::subject).toList();
        }
        assertThat(subjects).containsExactly(
                "Important: mass mailing detected and your server account restricted (" + account + ")");
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theApiNeedsAToken() {
        given().get("/api/v1/decisions").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"probation\""));
        given().header("Authorization", "Bearer " + Tokens.claims("alice", Roles.OPERATOR).issuer(ISSUER + "/other")
                .sign(Tokens.devKey())).get("/api/v1/decisions").then().statusCode(401);
        given().header("Authorization", "Bearer " + Tokens.token("vera", Roles.VIEWER)).contentType(ContentType.JSON)
                .body("{}").post("/api/v1/incidents").then().statusCode(403);
    }

    @Test
    void badInputIsAProblemDocument() {
        asOperator().contentType(ContentType.JSON).body("{ \"cause\": \"NOPE\" }").post("/api/v1/incidents").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    /** The packaged app trusts the dev key through MP_JWT_VERIFY_* (see the failsafe configuration). */
    private static RequestSpecification asOperator() {
        return given().header("Authorization", "Bearer " + Tokens.token("it-operator", Roles.OPERATOR));
    }
}
