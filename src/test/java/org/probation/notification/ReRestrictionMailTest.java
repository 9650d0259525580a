package org.probation.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.report.ReportLinkSigner;
import org.probation.support.MailAndWebhookResource;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.notification.CustomerMailTest.messages;
import static org.probation.notification.CustomerMailTest.open;
import static org.probation.notification.CustomerMailTest.part;
import static org.probation.notification.CustomerMailTest.subjects;
import static org.probation.support.Fixtures.EMAIL_REPLY_REPORT;
import static org.probation.support.Fixtures.act;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.report;
import static org.probation.support.Monitoring.eventTypes;
import static org.probation.support.Monitoring.incident;
import static org.probation.support.Monitoring.pushSeries;

/**
 * The re-restriction mail in the customer's words, through a real SMTP server: which figure went over which limit and
 * when, what that means, what to do next; and a relapse at the top stage, where no stage changes, is told to the
 * customer and to the operators. Relapses are driven by samples and the test clock under the default policy (two
 * stages, 48 h clean windows, escalated at the third relapse).
 */
@QuarkusTest
class ReRestrictionMailTest {

    /** Reported at 09:00 JST; a clean account steps down 48 h later. */
    private static final Instant START = Instant.parse("2027-06-01T00:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Map<String, Double> CLEAN = Map.of("mail_sent_per_hour", 12.0, "mail_foreign_ratio", 0.05,
            "cpu_load", 0.3);
    private static final Map<String, Double> SPAM = Map.of("mail_sent_per_hour", 812.0, "mail_foreign_ratio", 0.05,
            "cpu_load", 0.3);

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    ReportLinkSigner signer;

    @Inject
    MutableClock clock;

    @Inject
    EvaluationTick tick;

    private Instant was;

    @BeforeEach
    void fixTheTime() {
        was = clock.instant();
        clock.set(START);
    }

    @AfterEach
    void restoreTheTime() {
        dispatcher.dispatch();
        clock.set(was);
    }

    @Test
    void aRelapseFromStageOneSaysWhichFigureWentOverWhichLimitAndWhenInJapanese() throws Exception {
        String account = newAccountId();
        String id = open(account, "ja");
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        runHourly(account, Duration.ofDays(2));
        assertThat(incident(id).getInt("stage.level")).isEqualTo(1);
        runHourly(account, Duration.ofHours(2));

        Instant seen = spam(account); // 2027-06-03T02:05Z, 11:05 in Tokyo
        assertThat(seen).isEqualTo(Instant.parse("2027-06-03T02:05:00Z"));
        assertThat(eventTypes(id)).endsWith("STEPPED_DOWN", "RELAPSED");

        MimeMessage mail = last(account);
        assertThat(mail.getSubject()).isEqualTo("【重要】不正な動作の再発を確認し、利用制限を強化しました（" + account + "）");
        String text = part(mail, "text/plain");
        assertThat(text).contains("不正な動作が再び確認されたため",
                "2027年6月3日 11:05（JST）の計測で、1 時間あたりのメール送信数が 812 通に達し、再発とみなす基準（500 通）を超えました。",
                "海外宛てのメール送信を停止しています。",
                "利用制限を最も厳しい段階（段階 2 / 2）に戻しました。",
                "監視の経過時間は、ここから数え直しとなります。各数値が基準内の状態で 2日 経過すると",
                "ご報告の際に、次の項目の実施をご確認いただきます。",
                "1. お問い合わせフォームなど、公開しているすべてのフォームに reCAPTCHA を導入しました",
                "■ 新しいご報告", "次のページから改めてご報告ください");
        assertThat(text).doesNotContain("relapse", "mail_sent_per_hour", "812 > 500", "2027-06-03T02:05:00Z",
                "back to stage", "担当者");
        assertThat(reportLink(text)).isEqualTo(id);
        assertThat(part(mail, "text/html")).contains(
                "<p>2027年6月3日 11:05（JST）の計測で、1 時間あたりのメール送信数が 812 通に達し、再発とみなす基準（500 通）を超えました。</p>",
                "<a href=\"http://localhost:8080/report/").doesNotContain("relapse:");
        assertThat(alert(account, "RELAPSED")).contains("relapse: mail_sent_per_hour 812 > 500")
                .doesNotContain("no stage change");
    }

    @Test
    void aRelapseFromStageOneReadsTheSameInEnglish() throws Exception {
        String account = newAccountId();
        String id = open(account, "en");
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        runHourly(account, Duration.ofDays(2));
        runHourly(account, Duration.ofHours(2));
        spam(account);

        MimeMessage mail = last(account);
        assertThat(mail.getSubject()).isEqualTo("Important: abuse seen again, restriction tightened (" + account + ")");
        String text = part(mail, "text/plain");
        assertThat(text).contains("We saw abuse from your server account (" + account + ") again",
                "Measured 3 June 2027, 11:05 (JST): the mail sent per hour reached 812 messages, over the limit of 500"
                        + " messages at which we treat the abuse as back.",
                "The restriction is back at its strictest stage (stage 2 of 2).",
                "once every figure stays within its limits for 2 days",
                "please send us a new report on this page");
        assertThat(text).doesNotContain("relapse:", "mail_sent_per_hour", "back to stage");
        assertThat(reportLink(text)).isEqualTo(id);
    }

    @Test
    void aRelapseAtTheTopStageIsToldToTheCustomerAndTheOperators() throws Exception {
        String account = newAccountId();
        String id = open(account, "ja");
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        runHourly(account, Duration.ofHours(2));
        spam(account); // 02:05Z, 11:05 in Tokyo

        assertThat(eventTypes(id)).containsExactly("OPENED", "MONITORING_STARTED", "RELAPSED");
        assertThat(incident(id).getInt("stage.level")).isEqualTo(2);
        MimeMessage mail = last(account);
        assertThat(mail.getSubject()).isEqualTo("【重要】不正な動作の再発を確認しました（" + account + "）");
        String text = part(mail, "text/plain");
        assertThat(text).contains("不正な動作が再び確認されました。",
                "利用制限はすでに最も厳しい段階にあるため、制限の内容は変わりませんが、引き続き制限を継続いたします。",
                "2027年6月1日 11:05（JST）の計測で、1 時間あたりのメール送信数が 812 通に達し",
                "利用制限は、最も厳しい段階（段階 2 / 2）のまま継続いたします。",
                "監視の経過時間は、ここから数え直しとなります。",
                "次のページから改めてご報告ください");
        assertThat(text).doesNotContain("強化いたしました", "に戻しました", "relapse");
        assertThat(reportLink(text)).isEqualTo(id);
        assertThat(alert(account, "RELAPSED")).contains("at the top stage (2), no stage change; relapse:");
    }

    @Test
    void aRelapseAtTheTopStageReadsTheSameInEnglish() throws Exception {
        String account = newAccountId();
        String id = open(account, "en");
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        runHourly(account, Duration.ofHours(2));
        spam(account);

        MimeMessage mail = last(account);
        assertThat(mail.getSubject())
                .isEqualTo("Important: abuse seen again, restriction kept at its strictest (" + account + ")");
        assertThat(part(mail, "text/plain")).contains("The restriction is already at its strictest",
                "Measured 1 June 2027, 11:05 (JST): the mail sent per hour reached 812 messages",
                "The restriction stays at its strictest stage (stage 2 of 2).",
                "The clean time is counted again from now").doesNotContain("tightened", "relapse:");
        assertThat(reportLink(part(mail, "text/plain"))).isEqualTo(id);
    }

    @Test
    void anEscalationByRelapseAtTheTopStageTellsTheCustomerAPersonReviewsTheAccount() throws Exception {
        String account = newAccountId();
        String id = open(account, "ja");
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        for (int relapse = 1; relapse <= 3; relapse++) {
            runHourly(account, Duration.ofHours(2));
            spam(account);
        }

        assertThat(eventTypes(id)).containsExactly("OPENED", "MONITORING_STARTED", "RELAPSED", "RELAPSED",
                "ESCALATED");
        assertThat(incident(id).getInt("stage.level")).isEqualTo(2);
        dispatcher.dispatch();
        assertThat(subjects(account)).endsWith("【重要】不正な動作の再発を確認しました（" + account + "）",
                "【重要】不正な動作の再発を確認しました（" + account + "）",
                "【重要】不正な動作の再発を確認しました（" + account + "）");
        String text = part(last(account), "text/plain");
        assertThat(text).contains("最も厳しい段階（段階 2 / 2）のまま継続いたします。",
                "今後は、このサーバーアカウントの状況を担当者が直接確認いたします。担当者より改めてご連絡いたします。",
                "1 時間あたりのメール送信数が 812 通に達し", "次のページから改めてご報告ください");
        assertThat(text).doesNotContain("数え直し", "relapse");
        assertThat(reportLink(text)).isEqualTo(id);
        assertThat(alert(account, "ESCALATED")).contains("at the top stage (2), no stage change; relapse:",
                "escalated: more relapses than max-relapses");
    }

    @Test
    void theDesksRestrictSaysTheAccountWasRestrictedAgainAfterReviewWithoutTheOperatorsReason() throws Exception {
        for (String lang : List.of("ja", "en")) {
            String account = newAccountId();
            String id = open(account, lang);
            report(id, EMAIL_REPLY_REPORT).statusCode(200);
            act(id, "{ \"action\": \"STEP_DOWN\", \"reason\": \"metrics clean\" }").statusCode(200);
            act(id, "{ \"action\": \"RESTRICT\", \"reason\": \"spam seen again by the MTA, ticket #4411\" }")
                    .statusCode(200);

            MimeMessage mail = last(account);
            String text = part(mail, "text/plain");
            assertThat(text).doesNotContain("spam seen again", "#4411");
            // Nobody measured a recurrence: the subject says the restriction was tightened, nothing more.
            assertThat(mail.getSubject()).isEqualTo(lang.equals("ja")
                    ? "【重要】サーバーアカウントの利用制限を強化しました（" + account + "）"
                    : "Important: the restriction on your server account was tightened (" + account + ")");
            assertThat(reportLink(text)).isEqualTo(id);
            if (lang.equals("ja")) {
                assertThat(text).contains("当窓口にて状況を確認いたしました結果",
                        "当窓口にてサーバーアカウントの状況を確認し、利用制限の強化が必要と判断いたしました。",
                        "利用制限を最も厳しい段階（段階 2 / 2）に戻しました。", "次のページから改めてご報告ください");
            } else {
                assertThat(text).contains("After reviewing your server account (" + account
                        + "), our abuse desk has tightened the restriction again.",
                        "decided that a stricter restriction is needed",
                        "The restriction is back at its strictest stage (stage 2 of 2).");
            }
        }
    }

    /** Clean samples every 5 minutes, one tick an hour. */
    private void runHourly(String account, Duration duration) {
        Instant end = clock.instant().plus(duration);
        while (clock.instant().isBefore(end)) {
            Instant start = clock.instant();
            clock.advance(HOUR);
            pushSeries(account, start, clock.instant(), CLEAN);
            tick.run();
        }
    }

    /** One sample of 812 mails an hour, five minutes on, and a tick: the time the sample was taken. */
    private Instant spam(String account) {
        Instant start = clock.instant();
        clock.advance(Duration.ofMinutes(5));
        pushSeries(account, start, clock.instant(), SPAM);
        tick.run();
        return clock.instant();
    }

    private MimeMessage last(String account) throws Exception {
        dispatcher.dispatch();
        List<MimeMessage> mails = messages(account);
        return mails.get(mails.size() - 1);
    }

    /** The text of the operators' alert of that kind for the account. */
    private String alert(String account, String kind) throws Exception {
        dispatcher.dispatch();
        List<MimeMessage> alerts = Arrays.stream(MailAndWebhookResource.smtp().getReceivedMessages())
                .filter(m -> subject(m).startsWith("[Probation] " + kind + " " + account + ":")).toList();
        assertThat(alerts).as(kind + " alert for " + account).isNotEmpty();
        return part(alerts.get(alerts.size() - 1), "text/plain");
    }

    private String reportLink(String text) {
        Matcher link = Pattern.compile("http://localhost:8080/report/([A-Za-z0-9_-]+)").matcher(text);
        assertThat(link.find()).as("the mail carries a report link").isTrue();
        return signer.verify(link.group(1)).incidentId().toString();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
