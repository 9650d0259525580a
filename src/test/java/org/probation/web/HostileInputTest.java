package org.probation.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.probation.support.Fixtures.incidentBody;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openWith;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Bad input gets a clear 4xx as problem+json, and writes nothing. */
@QuarkusTest
class HostileInputTest {

    @Inject
    EntityManager em;

    @Test
    void malformedJsonIsABadRequest() {
        long before = incidents();
        openWith("{ \"account\": ").statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed request body"))
                .body("detail", not(containsString("at org.")));
        assertThat(incidents()).isEqualTo(before);
    }

    @Test
    void everyInvalidFieldOfAnIncidentIsListed() {
        long before = incidents();
        openWith("""
                { "account": { "id": "not valid!", "email": "nope", "locale": "fr",
                               "domains": ["ok.example", "bad domain"] },
                  "cause": "MASS_MAIL",
                  "evidence": { "figures": { "mail_sent_per_hour": -5, "Bad-Name": 1, "cpu_load": 1e999 } } }
                """).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("account.id", "account.email", "account.locale",
                        "account.domains[1]", "evidence.figures[mail_sent_per_hour]", "evidence.figures[cpu_load]"));
        assertThat(incidents()).isEqualTo(before);
    }

    @Test
    void missingRequiredPartsAreListed() {
        openWith("{ }").statusCode(400).body("errors.field", hasItems("account", "cause"));
        openWith("null").statusCode(400);
    }

    @Test
    void unknownFieldsAreRejected() {
        openWith(incidentBody(newAccountId(), "MASS_MAIL", null).replace("\"cause\"", "\"admin\": true, \"cause\""))
                .statusCode(400)
                .body("errors[0].field", equalTo("admin"))
                .body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void aWrongEnumValueNamesTheAllowedOnes() {
        openWith(incidentBody(newAccountId(), "SPAM", null)).statusCode(400)
                .body("errors[0].field", equalTo("cause"))
                .body("errors[0].message", containsString("MASS_MAIL"));
        openWith(incidentBody(newAccountId(), "0", null).replace("\"0\"", "0")).statusCode(400);
    }

    @Test
    void oversizedTextIsRejected() {
        String body = incidentBody(newAccountId(), "MASS_MAIL", null)
                .replace("12,400 mails via sendmail to foreign recipients in 1 h", "x".repeat(2001));
        openWith(body).statusCode(400).body("errors.field", hasItem("evidence.summary"));
    }

    @Test
    void anOversizedBodyIsRefused() {
        String huge = "{ \"samples\": [" + "{},".repeat(1_200_000) + "{}] }";
        given().contentType(ContentType.JSON).body(huge).post("/api/v1/samples").then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", equalTo("the request body is over the limit of 2097152 bytes"));
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String nested = "[".repeat(5_000) + "]".repeat(5_000);
        openWith("{ \"account\": " + nested + " }").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void sqlAndTemplateInjectionInTextIsStoredAsPlainText() {
        String account = newAccountId();
        String body = incidentBody(account, "MASS_MAIL", null)
                .replace("12,400 mails via sendmail to foreign recipients in 1 h",
                        "'); DROP TABLE incident; -- {inject:foo} ${7*7} #{7*7}");
        String id = openWith(body).statusCode(201).extract().path("id");
        given().get("/api/v1/incidents/{id}", id).then()
                .body("evidence.summary", equalTo("'); DROP TABLE incident; -- {inject:foo} ${7*7} #{7*7}"));
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    private long incidents() {
        return em.createQuery("select count(i) from IncidentEntity i", Long.class).getSingleResult();
    }
}
