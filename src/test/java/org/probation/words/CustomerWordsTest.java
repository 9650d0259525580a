package org.probation.words;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.notification.NotificationDispatcher;
import org.probation.notification.model.NotificationKind;
import org.probation.notification.persistence.NotificationEntity;
import org.probation.report.ReportLinkSigner;
import org.probation.support.Fixtures;
import org.probation.support.MutableClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.act;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openWith;

/**
 * What a customer reads, mail by mail and on the report page, in Japanese and English, with and without a name: the
 * salutation, the stage in words (never the operators' identifier), the cause in words with a root-cause paragraph
 * that fits it, and the configured signature closing everything.
 */
@QuarkusTest
class CustomerWordsTest {

    private static final List<NotificationKind> EVERY_MAIL = List.of(NotificationKind.RESTRICTION_NOTICE,
            NotificationKind.NOTICE_RESENT, NotificationKind.REPORT_RECEIVED, NotificationKind.STAGE_RELAXED,
            NotificationKind.RE_RESTRICTED, NotificationKind.LIFTED);
    // REPORT_REMINDER: theReportReminderHasTheSalutationTheStageInWordsAndTheSignature

    private static final List<String> OPERATOR_STAGE_NAMES = List.of("foreign-blocked", "admin-paths-blocked");

    private static final String STRICT_JA = "海外からのアクセスとメール送信を制限";
    private static final String RELAXED_JA = "海外からの管理画面へのアクセスとメール送信数を制限";
    private static final String STRICT_EN = "Access and mail from abroad restricted";
    private static final String RELAXED_EN = "Admin pages closed to access from abroad and mail limited";

    @Inject
    EntityManager em;

    @Inject
    ReportLinkSigner signer;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    MutableClock clock;

    @Inject
    EvaluationTick tick;

    @AfterEach
    void nothingOfOursLeftPending() {
        dispatcher.dispatch();
    }

    @Test
    void aJapaneseCustomerWithANameIsAddressedByNameInEveryMail() {
        Lifecycle run = lifecycle("ja", "山田 太郎", "MASS_MAIL", null);

        run.mails.forEach((kind, mail) -> {
            assertThat(mail.text).as(kind + " text").startsWith("山田 太郎 様\n\n").doesNotContain("お客様 様");
            assertThat(mail.html).as(kind + " html").contains("<p>山田 太郎 様</p>");
        });
        assertThat(run.form).contains("（山田 太郎 様）");
    }

    @Test
    void aJapaneseCustomerWithoutANameIsOkyakusamaNeverOkyakusamaSama() {
        Lifecycle run = lifecycle("ja", null, "FTP_CREDENTIAL_LEAK", null);

        assertThat(run.mails.keySet()).containsExactlyElementsOf(EVERY_MAIL);
        run.mails.forEach((kind, mail) -> {
            assertThat(mail.text).as(kind + " text").startsWith("お客様\n\n").doesNotContain("お客様 様");
            assertThat(mail.html).as(kind + " html").contains("<p>お客様</p>").doesNotContain("お客様 様");
        });
        assertThat(run.form).doesNotContain(" 様）");
    }

    @Test
    void anEnglishCustomerIsDearNameOrDearCustomer() {
        Lifecycle named = lifecycle("en", "Jane Smith", "MASS_MAIL", null);
        Lifecycle unnamed = lifecycle("en", null, "CMS_BRUTE_FORCE", null);

        named.mails.forEach((kind, mail) -> assertThat(mail.text).as(kind.name()).startsWith("Dear Jane Smith,\n\n"));
        assertThat(unnamed.mails.keySet()).containsExactlyElementsOf(EVERY_MAIL);
        unnamed.mails.forEach((kind, mail) -> {
            assertThat(mail.text).as(kind + " text").startsWith("Dear customer,\n\n");
            assertThat(mail.html).as(kind + " html").contains("<p>Dear customer,</p>");
        });
    }

    @Test
    void everyMailAndPageNamesTheStageInWordsNeverByItsOperatorName() {
        for (String lang : List.of("ja", "en")) {
            Lifecycle run = lifecycle(lang, null, "MASS_MAIL", null);
            String strict = "ja".equals(lang) ? STRICT_JA : STRICT_EN;
            String relaxed = "ja".equals(lang) ? RELAXED_JA : RELAXED_EN;

            assertThat(run.mail(NotificationKind.RESTRICTION_NOTICE).text).contains(strict);
            assertThat(run.mail(NotificationKind.NOTICE_RESENT).text).contains(strict);
            assertThat(run.mail(NotificationKind.STAGE_RELAXED).text).contains(relaxed).doesNotContain(strict);
            assertThat(run.mail(NotificationKind.RE_RESTRICTED).html).contains(strict);
            assertThat(run.form).contains(strict);
            assertThat(run.status).contains(strict);
            for (String read : run.everything()) {
                assertThat(read).doesNotContain(OPERATOR_STAGE_NAMES);
            }
        }
    }

    @Test
    void aStageWithoutATitleIsToldByWhatItsControlsDo() {
        // The test policy "fast" gives its stages no customer title.
        Lifecycle run = lifecycle("ja", null, "MASS_MAIL", "fast");

        assertThat(run.mail(NotificationKind.RESTRICTION_NOTICE).text)
                .contains("■ 現在の制限内容\n・日本以外からのウェブサイトへのアクセスは「403 Forbidden」となります。");
        for (String read : run.everything()) {
            assertThat(read).doesNotContain(OPERATOR_STAGE_NAMES);
        }
    }

    @Test
    void theCauseIsToldInWordsWithTheEvidenceAfterItAndARootCauseThatFits() {
        Lifecycle spam = lifecycle("ja", null, "MASS_MAIL", null);
        Lifecycle ftp = lifecycle("ja", null, "FTP_CREDENTIAL_LEAK", null);
        Lifecycle bruteForceEn = lifecycle("en", null, "CMS_BRUTE_FORCE", null);

        String spamNotice = spam.mail(NotificationKind.RESTRICTION_NOTICE).text;
        assertThat(spamNotice).contains("■ 検知した内容\nお客様のサーバーアカウントから、迷惑メールと思われるメールが大量に送信されていました。\n"
                + "検知の詳細：12,400 mails via sendmail to foreign recipients in 1 h")
                .contains("reCAPTCHA の導入").contains("重大な脆弱性");
        String ftpNotice = ftp.mail(NotificationKind.RESTRICTION_NOTICE).text;
        assertThat(ftpNotice).contains("漏えいしたと思われる FTP のアカウント情報を使って")
                .contains("■ 考えられる原因\nFTP のアカウント情報は、ウイルスに感染したパソコンから盗まれたり")
                .doesNotContain("迷惑メール").doesNotContain("重大な脆弱性");
        assertThat(bruteForceEn.mail(NotificationKind.RESTRICTION_NOTICE).text)
                .contains("Someone was repeatedly trying to log in to your CMS admin pages")
                .contains("Details: 12,400 mails").contains("delete admin accounts nobody uses")
                .doesNotContain("serious vulnerability");
        // The page says the cause first too, then the operator's summary.
        assertThat(ftp.form).contains("漏えいしたと思われる FTP のアカウント情報を使って")
                .contains("検知の詳細：12,400 mails");
        assertThat(bruteForceEn.form).contains("Someone was repeatedly trying to log in");
    }

    @Test
    void theNoticeSubjectAndOpeningSayWhatWasDetectedForEachCauseNotIntrusionForEveryCause() {
        Map<String, String> ja = Map.of("MASS_MAIL", "大量のメール送信", "CMS_BRUTE_FORCE", "管理画面への不正なログインの試み",
                "MALWARE", "不正アクセス", "FTP_CREDENTIAL_LEAK", "不正アクセス", "OTHER", "不審な動作");
        Map<String, String> jaOpening = Map.of("MASS_MAIL", "において、大量のメール送信を検知いたしました。",
                "CMS_BRUTE_FORCE", "において、管理画面への不正なログインの試みを検知いたしました。",
                "MALWARE", "において、第三者による不正なアクセス、\nおよびそれに伴う不審な動作を検知いたしました。",
                "FTP_CREDENTIAL_LEAK", "において、第三者による不正なアクセス、\nおよびそれに伴う不審な動作を検知いたしました。",
                "OTHER", "において、不審な動作を検知いたしました。");
        Map<String, String> en = Map.of("MASS_MAIL", "mass mailing", "CMS_BRUTE_FORCE", "login attempts on your admin pages",
                "MALWARE", "unauthorized access", "FTP_CREDENTIAL_LEAK", "unauthorized access", "OTHER",
                "suspicious activity");
        Map<String, String> enOpening = Map.of("MASS_MAIL", "We detected a large amount of mail sent from your server account",
                "CMS_BRUTE_FORCE", "We detected attempts to log in to the admin pages on your server account",
                "MALWARE", "We detected unauthorized access to your server account",
                "FTP_CREDENTIAL_LEAK", "We detected unauthorized access to your server account",
                "OTHER", "We detected suspicious activity on your server account");
        for (String cause : ja.keySet()) {
            String id = open("ja", null, cause, null);
            Mail notice = mails(id).get(NotificationKind.RESTRICTION_NOTICE);
            assertThat(notice.subject).as(cause).startsWith("【重要】" + ja.get(cause) + "の検知およびサーバーアカウントの利用制限について（");
            assertThat(notice.text).as(cause).contains(jaOpening.get(cause));
            assertThat(notice.html).as(cause).contains(jaOpening.get(cause).replace("\n", ""));
            if (!List.of("MALWARE", "FTP_CREDENTIAL_LEAK").contains(cause)) {
                // Nobody was seen getting in: the mail must not say a third party did.
                assertThat(notice.subject + notice.text).as(cause).doesNotContain("不正アクセス", "第三者による不正なアクセス");
            }

            String enId = open("en", null, cause, null);
            Mail enNotice = mails(enId).get(NotificationKind.RESTRICTION_NOTICE);
            assertThat(enNotice.subject).as(cause)
                    .startsWith("Important: " + en.get(cause) + " detected and your server account restricted (");
            assertThat(enNotice.text).as(cause).contains(enOpening.get(cause));
            assertThat(enNotice.html).as(cause).contains(enOpening.get(cause));
            if (!List.of("MALWARE", "FTP_CREDENTIAL_LEAK").contains(cause)) {
                assertThat(enNotice.subject + enNotice.text).as(cause).doesNotContain("unauthorized access");
            }
        }
    }

    @Test
    void aBruteForceNoticeSaysALoginIsLikelyNotThatTheCredentialsAreAlreadyMisused() {
        String ja = mails(open("ja", null, "CMS_BRUTE_FORCE", null)).get(NotificationKind.RESTRICTION_NOTICE).text;
        String en = mails(open("en", null, "CMS_BRUTE_FORCE", null)).get(NotificationKind.RESTRICTION_NOTICE).text;
        String ftp = mails(open("ja", null, "FTP_CREDENTIAL_LEAK", null)).get(NotificationKind.RESTRICTION_NOTICE).text;

        assertThat(ja).contains("第三者に不正にログインされるおそれが高いと判断し、").doesNotContain("悪用されている可能性");
        assertThat(en).contains("A third party is very likely to log in to your account without permission.")
                .doesNotContain("being misused");
        // A leaked FTP login was seen in use: that one still says so.
        assertThat(ftp).contains("第三者にログイン情報を悪用されている可能性が高いと判断し、");
    }

    @Test
    void theChecklistIsIntroducedAsWhatTheReportConfirmsNotAsAToDoList() {
        for (String lang : List.of("ja", "en")) {
            Lifecycle run = lifecycle(lang, null, "MASS_MAIL", null);
            boolean isJa = "ja".equals(lang);
            assertThat(run.mail(NotificationKind.RESTRICTION_NOTICE).text).contains(isJa
                    ? "■ ご報告の際に、次の項目の実施をご確認いただきます\n1. お問い合わせフォームなど、公開しているすべてのフォームに reCAPTCHA を導入しました"
                    : "When you report, you will confirm that you have:\n1. Introduced reCAPTCHA on every public form")
                    .doesNotContain("ご対応いただきたいこと", "Before we can lift the restriction, please:");
            assertThat(run.mail(NotificationKind.RE_RESTRICTED).text).contains(isJa
                    ? "ご報告の際に、次の項目の実施をご確認いただきます。\n1. "
                    : "When you report, you will confirm that you have:\n1. ");
        }
    }

    @Test
    void theDesksRestrictIsSubjectedAsATighteningNotAsARecurrence() {
        Lifecycle ja = lifecycle("ja", null, "MASS_MAIL", null);
        Lifecycle en = lifecycle("en", null, "MASS_MAIL", null);

        assertThat(ja.mail(NotificationKind.RE_RESTRICTED).subject).startsWith("【重要】サーバーアカウントの利用制限を強化しました（")
                .doesNotContain("再発");
        assertThat(en.mail(NotificationKind.RE_RESTRICTED).subject)
                .startsWith("Important: the restriction on your server account was tightened (").doesNotContain("again");
    }

    @Test
    void theConfiguredSignatureClosesEveryMailAndThePage() {
        Lifecycle ja = lifecycle("ja", null, "MASS_MAIL", null);
        Lifecycle en = lifecycle("en", "Jane Smith", "MASS_MAIL", null);

        ja.mails.forEach((kind, mail) -> {
            assertThat(mail.text).as(kind.name()).endsWith("────────────────────────────────\n"
                    + "サンプルホスティング株式会社 アビューズ対応窓口\n"
                    + "お問い合わせフォーム：https://support.example/contact\n"
                    + "受付時間：平日 10:00〜18:00（土日祝日・年末年始を除く）\n");
            assertThat(mail.html).as(kind.name()).contains("<p class=\"signature\">サンプルホスティング株式会社 アビューズ対応窓口<br>");
        });
        en.mails.forEach((kind, mail) -> assertThat(mail.text).as(kind.name()).endsWith("--\n"
                + "Abuse Desk, Example Hosting Inc.\n"
                + "Contact form: https://support.example/contact?lang=en\n"
                + "Hours: Weekdays 10:00–18:00 JST, except Japanese public holidays\n"));
        assertThat(ja.form).contains("<footer class=\"signature\"><p>サンプルホスティング株式会社 アビューズ対応窓口");
        assertThat(ja.status).contains("<footer class=\"signature\"><p>サンプルホスティング株式会社 アビューズ対応窓口");
        assertThat(en.form).contains("<footer class=\"signature\"><p>Abuse Desk, Example Hosting Inc.");
        assertThat(en.status).contains("Contact form: https://support.example/contact?lang=en");
    }

    @Test
    void theReportReminderHasTheSalutationTheStageInWordsAndTheSignature() {
        Instant was = clock.instant();
        try {
            for (String lang : List.of("ja", "en")) {
                for (String name : Arrays.asList("山田 太郎", null)) {
                    String id = open(lang, name, "MALWARE", null);
                    Instant opened = clock.instant();
                    // The built-in policies remind a customer who has not reported after 3 days.
                    clock.advance(Duration.ofDays(3));
                    tick.run();
                    clock.set(opened);
                    Mail reminder = mails(id).get(NotificationKind.REPORT_REMINDER);
                    assertThat(reminder).as(lang + ", " + name).isNotNull();
                    String salutation = "ja".equals(lang) ? (name == null ? "お客様" : name + " 様")
                            : (name == null ? "Dear customer," : "Dear " + name + ",");
                    assertThat(reminder.text).startsWith(salutation + "\n\n")
                            .contains("ja".equals(lang) ? "■ 現在の制限内容：" + STRICT_JA : "Restriction now: " + STRICT_EN)
                            .contains("ja".equals(lang) ? "サンプルホスティング株式会社 アビューズ対応窓口"
                                    : "Abuse Desk, Example Hosting Inc.")
                            .contains("ja".equals(lang) ? "ご報告の際に、次の項目の実施をご確認いただきます。\n1. "
                                    : "When you report, you will confirm that you have:\n1. ")
                            .doesNotContain(OPERATOR_STAGE_NAMES).doesNotContain("お客様 様");
                    assertThat(reminder.html).contains("<p class=\"signature\">").doesNotContain(OPERATOR_STAGE_NAMES);
                }
            }
        } finally {
            clock.set(was);
        }
    }

    @Test
    void noRenderedGoldenOfACustomerNamesAnOperatorStage() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/renderings"))) {
            List<Path> customerFiles = files.filter(Files::isRegularFile)
                    .filter(file -> !file.toString().contains("/alert/")).toList();
            assertThat(customerFiles).hasSizeGreaterThan(100);
            for (Path file : customerFiles) {
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString())
                        .doesNotContain(OPERATOR_STAGE_NAMES).doesNotContain("お客様 様");
            }
        }
    }

    record Mail(String subject, String text, String html) {
    }

    /** Every customer mail of one incident by kind, and its report page before and after the report. */
    record Lifecycle(Map<NotificationKind, Mail> mails, String form, String status) {
        Mail mail(NotificationKind kind) {
            return mails.get(kind);
        }

        List<String> everything() {
            return Stream.concat(mails.values().stream().flatMap(m -> Stream.of(m.subject, m.text, m.html)),
                    Stream.of(form, status)).toList();
        }
    }

    /** Restricted, the notice resent, reported, relaxed, restricted again by the desk, lifted. */
    private Lifecycle lifecycle(String lang, String name, String cause, String policy) {
        String id = open(lang, name, cause, policy);
        String path = "/report/" + signer.tokenFor(UUID.fromString(id));
        String form = given().get(path).then().statusCode(200).extract().asString();
        act(id, "{ \"action\": \"RESEND_NOTICE\", \"reason\": \"lost\" }").statusCode(200);
        // The passwords item is asked only of the causes that involve a password.
        boolean passwords = List.of("CMS_BRUTE_FORCE", "FTP_CREDENTIAL_LEAK").contains(cause);
        Fixtures.report(id, "fast".equals(policy)
                ? "{ \"channel\": \"EMAIL_REPLY\", \"checklist\": { \"recaptcha\": true } }"
                : passwords ? Fixtures.EMAIL_REPLY_REPORT.replace("\"tampering\": true",
                        "\"tampering\": true, \"passwords\": true") : Fixtures.EMAIL_REPLY_REPORT)
                .statusCode(200);
        String status = given().get(path).then().statusCode(200).extract().asString();
        act(id, "{ \"action\": \"STEP_DOWN\", \"reason\": \"clean\" }").statusCode(200);
        act(id, "{ \"action\": \"RESTRICT\", \"reason\": \"again\" }").statusCode(200);
        act(id, "{ \"action\": \"LIFT\", \"reason\": \"fixed\" }").statusCode(200);
        return new Lifecycle(mails(id), form, status);
    }

    private String open(String lang, String name, String cause, String policy) {
        String account = newAccountId();
        String body = Fixtures.incidentBody(account, cause, policy)
                .replace("\"locale\": \"ja\"", "\"locale\": \"" + lang + "\"");
        body = name == null ? body.replace("\"name\": \"山田 太郎\",", "") : body.replace("山田 太郎", name);
        return openWith(body).statusCode(201).extract().path("id");
    }

    /** The incident's customer mails by kind, as written to the outbox. */
    private Map<NotificationKind, Mail> mails(String id) {
        Map<NotificationKind, Mail> mails = new LinkedHashMap<>();
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "from NotificationEntity n where n.incidentId = :id and n.channel = :mail and n.kind not in :alerts"
                        + " order by n.id",
                NotificationEntity.class).setParameter("id", UUID.fromString(id))
                .setParameter("mail", NotificationEntity.Channel.MAIL)
                .setParameter("alerts", Arrays.stream(NotificationKind.values()).filter(NotificationKind::isAlert).toList())
                .getResultList().forEach(n -> mails.put(n.kind, new Mail(n.subject, n.bodyText, n.bodyHtml))));
        return mails;
    }
}
