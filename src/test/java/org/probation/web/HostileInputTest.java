package org.probation.web;

import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.probation.support.StoredRows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

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

/**
 * Bad input gets a clear 4xx as problem+json, and writes nothing. Text fields one by one: {@link HostileTextFieldsTest}.
 */
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
    void anOversizedBodyWritesNothingWhicheverEndpointItIsSentTo() {
        String huge = "{ \"reason\": \"" + "x".repeat(3 * 1024 * 1024) + "\" }";
        String incident = openWith(incidentBody(newAccountId(), "MASS_MAIL", null)).statusCode(201).extract().path("id");
        Map<String, Long> before = StoredRows.count(em);

        for (String path : new String[] { "/api/v1/incidents", "/api/v1/incidents/" + incident + "/actions",
                "/api/v1/incidents/" + incident + "/reports", "/api/v1/samples" }) {
            given().contentType(ContentType.JSON).body(huge).post(path).then().statusCode(413)
                    .contentType("application/problem+json");
        }
        assertThat(StoredRows.count(em)).isEqualTo(before);
    }

    @Test
    void deeplyNestedJsonIsRefusedWhereverItIsNested() {
        String nested = "[".repeat(5_000) + "]".repeat(5_000);
        String objects = "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000);
        Map<String, Long> before = StoredRows.count(em);

        openWith(incidentBody(newAccountId(), "MASS_MAIL", null).replace("12400", nested)).statusCode(400);
        openWith(incidentBody(newAccountId(), "MASS_MAIL", null).replace("\"ja\"", objects)).statusCode(400);
        given().contentType(ContentType.JSON).body("{ \"samples\": [" + nested + "] }").post("/api/v1/samples")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(nested).post("/api/v1/samples").then().statusCode(400);
        assertThat(StoredRows.count(em)).isEqualTo(before);
    }

    static Stream<String> unreasonableFigures() {
        return Stream.of("1e999", "-1e999", "-0.5", "1" + "0".repeat(400), "9".repeat(1_500), "0x10", "NaN",
                "Infinity", "\"12\"", "true", "[1]");
    }

    @ParameterizedTest(name = "figure {0}")
    @MethodSource("unreasonableFigures")
    void figuresThatAreNotReasonableNumbersAreRefused(String figure) {
        Map<String, Long> before = StoredRows.count(em);
        openWith(incidentBody(newAccountId(), "MASS_MAIL", null).replace("12400", figure)).statusCode(400)
                .contentType("application/problem+json")
                .body(not(containsString("Exception")));
        assertThat(StoredRows.count(em)).isEqualTo(before);
    }

    @Test
    void largeButFiniteFiguresAreKept() {
        String id = openWith(incidentBody(newAccountId(), "MASS_MAIL", null).replace("12400", "1.7e308"))
                .statusCode(201).extract().path("id");
        given().get("/api/v1/incidents/{id}", id).then().body(containsString("\"mail_sent_per_hour\":1.7E308"));
    }

    @ParameterizedTest(name = "stage {0}")
    @ValueSource(strings = { "0", "-1", "100", "2147483648", "99999999999999999999", "1.5", "1e3", "\"2\"" })
    void stagesOutOfRangeOrNotWholeNumbersAreRefused(String stage) {
        String incident = openWith(incidentBody(newAccountId(), "MASS_MAIL", null)).statusCode(201).extract().path("id");
        Map<String, Long> before = StoredRows.count(em);
        given().contentType(ContentType.JSON)
                .body("{ \"action\": \"RESTRICT\", \"stage\": " + stage + ", \"reason\": \"x\" }")
                .post("/api/v1/incidents/{id}/actions", incident).then()
                .statusCode(400).contentType("application/problem+json");
        assertThat(StoredRows.count(em)).isEqualTo(before);
    }

    static Stream<String> unreasonableSampleValues() {
        return Stream.of("1e999", "-1", "9".repeat(1_500), "null", "\"1\"", "{}");
    }

    @ParameterizedTest(name = "value {0}")
    @MethodSource("unreasonableSampleValues")
    void sampleValuesThatAreNotReasonableNumbersAreRefused(String value) {
        Map<String, Long> before = StoredRows.count(em);
        given().contentType(ContentType.JSON).body("""
                { "samples": [ { "account": "xs1", "metric": "cpu_load", "at": "2026-11-28T09:00:00Z", "value": %s } ] }
                """.formatted(value)).post("/api/v1/samples").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(StoredRows.count(em)).isEqualTo(before);
    }

    static Stream<Arguments> hostileParameters() {
        return Stream.of(Arguments.of("/api/v1/incidents", "page", "99999999999999999999"),
                Arguments.of("/api/v1/incidents", "size", "1e3"),
                Arguments.of("/api/v1/incidents", "state", "RESTRICTED'--"),
                Arguments.of("/api/v1/incidents", "account", "' OR '1'='1"),
                Arguments.of("/api/v1/incidents", "account", "${7*7}"),
                Arguments.of("/api/v1/decisions", "since", "-1"),
                Arguments.of("/api/v1/decisions", "since", "1e999"),
                Arguments.of("/api/v1/decisions", "limit", "0x10"),
                Arguments.of("/api/v1/accounts/xs1/samples", "metric", "' OR 1=1 --"),
                Arguments.of("/api/v1/accounts/xs1/samples", "from", "{inject:x}"),
                Arguments.of("/api/v1/accounts/xs1/samples", "to", "2026-11-28T09:00:00" + "0".repeat(1_000) + "Z"));
    }

    @ParameterizedTest(name = "{0}?{1}={2}")
    @MethodSource("hostileParameters")
    void hostileQueryParametersAreBadRequests(String path, String name, String value) {
        given().queryParam(name, value).get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(name))
                .body(not(containsString("Exception")))
                .body(not(containsString("SQL")));
    }

    @Test
    void hostilePathParametersAreRefused() {
        given().get("/api/v1/accounts/{id}/samples", "' OR 1=1 --").then().statusCode(400)
                .contentType("application/problem+json");
        given().urlEncodingEnabled(false).get("/api/v1/accounts/%24%7B7*7%7D/samples").then().statusCode(400);
        given().get("/api/v1/incidents/{id}", "1' OR '1'='1").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aUrlLongerThanTheServerReadsIsRefused() {
        given().queryParam("account", "x".repeat(10_000)).get("/api/v1/incidents").then().statusCode(414);
    }

    @Test
    void typeErrorsAreExplainedInJsonTermsNotJavaOnes() {
        String incident = openWith(incidentBody(newAccountId(), "MASS_MAIL", null)).statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{ \"action\": \"RESTRICT\", \"stage\": \"2\", \"reason\": \"x\" }")
                .post("/api/v1/incidents/{id}/actions", incident).then().statusCode(400)
                .body("errors[0].field", equalTo("stage"))
                .body("errors[0].message", equalTo("must be a whole number"));
        given().contentType(ContentType.JSON).body("{ \"action\": \"RESTRICT\", \"stage\": 99999999999, \"reason\": \"x\" }")
                .post("/api/v1/incidents/{id}/actions", incident).then().statusCode(400)
                .body("errors[0].message", equalTo("is out of range"));
        given().contentType(ContentType.JSON).body("{ \"channel\": \"PHONE\", \"checklist\": { \"recaptcha\": \"yes\" } }")
                .post("/api/v1/incidents/{id}/reports", incident).then().statusCode(400)
                .body("errors[0].field", equalTo("checklist.recaptcha"))
                .body("errors[0].message", equalTo("must be true or false"));
        openWith(incidentBody(newAccountId(), "MASS_MAIL", null).replace("12400", "9".repeat(1_500))).statusCode(400)
                .body(not(containsString("StreamReadConstraints")))
                .body(not(containsString("java.lang")));
    }

    @Test
    void duplicatedKeysAreRefused() {
        openWith(incidentBody(newAccountId(), "MASS_MAIL", null).replace("\"cause\": \"MASS_MAIL\",",
                "\"cause\": \"MASS_MAIL\", \"cause\": \"MALWARE\",")).statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        long before = incidents();
        given().contentType(ContentType.XML).body("<incident/>").post("/api/v1/incidents").then().statusCode(415)
                .contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("hello").post("/api/v1/samples").then().statusCode(415)
                .contentType("application/problem+json");
        assertThat(incidents()).isEqualTo(before);
    }

    @Test
    void tooManyItemsInAListAreRefused() {
        String domains = String.join(", ", java.util.Collections.nCopies(101, "\"a.example\""));
        openWith(incidentBody(newAccountId(), "MASS_MAIL", null).replace("\"blog-a.example\", \"blog-b.example\"",
                domains)).statusCode(400).body("errors.field", hasItem("account.domains"));
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    private long incidents() {
        return em.createQuery("select count(i) from IncidentEntity i", Long.class).getSingleResult();
    }
}
