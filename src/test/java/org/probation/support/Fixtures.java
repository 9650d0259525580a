package org.probation.support;

import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;

/** Small builders for API calls. Account ids are unique per call, so tests never see each other's incidents. */
public final class Fixtures {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    private Fixtures() {
    }

    public static String newAccountId() {
        return "xs" + (100000 + ACCOUNTS.incrementAndGet()) + Long.toString(System.nanoTime() % 100000, 36);
    }

    public static String incidentBody(String accountId, String cause, String policy) {
        return """
                { "account": { "id": "%s", "email": "owner@example.jp", "locale": "ja", "name": "山田 太郎",
                               "domains": ["blog-a.example", "blog-b.example"] },
                  "cause": "%s",%s
                  "evidence": { "summary": "12,400 mails via sendmail to foreign recipients in 1 h",
                                "domains": ["blog-a.example"], "figures": { "mail_sent_per_hour": 12400 } } }
                """.formatted(accountId, cause, policy == null ? "" : " \"policy\": \"" + policy + "\",");
    }

    public static ValidatableResponse open(String accountId) {
        return openWith(incidentBody(accountId, "MASS_MAIL", null));
    }

    public static ValidatableResponse openWith(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/incidents").then();
    }

    /** Opens an incident and returns its id. */
    public static String openIncident(String accountId) {
        return open(accountId).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse act(String incidentId, String body) {
        return given().contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/incidents/{id}/actions", incidentId).then();
    }

    public static ValidatableResponse report(String incidentId, String body) {
        return given().contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/incidents/{id}/reports", incidentId).then();
    }

    public static final String EMAIL_REPLY_REPORT = """
            { "channel": "EMAIL_REPLY", "checklist": { "recaptcha": true, "vulnerabilities": true,
              "updates": true, "tampering": true }, "message": "全プラグインを更新しました" }
            """;

    /** A report every policy accepts (the test policies' checklists all have reCAPTCHA). */
    public static final String RECAPTCHA_REPORT = """
            { "channel": "OPERATOR", "checklist": { "recaptcha": true } }
            """;
}
