package org.probation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.probation.support.LazyIncident;
import org.probation.support.StoredRows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.probation.support.Fixtures.newAccountId;

/**
 * Every text field of every request against hostile text. Free text (names, summaries, messages, reasons) keeps SQL
 * and template syntax as inert text, stored and returned verbatim; fields with a shape (ids, e-mail, domains, metric
 * and checklist names, durations, instants) refuse it. Control characters are refused everywhere. A refusal is a 400
 * problem naming the field, and writes nothing.
 */
@QuarkusTest
class HostileTextFieldsTest {

    static final List<String> INJECTIONS = List.of(
            "'; DROP TABLE incident; --",
            "1' OR '1'='1",
            "\"; DELETE FROM sample WHERE ''='",
            "{inject:probation.policies} {config:quarkus.datasource.password}",
            "${7*7} #{7*7} {{7*7}} <%= 7*7 %> {#include /etc/passwd /}",
            "<script>alert(document.cookie)</script>",
            "../../../../etc/passwd",
            "%00%0d%0aSet-Cookie: x=y",
            "\\u0000 \\n written out, not escapes");

    static final List<String> CONTROL_CHARACTERS = List.of(
            "nul \u0000 inside",
            "escape \u001b[2J clears the screen",
            "bell \u0007",
            "delete \u007f",
            "next line \u0085 (C1)",
            "right-to-left \u202e override",
            "isolate \u2066hidden\u2069",
            "line separator \u2028",
            "broken \ud800 surrogate");

    /** Where a text can be sent, and how to read back what was stored. */
    enum Field {
        ACCOUNT_NAME(true, "account.name"),
        ACCOUNT_EMAIL(false, "account.email"),
        ACCOUNT_ID(false, "account.id"),
        ACCOUNT_DOMAIN(false, "account.domains[0]"),
        POLICY(false, "policy"),
        EVIDENCE_SUMMARY(true, "evidence.summary"),
        EVIDENCE_DOMAIN(false, "evidence.domains[0]"),
        FIGURE_NAME(false, "evidence.figures"),
        REPORT_MESSAGE(true, "message"),
        CHECKLIST_KEY(false, "checklist"),
        ACTION_REASON(true, "reason"),
        ACTION_DURATION(false, "duration"),
        SAMPLE_ACCOUNT(false, "samples[0].account"),
        SAMPLE_METRIC(false, "samples[0].metric"),
        SAMPLE_AT(false, "samples[0].at");

        final boolean freeText;
        final String errorField;

        Field(boolean freeText, String errorField) {
            this.freeText = freeText;
            this.errorField = errorField;
        }

        Response send(String value) {
            LazyIncident.Target target = TARGET.get();
            String text = json(value);
            return switch (this) {
                case ACCOUNT_NAME, ACCOUNT_EMAIL, ACCOUNT_ID, ACCOUNT_DOMAIN, POLICY, EVIDENCE_SUMMARY,
                        EVIDENCE_DOMAIN, FIGURE_NAME ->
                    post("/api/v1/incidents", """
                            { "account": { "id": %s, "email": %s, "locale": "ja", "name": %s, "domains": [%s] },
                              "cause": "MASS_MAIL", "policy": %s,
                              "evidence": { "summary": %s, "domains": [%s], "figures": { %s: 12400 } } }"""
                            .formatted(this == ACCOUNT_ID ? text : json(newAccountId()),
                                    this == ACCOUNT_EMAIL ? text : json("owner@example.jp"),
                                    this == ACCOUNT_NAME ? text : json("山田 太郎"),
                                    this == ACCOUNT_DOMAIN ? text : json("blog-a.example"),
                                    this == POLICY ? text : json("default"),
                                    this == EVIDENCE_SUMMARY ? text : json("12,400 mails in 1 h"),
                                    this == EVIDENCE_DOMAIN ? text : json("blog-a.example"),
                                    this == FIGURE_NAME ? text : json("mail_sent_per_hour")));
                case REPORT_MESSAGE, CHECKLIST_KEY -> post("/api/v1/incidents/" + target.incident() + "/reports", """
                        { "channel": "PHONE", "checklist": { %s: true }, "message": %s }"""
                        .formatted(this == CHECKLIST_KEY ? text : json("recaptcha"),
                                this == REPORT_MESSAGE ? text : json("fixed")));
                case ACTION_REASON, ACTION_DURATION -> post("/api/v1/incidents/" + target.incident() + "/actions", """
                        { "action": "NOTE", %s "reason": %s }"""
                        .formatted(this == ACTION_DURATION ? "\"duration\": " + text + "," : "",
                                this == ACTION_REASON ? text : json("checked")));
                case SAMPLE_ACCOUNT, SAMPLE_METRIC, SAMPLE_AT -> post("/api/v1/samples", """
                        { "samples": [ { "account": %s, "metric": %s, "at": %s, "value": 1.0 } ] }"""
                        .formatted(this == SAMPLE_ACCOUNT ? text : json(target.account()),
                                this == SAMPLE_METRIC ? text : json("cpu_load"),
                                this == SAMPLE_AT ? text : json("2026-11-28T09:00:00Z")));
            };
        }

        /** What was stored from a free-text field, read back through the API or, for report messages, the table. */
        String stored(Response response, EntityManager em) {
            LazyIncident.Target target = TARGET.get();
            return switch (this) {
                case ACCOUNT_NAME -> RestAssured.get("/api/v1/incidents/{id}", response.path("id").toString())
                        .path("account.name");
                case EVIDENCE_SUMMARY -> RestAssured.get("/api/v1/incidents/{id}", response.path("id").toString())
                        .path("evidence.summary");
                case REPORT_MESSAGE -> (String) em.createNativeQuery(
                        "select message from report where incident_id = :id order by id desc")
                        .setParameter("id", UUID.fromString(target.incident())).setMaxResults(1).getSingleResult();
                case ACTION_REASON -> RestAssured.get("/api/v1/incidents/{id}/events", target.incident())
                        .path("[-1].reason");
                default -> throw new IllegalArgumentException(this + " is not free text");
            };
        }

        private static Response post(String path, String body) {
            return RestAssured.given().contentType(ContentType.JSON).body(body).post(path);
        }
    }

    /** An open incident for reports, actions and samples. */
    private static final LazyIncident TARGET = new LazyIncident();

    @Inject
    EntityManager em;

    static Stream<Arguments> everyFieldWithEveryControlCharacter() {
        return Stream.of(Field.values())
                .flatMap(field -> CONTROL_CHARACTERS.stream().map(text -> Arguments.of(field, text)));
    }

    static Stream<Arguments> shapedFieldsWithEveryInjection() {
        return Stream.of(Field.values()).filter(field -> !field.freeText)
                .flatMap(field -> INJECTIONS.stream().map(text -> Arguments.of(field, text)));
    }

    static Stream<Arguments> freeTextFieldsWithEveryInjection() {
        return Stream.of(Field.values()).filter(field -> field.freeText)
                .flatMap(field -> INJECTIONS.stream().map(text -> Arguments.of(field, text)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyFieldWithEveryControlCharacter")
    void controlCharactersAreRefusedInEveryTextField(Field field, String text) {
        refused(field, text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("shapedFieldsWithEveryInjection")
    void injectionIsRefusedWhereAShapeIsExpected(Field field, String text) {
        refused(field, text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("freeTextFieldsWithEveryInjection")
    void injectionInFreeTextIsStoredVerbatimAsInertText(Field field, String text) {
        TARGET.get();
        Response response = field.send(text);

        assertThat(response.statusCode()).as(response.asString()).isBetween(200, 201);
        assertThat(field.stored(response, em)).isEqualTo(text);
    }

    @Test
    void multiLineTextKeepsItsLineBreaksAndTabs() {
        String text = "1行目\n\t2行目 👍\r\n3";
        for (Field field : List.of(Field.EVIDENCE_SUMMARY, Field.REPORT_MESSAGE, Field.ACTION_REASON)) {
            Response response = field.send(text);
            assertThat(response.statusCode()).as(field + " " + response.asString()).isBetween(200, 201);
            assertThat(field.stored(response, em)).as(field.toString()).isEqualTo(text);
        }
        refused(Field.ACCOUNT_NAME, "山田\n太郎");
        refused(Field.ACCOUNT_NAME, "山田\t太郎");
    }

    @Test
    void everyTextHasALengthLimit() {
        Map<Field, Integer> limits = Map.of(Field.ACCOUNT_NAME, 200, Field.EVIDENCE_SUMMARY, 2000,
                Field.REPORT_MESSAGE, 8000, Field.ACTION_REASON, 2000);
        limits.forEach((field, limit) -> {
            Response atTheLimit = field.send("あ".repeat(limit));
            assertThat(atTheLimit.statusCode()).as(field + " at its limit").isBetween(200, 201);
            refused(field, "あ".repeat(limit + 1));
        });
        refused(Field.ACCOUNT_EMAIL, "a".repeat(250) + "@example.jp");
        refused(Field.ACCOUNT_ID, "x".repeat(33));
        refused(Field.ACCOUNT_DOMAIN, "a".repeat(64) + ".example");
        refused(Field.POLICY, "p".repeat(64));
        refused(Field.FIGURE_NAME, "m".repeat(64));
        refused(Field.CHECKLIST_KEY, "k".repeat(64));
        refused(Field.ACTION_DURATION, "1".repeat(33));
        refused(Field.SAMPLE_METRIC, "m".repeat(64));
        refused(Field.SAMPLE_AT, "2026-11-28T09:00:00" + "0".repeat(10_000) + "Z");
    }

    @Test
    void domainListsThatWouldNotFitTheirColumnAreRefused() {
        // A hundred distinct names: the same name given twice is stored once (IdnDomainsTest).
        String hundred = String.join(", ", java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> json(("a".repeat(60) + "%03d.".formatted(i)).repeat(3) + "example")).toList());
        Map<String, Long> before = StoredRows.count(em);

        Field.post("/api/v1/incidents", """
                { "account": { "id": %s, "email": "owner@example.jp", "locale": "ja", "domains": [%s] },
                  "cause": "MASS_MAIL" }""".formatted(json(newAccountId()), hundred)).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("account.domains"));
        assertThat(StoredRows.count(em)).isEqualTo(before);
    }

    private void refused(Field field, String text) {
        TARGET.get();
        Map<String, Long> before = StoredRows.count(em);

        field.send(text).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(startsWith(field.errorField)))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")))
                .body(not(containsString("SQL")));

        assertThat(StoredRows.count(em)).as("rows after a refused request").isEqualTo(before);
    }

    /** A JSON string literal, with everything outside printable ASCII escaped so the bytes on the wire are plain. */
    static String json(String value) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                literal.append(String.format("\\u%04x", (int) c));
            } else {
                literal.append(c);
            }
        }
        return literal.append('"').toString();
    }
}
