package org.probation.report.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.notification.NotificationDispatcher;
import org.probation.support.Fixtures;
import org.probation.support.MailAndWebhookResource;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openWith;
import static org.probation.support.Monitoring.eventTypes;
import static org.probation.support.Monitoring.events;
import static org.probation.support.Monitoring.incident;

/**
 * Report rounds through the real application, on the test policy {@code rounds} (reminder after 10 minutes, deadline
 * after 20, ticks every 5): the restricted customer is reminded once and escalated at the deadline with an operator alert; a
 * customer
 * who reported gets neither; a relapse opens a new round whose link takes one new form and which gets its own reminder.
 */
@QuarkusTest
class ReportRoundsTest {

    private static final List<String> ITEMS = List.of("recaptcha");
    /** The tick's period in tests ({@code probation.evaluation.every}): each claim leases an incident this long. */
    private static final Duration TICK = Duration.ofMinutes(5);
    /** The {@code rounds} policy's {@code report-reminder-after} and {@code report-deadline}. */
    private static final Duration REMINDER = Duration.ofMinutes(10);
    private static final Duration DEADLINE = Duration.ofMinutes(20);

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    MutableClock clock;

    @Inject
    EvaluationTick tick;

    @Test
    void aCustomerWhoNeverReportsIsRemindedOnceThenEscalatedAtTheDeadline() throws Exception {
        String account = newAccountId();
        String id = open(account);
        Instant opened = clock.instant();

        tickAt(opened.plus(TICK));
        assertThat(mails(account, "REPORT_REMINDER")).isEmpty();

        tickAt(opened.plus(REMINDER));
        tickAt(opened.plus(REMINDER).plus(TICK));
        List<MimeMessage> reminders = mails(account, "REPORT_REMINDER");
        assertThat(reminders).hasSize(1);
        MimeMessage reminder = reminders.get(0);
        assertThat(reminder.getSubject()).isEqualTo("【ご確認のお願い】対策完了のご報告をお待ちしております（" + account + "）");
        String text = ReportPageTest.text(reminder);
        assertThat(text).contains("まだ確認できておりません", "reCAPTCHA を導入しました", "行き違い")
                .doesNotContain("reminder: no report");
        // A fresh link: it opens the form.
        assertThat(ReportPageTest.get(link(text), null).asString()).contains("<form");
        assertThat(eventTypes(id)).containsExactly("OPENED", "REPORT_REMINDED");
        assertThat(incident(id).getString("state")).isEqualTo("RESTRICTED");

        tickAt(opened.plus(DEADLINE));
        assertThat(incident(id).getString("state")).isEqualTo("ESCALATED");
        assertThat(eventTypes(id)).containsExactly("OPENED", "REPORT_REMINDED", "ESCALATED");
        assertThat(events(id).getString("[2].reason")).startsWith("escalated: no report by " + opened.plus(DEADLINE));
        List<MimeMessage> alerts = operatorMails(account, "ALERT_ESCALATED");
        assertThat(alerts).hasSize(1);
        assertThat(ReportPageTest.text(alerts.get(0))).contains("no report by " + opened.plus(DEADLINE));
        assertThat(mails(account, "REPORT_REMINDER")).hasSize(1);
    }

    @Test
    void aCustomerWhoReportedIsNeitherRemindedNorEscalated() throws Exception {
        String account = newAccountId();
        String id = open(account);
        Instant opened = clock.instant();
        String path = restrictionLink(account);

        clock.set(opened.plusSeconds(10));
        assertThat(ReportPageTest.post(path, null, ITEMS, "更新しました").statusCode()).isEqualTo(303);
        for (Instant at = opened.plus(TICK); !at.isAfter(opened.plus(DEADLINE).plus(TICK)); at = at.plus(TICK)) {
            tickAt(at);
        }

        assertThat(mails(account, "REPORT_REMINDER")).isEmpty();
        assertThat(incident(id).getString("state")).isEqualTo("MONITORING");
        assertThat(eventTypes(id)).containsExactly("OPENED", "MONITORING_STARTED");
    }

    @Test
    void aRelapseOpensANewRoundWhoseLinkTakesOneNewReport() throws Exception {
        String account = newAccountId();
        String id = open(account);
        Instant opened = clock.instant();
        String path = restrictionLink(account);
        clock.set(opened.plusSeconds(10));
        assertThat(ReportPageTest.post(path, null, ITEMS, "一回目").statusCode()).isEqualTo(303);
        assertThat(ReportPageTest.get(path, null).asString()).doesNotContain("<form");

        relapseAt(account, opened.plusSeconds(30));
        assertThat(eventTypes(id)).containsExactly("OPENED", "MONITORING_STARTED", "RELAPSED");
        List<MimeMessage> reRestricted = mails(account, "RE_RESTRICTED");
        assertThat(reRestricted).hasSize(1);
        String again = link(ReportPageTest.text(reRestricted.get(0)));

        String form = ReportPageTest.get(again, null).asString();
        assertThat(form).contains("<form", "ご報告の後も監視期間は続きます").doesNotContain("監視期間を開始します");
        clock.set(opened.plusSeconds(40));
        String oldForm = ReportPageTest.get(path, null).asString();
        assertThat(oldForm).contains("<form");
        assertThat(ReportPageTest.post(again, form, null, ITEMS, "二回目").statusCode()).isEqualTo(303);
        // The same form again (a double click, a reload), or the first mail's link: nothing more is recorded.
        assertThat(ReportPageTest.post(again, form, null, ITEMS, "三回目").statusCode()).isEqualTo(303);
        assertThat(ReportPageTest.post(path, oldForm, null, ITEMS, "四回目").statusCode()).isEqualTo(303);

        assertThat(eventTypes(id)).containsExactly("OPENED", "MONITORING_STARTED", "RELAPSED", "REPORT_RECEIVED");
        assertThat(events(id).getList("actor")).endsWith("customer");
        assertThat(ReportPageTest.get(again, null).asString()).doesNotContain("<form");
        assertThat(incident(id).getString("monitoringSince")).isEqualTo(opened.plusSeconds(10).toString());
        assertThat(incident(id).getString("state")).isEqualTo("MONITORING");
    }

    @Test
    void theNewRoundsReportIsTheOneToReviewAndIsAlertedThoughTheLastAlertIsRecent() throws Exception {
        String account = newAccountId();
        String id = open(account);
        Instant opened = clock.instant();
        clock.set(opened.plusSeconds(10));
        assertThat(ReportPageTest.post(restrictionLink(account), null, ITEMS, "一回目").statusCode()).isEqualTo(303);
        relapseAt(account, opened.plusSeconds(30));
        String again = link(ReportPageTest.text(mails(account, "RE_RESTRICTED").get(0)));

        // No operator acted on the first round's report; the second round's one replaces it on the desk.
        clock.set(opened.plusSeconds(40));
        assertThat(ReportPageTest.post(again, null, ITEMS, "二回目").statusCode()).isEqualTo(303);
        dispatcher.dispatch();

        long second = given().get("/api/v1/incidents/{id}/reports", id).then().extract().jsonPath().getLong("[1].id");
        given().get("/api/v1/incidents/{id}", id).then()
                .body("reportToReview.reportId", org.hamcrest.Matchers.equalTo((int) second))
                .body("reportToReview.receivedAt", org.hamcrest.Matchers.equalTo(opened.plusSeconds(40).toString()));
        // Thirty seconds apart, well within alert-repeat-interval: one alert per round all the same.
        assertThat(operatorMails(account, "ALERT_REPORT_RECEIVED")).hasSize(2);
    }

    @Test
    void theRoundARelapseOpensGetsItsOwnReminder() throws Exception {
        String account = newAccountId();
        String id = open(account);
        Instant opened = clock.instant();
        String path = restrictionLink(account);
        clock.set(opened.plusSeconds(10));
        assertThat(ReportPageTest.post(path, null, ITEMS, "").statusCode()).isEqualTo(303);
        Instant relapsed = opened.plusSeconds(30);
        relapseAt(account, relapsed);

        // The first round has its report; the second one is reminded REMINDER after the relapse, once.
        tickAt(relapsed.plus(TICK));
        assertThat(mails(account, "REPORT_REMINDER")).isEmpty();
        tickAt(relapsed.plus(REMINDER));
        tickAt(relapsed.plus(REMINDER).plus(TICK));
        tickAt(relapsed.plus(DEADLINE));

        assertThat(mails(account, "REPORT_REMINDER")).hasSize(1);
        assertThat(eventTypes(id)).containsExactly("OPENED", "MONITORING_STARTED", "RELAPSED", "REPORT_REMINDED");
        // Monitoring started: the report deadline is not for it.
        assertThat(incident(id).getString("state")).isEqualTo("MONITORING");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static String open(String account) {
        return openWith(Fixtures.incidentBody(account, "MASS_MAIL", "rounds").replace("owner@example.jp",
                email(account))).statusCode(201).extract().path("id");
    }

    private static String email(String account) {
        return "rounds+" + account.toLowerCase() + "@example.jp";
    }

    /** The link in the account's restriction notice. */
    private String restrictionLink(String account) throws Exception {
        dispatcher.dispatch();
        return link(ReportPageTest.text(mails(account, "RESTRICTION_NOTICE").get(0)));
    }

    private void tickAt(Instant at) {
        clock.set(at);
        tick.run();
        dispatcher.dispatch();
    }

    /** Mail over the relapse bound (500) at {@code at}, then the tick that sees it. */
    private void relapseAt(String account, Instant at) {
        clock.set(at);
        given().contentType(ContentType.JSON).body("""
                { "samples": [ { "account": "%s", "metric": "mail_sent_per_hour", "at": "%s", "value": 900 } ] }
                """.formatted(account, at)).post("/api/v1/samples").then().statusCode(200);
        tick.run();
        dispatcher.dispatch();
    }

    private static String link(String text) {
        Matcher link = Pattern.compile("http://localhost:8080(/report/[A-Za-z0-9_-]+)").matcher(text);
        assertThat(link.find()).as("a report link in the mail").isTrue();
        return link.group(1);
    }

    /** The customer's mails of one kind, by the {@code X-Probation-Notification} header. */
    private static List<MimeMessage> mails(String account, String kind) {
        return Arrays.stream(MailAndWebhookResource.smtp().getReceivedMessages())
                .filter(m -> recipient(m).equals(email(account)) && kind.equals(header(m))).toList();
    }

    private static List<MimeMessage> operatorMails(String account, String kind) {
        return Arrays.stream(MailAndWebhookResource.smtp().getReceivedMessages())
                .filter(m -> kind.equals(header(m)) && subject(m).contains(account)).toList();
    }

    private static String header(MimeMessage message) {
        try {
            String[] values = message.getHeader("X-Probation-Notification");
            return values == null ? null : values[0];
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

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
