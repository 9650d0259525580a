package org.probation.incident.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.EMAIL_REPLY_REPORT;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openWith;
import static org.probation.support.Fixtures.report;
import static org.probation.support.Monitoring.pushSeries;

/**
 * What the JSON columns (domains, evidence figures, event figures) give back through the API, as text: the same
 * numbers written the same way ({@code 12.5}, {@code 3.0}, {@code 1.0E-4}, a relapse count {@code 1}) whichever
 * database stores them. Key order within an object is not pinned: {@code jsonb} keeps its own.
 */
@QuarkusTest
class JsonFiguresOutputTest {

    @Inject
    MutableClock clock;

    @Inject
    EvaluationTick tick;

    @Test
    void figuresAndDomainsReadBackAsTheyWereWritten() {
        String account = newAccountId();
        String id = openWith("""
                { "account": { "id": "%s", "email": "owner@example.jp", "locale": "ja",
                               "domains": ["blog-b.example", "blog-a.example"] },
                  "cause": "MASS_MAIL",
                  "evidence": { "domains": ["blog-b.example"], "figures": { "mail_sent_per_hour": 12.5,
                                "cpu_load": 3, "mail_foreign_ratio": 0.0001, "queued": 2.5E-7 } } }
                """.formatted(account)).statusCode(201).extract().path("id");

        String incident = given().get("/api/v1/incidents/{id}", id).then().statusCode(200).extract().asString();
        assertThat(incident).contains("\"domains\":[\"blog-b.example\",\"blog-a.example\"]",
                "\"domains\":[\"blog-b.example\"]", "\"mail_sent_per_hour\":12.5", "\"cpu_load\":3.0",
                "\"mail_foreign_ratio\":1.0E-4", "\"queued\":2.5E-7");

        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        clock.advance(Duration.ofHours(1));
        Instant now = clock.instant();
        pushSeries(account, now.minus(Duration.ofHours(1)), now,
                Map.of("mail_sent_per_hour", 900.0, "mail_foreign_ratio", 0.05, "cpu_load", 0.3));
        tick.run();

        String events = given().get("/api/v1/incidents/{id}/events", id).then().statusCode(200).extract()
                .asString();
        // OPENED: the evidence figures; RELAPSED: the evaluator's, with text, a whole number and fractions.
        assertThat(events).contains("\"mail_sent_per_hour\":12.5", "\"cpu_load\":3.0",
                "\"mail_foreign_ratio\":1.0E-4", "\"queued\":2.5E-7", "\"metric\":\"mail_sent_per_hour\"",
                "\"value\":900.0", "\"relapseBound\":500.0", "\"relapses\":1", "\"figures\":null");
    }
}
