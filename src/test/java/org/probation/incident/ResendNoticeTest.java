package org.probation.incident;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;
import org.probation.incident.model.ActionType;
import org.probation.notification.NotificationDispatcher;
import org.probation.support.Fixtures;
import org.probation.support.MailAndWebhookResource;
import org.probation.support.MutableClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.probation.support.Fixtures.act;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openWith;
import static org.probation.support.Monitoring.eventTypes;
import static org.probation.support.Monitoring.events;
import static org.probation.support.Monitoring.incident;

/** RESEND_NOTICE: the customer whose link expired gets the current notice again, with a link that works. */
@QuarkusTest
class ResendNoticeTest {

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    MutableClock clock;

    @Inject
    IncidentService service;

    @Inject
    org.probation.words.WordsConfig wordsConfig;

    @Test
    void anExpiredLinkIsReplacedByTheLinkOfTheResentNotice() throws Exception {
        String account = newAccountId();
        String id = open(account);
        String oldLink = links(account, "RESTRICTION_NOTICE").get(0);
        assertThat(given().get(oldLink).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofDays(31));
        assertThat(given().get(oldLink).statusCode()).isEqualTo(410);

        act(id, "{ \"action\": \"RESEND_NOTICE\", \"reason\": \"customer wrote that the link no longer works\" }")
                .statusCode(200).body("state", equalTo("RESTRICTED"));

        List<String> resent = links(account, "NOTICE_RESENT");
        assertThat(resent).hasSize(1);
        String newLink = resent.get(0);
        assertThat(newLink).isNotEqualTo(oldLink);
        Response form = given().get(newLink);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.asString()).contains("対策完了のご報告", account);
        assertThat(given().get(oldLink).statusCode()).isEqualTo(410);
        assertThat(eventTypes(id)).containsExactly("OPENED", "NOTICE_RESENT");
        var resentEvent = events(id);
        assertThat(resentEvent.getString("[1].actor")).isEqualTo(org.probation.support.DefaultToken.OPERATOR);
        assertThat(resentEvent.getString("[1].reason")).isEqualTo("customer wrote that the link no longer works");
        assertThat(resentEvent.getString("[1].toState")).isEqualTo("RESTRICTED");
    }

    @Test
    void theResentNoticeDescribesTheCurrentStageNotTheFirstOne() throws Exception {
        String account = newAccountId();
        String id = open(account);
        String topStage = incident(id).getString("stage.name");
        act(id, "{ \"action\": \"STEP_DOWN\", \"reason\": \"cleaned up by hand\" }").statusCode(200);
        String stage = incident(id).getString("stage.name");
        assertThat(stage).isNotEqualTo(topStage);

        act(id, "{ \"action\": \"RESEND_NOTICE\", \"reason\": \"asked for the notice again\" }").statusCode(200)
                .body("stage.name", equalTo(stage));

        MimeMessage mail = mails(account, "NOTICE_RESENT").get(0);
        assertThat(mail.getSubject()).startsWith("【再送】").contains(account);
        // The stage in the customer's words (its title in the policy), never the operators' name.
        assertThat(text(mail)).contains("現在の制限内容：海外からの管理画面へのアクセスとメール送信数を制限")
                .doesNotContain("現在の制限内容：海外からのアクセスとメール送信を制限").doesNotContain(stage, topStage);
    }

    @Test
    void aNoticeResentAfterTheReportSaysItArrivedInsteadOfAskingForIt() throws Exception {
        String account = newAccountId();
        String id = open(account);
        String before = text(mails(account, "RESTRICTION_NOTICE").get(0));
        assertThat(before).contains("次のページからご報告ください", "ご報告をいただいた後");
        Fixtures.report(id, Fixtures.EMAIL_REPLY_REPORT).statusCode(200).body("state", equalTo("MONITORING"));
        String reportedAt = org.probation.words.model.Words.time(clock.instant(),
                wordsConfig.timeZone(), org.probation.words.i18n.Language.JA);

        act(id, "{ \"action\": \"RESEND_NOTICE\", \"reason\": \"asked for the notice again\" }").statusCode(200);

        MimeMessage mail = mails(account, "NOTICE_RESENT").get(0);
        String resent = text(mail);
        assertThat(resent).contains(reportedAt + "にお送りいただいたご報告は、受け付けております。", "現在の状況は、次のページで")
                .doesNotContain("次のページからご報告ください", "ご報告をいただいた後");
        Matcher link = Pattern.compile("http://localhost:8080(/report/[A-Za-z0-9_-]+)").matcher(resent);
        assertThat(link.find()).isTrue();
        // The link opens where the account stands: the round is answered, there is no form to send.
        assertThat(given().get(link.group(1)).asString()).doesNotContain("<form");
        assertThat(html(mail)).contains("ご報告の受付について").doesNotContain("ご対応後のご報告");
    }

    @Test
    void ofTwoResendsAtOnceOnlyOneCommitsAndMails() throws Exception {
        String account = newAccountId();
        String id = open(account);
        UUID incident = UUID.fromString(id);
        TakeAction resend = new TakeAction(ActionType.RESEND_NOTICE, null, null, "double click");

        // Both requests read the incident before either decides: the second one's read is that of the outer
        // transaction, the first one commits in between.
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            service.get(incident);
            act(id, "{ \"action\": \"RESEND_NOTICE\", \"reason\": \"double click\" }").statusCode(200);
            service.act(incident, resend, "test");
        })).isInstanceOf(OptimisticLockException.class);

        assertThat(mails(account, "NOTICE_RESENT")).hasSize(1);
        assertThat(eventTypes(id)).containsExactly("OPENED", "NOTICE_RESENT");
    }

    @Test
    void aResendNeedsAReasonAndAnOpenIncident() throws Exception {
        String account = newAccountId();
        String id = open(account);
        act(id, "{ \"action\": \"RESEND_NOTICE\" }").statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
        act(id, "{ \"action\": \"LIFT\", \"reason\": \"fixed\" }").statusCode(200);

        act(id, "{ \"action\": \"RESEND_NOTICE\", \"reason\": \"one more time\" }").statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("RESEND_NOTICE needs an open incident"));

        assertThat(eventTypes(id)).containsExactly("OPENED", "LIFTED");
        assertThat(mails(account, "NOTICE_RESENT")).isEmpty();
    }

    static String open(String account) {
        return openWith(Fixtures.incidentBody(account, "MASS_MAIL", null).replace("owner@example.jp", email(account)))
                .statusCode(201).extract().path("id");
    }

    static String email(String account) {
        return "resend+" + account.toLowerCase() + "@example.jp";
    }

    /** The account's mails of one kind, oldest first, after the outbox is delivered. */
    List<MimeMessage> mails(String account, String kind) throws Exception {
        dispatcher.dispatch();
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage mail : MailAndWebhookResource.smtp().getReceivedMessages()) {
            if (mail.getRecipients(Message.RecipientType.TO)[0].toString().equals(email(account))
                    && kind.equals(mail.getHeader("X-Probation-Notification", null))) {
                found.add(mail);
            }
        }
        return found;
    }

    /** The report links (paths) in the account's mails of one kind. */
    List<String> links(String account, String kind) throws Exception {
        List<String> links = new ArrayList<>();
        for (MimeMessage mail : mails(account, kind)) {
            Matcher link = Pattern.compile("http://localhost:8080(/report/[A-Za-z0-9_-]+)").matcher(text(mail));
            assertThat(link.find()).as("a report link in the mail").isTrue();
            links.add(link.group(1));
        }
        return links;
    }

    static String html(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = html(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The decoded plain-text part (quoted-printable would break the long link across lines). */
    static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = text(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
