package org.probation.incident;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.probation.notification.NotificationDispatcher;
import org.probation.notification.model.NotificationKind;
import org.probation.notification.model.WebhookSignature;
import org.probation.notification.persistence.NotificationEntity;
import org.probation.report.ReportLinkSigner;
import org.probation.support.MailAndWebhookResource;
import org.probation.support.MutableClock;
import org.probation.support.Tokens;
import org.probation.support.WebhookReceiver;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.probation.security.Roles.VIEWER;
import static org.probation.support.Fixtures.EMAIL_REPLY_REPORT;
import static org.probation.support.Fixtures.act;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;
import static org.probation.support.Fixtures.report;

/**
 * The desk reads what customers report: the reports are listed with their answers, a customer's form alerts the
 * operators and the webhooks that ask for it, and the incident shows that the report waits until an operator acts.
 */
@QuarkusTest
class ReportsReadTest {

    static final List<String> ALL_ITEMS = List.of("recaptcha", "vulnerabilities", "updates", "tampering");
    static final String OPERATOR_EMAIL = "abuse-desk@probation.test";

    @Inject
    ReportLinkSigner signer;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    @Test
    void everyReportIsListedOldestFirstWithItsAnswersLabelsMessageAndSender() {
        String id = openIncident(newAccountId());
        Instant sent = clock.instant();
        sendForm(id, "全プラグインを更新しました\n管理画面のパスワードも変更済みです");
        report(id, EMAIL_REPLY_REPORT).statusCode(200);

        given().get("/api/v1/incidents/{id}/reports", id).then().statusCode(200)
                .body("size()", equalTo(2))
                .body("channel", contains("FORM", "EMAIL_REPLY"))
                .body("actor", contains("customer", "test-operator"))
                .body("[0].receivedAt", equalTo(sent.toString()))
                .body("[0].message", equalTo("全プラグインを更新しました\n管理画面のパスワードも変更済みです"))
                .body("[0].checklist.key", contains("recaptcha", "vulnerabilities", "updates", "tampering"))
                .body("[0].checklist[0].label", equalTo("Introduced reCAPTCHA on every public form"))
                .body("[0].checklist.answer", contains(true, true, true, true))
                .body("[1].message", equalTo("全プラグインを更新しました"));
    }

    @Test
    void aViewerReadsTheReports() {
        String id = openIncident(newAccountId());
        sendForm(id, "更新しました");

        Tokens.as("vera", VIEWER).get("/api/v1/incidents/{id}/reports", id).then().statusCode(200)
                .body("channel", contains("FORM"));
    }

    @Test
    void theReportsOfAnUnknownIncidentAreA404Problem() {
        given().get("/api/v1/incidents/{id}/reports", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void aCustomersFormAlertsTheOperatorsWithTheAnswersAndTheMessage() throws Exception {
        String account = newAccountId();
        String id = openIncident(account);
        sendForm(id, "全プラグインを更新しました");
        dispatcher.dispatch();

        List<MimeMessage> alerts = operatorMails("[Probation] REPORT_RECEIVED " + account);
        assertThat(alerts).hasSize(1);
        String text = text(alerts.get(0));
        assertThat(text).contains(id, account, "[x] Introduced reCAPTCHA on every public form (recaptcha)",
                "全プラグインを更新しました", "/api/v1/incidents/" + id + "/reports", "/report/");
    }

    @Test
    void aReportAnOperatorRecordsAlertsNobodyAndWaitsForNoReview() {
        String id = openIncident(newAccountId());

        report(id, EMAIL_REPLY_REPORT).statusCode(200).body("reportToReview", nullValue());

        assertThat(outbox(id, NotificationKind.ALERT_REPORT_RECEIVED)).isEmpty();
        assertThat(outbox(id, NotificationKind.REPORT_WEBHOOK)).isEmpty();
    }

    @Test
    void aCustomersFormIsPostedOnlyToTheWebhooksWhoseEventsNameIt() {
        String account = newAccountId();
        String id = openIncident(account);
        sendForm(id, "更新しました");

        // "desk" names REPORT_RECEIVED; "edge" has no filter: it takes every decision, and a report is none.
        assertThat(outbox(id, NotificationKind.REPORT_WEBHOOK)).extracting(n -> n.recipient).containsExactly("desk");
        dispatcher.dispatch();

        List<WebhookReceiver.Call> calls = MailAndWebhookResource.webhooks().callsFor(account).stream()
                .filter(call -> call.body().contains("\"event\":\"REPORT_RECEIVED\"")).toList();
        assertThat(calls).hasSize(1);
        JsonPath body = JsonPath.from(calls.get(0).body());
        long reportId = given().get("/api/v1/incidents/{id}/reports", id).then().extract().jsonPath()
                .getLong("[0].id");
        assertThat(body.getString("incident")).isEqualTo(id);
        assertThat(body.getString("account")).isEqualTo(account);
        assertThat(body.getLong("report")).isEqualTo(reportId);
        assertThat(body.getString("channel")).isEqualTo("FORM");
        assertThat(body.getString("receivedAt")).isEqualTo(clock.instant().toString());
        long timestamp = Long.parseLong(calls.get(0).signature().replaceAll("t=(\\d+),.*", "$1"));
        assertThat(calls.get(0).signature()).isEqualTo("t=" + timestamp + ",v1="
                + WebhookSignature.hmac("test-desk-secret", timestamp + "." + calls.get(0).body()));
    }

    @Test
    void theIncidentShowsTheCustomersReportToReviewUntilAnOperatorWritesANote() {
        String account = newAccountId();
        String id = openIncident(account);
        given().get("/api/v1/incidents/{id}", id).then().body("reportToReview", nullValue());

        Instant sent = clock.instant();
        sendForm(id, "更新しました");
        long first = given().get("/api/v1/incidents/{id}/reports", id).then().extract().jsonPath().getLong("[0].id");
        // A later report is read with the first one: the first stays the one to read.
        report(id, EMAIL_REPLY_REPORT).statusCode(200);

        given().get("/api/v1/incidents/{id}", id).then()
                .body("reportToReview.reportId", equalTo((int) first))
                .body("reportToReview.receivedAt", equalTo(sent.toString()));
        given().get("/api/v1/incidents?toReview=true&account={account}", account).then().statusCode(200)
                .body("items.id", contains(id));
        given().get("/api/v1/incidents?toReview=false&account={account}", account).then().body("total", equalTo(0));

        act(id, "{ \"action\": \"NOTE\", \"reason\": \"read the report, plugins updated\" }").statusCode(200)
                .body("reportToReview", nullValue());

        given().get("/api/v1/incidents?toReview=true").then().body("items.id", not(hasItem(id)));
        given().get("/api/v1/incidents?toReview=false&account={account}", account).then()
                .body("items.id", contains(id));
    }

    @Test
    void aToReviewFilterThatIsNotABooleanIsA400NamingIt() {
        given().get("/api/v1/incidents?toReview=yes").then().statusCode(400)
                .body("errors.field", contains("toReview"));
    }

    private void sendForm(String id, String message) {
        String token = signer.tokenFor(UUID.fromString(id));
        Instant issued = clock.instant();
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("message", message).formParam("issued", String.valueOf(issued.getEpochSecond()))
                .formParam("nonce", signer.formNonce(token, issued)).formParam("item", ALL_ITEMS.toArray())
                .post("/report/" + token).then().statusCode(303);
    }

    private List<NotificationEntity> outbox(String id, NotificationKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from NotificationEntity n where n.incidentId = :id and n.kind = :kind order by n.id",
                NotificationEntity.class).setParameter("id", UUID.fromString(id)).setParameter("kind", kind)
                .getResultList());
    }

    /** The plain-text part of a mail. */
    private static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = text(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<MimeMessage> operatorMails(String subjectPrefix) {
        return Arrays.stream(MailAndWebhookResource.smtp().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(OPERATOR_EMAIL)
                        && m.getSubject().startsWith(subjectPrefix);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
