package org.probation.report.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.notification.NotificationDispatcher;
import org.probation.report.ReportLinkSigner;
import org.probation.report.model.ReportToken;
import org.probation.support.DefaultToken;
import org.probation.support.Fixtures;
import org.probation.support.MailAndWebhookResource;
import org.probation.support.MutableClock;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.act;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openWith;
import static org.probation.support.Monitoring.eventTypes;
import static org.probation.support.Monitoring.events;
import static org.probation.support.Monitoring.pushSeries;

/** The customer's report page: opened from the restriction mail, the form, and the status view after it. */
@QuarkusTest
class ReportPageTest {

    static final List<String> ALL_ITEMS = List.of("recaptcha", "vulnerabilities", "updates", "tampering");

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    ReportLinkSigner signer;

    @Inject
    MeterRegistry registry;

    @Inject
    MutableClock clock;

    @Inject
    EvaluationTick tick;

    static final Map<String, Double> CLEAN = Map.of("mail_sent_per_hour", 12.0, "mail_foreign_ratio", 0.05,
            "cpu_load", 0.3);

    @Test
    void theRestrictionMailCarriesALinkThatOpensTheFormInJapanese() throws Exception {
        String account = newAccountId();
        open(account, "ja");

        String path = linkFromMail(account);
        Response page = get(path, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'", "form-action 'self'");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        String html = page.asString();
        assertThat(html).contains("<html lang=\"ja\">", "対策完了のご報告", account, "12,400 mails via sendmail",
                "<li>blog-a.example</li>",
                "日本以外からのウェブサイトへのアクセスは「403 Forbidden」となります。",
                "<label for=\"item-recaptcha\">お問い合わせフォームなど、公開しているすべてのフォームに reCAPTCHA を導入しました",
                "フォームが機械的に悪用され", "<textarea id=\"message\" name=\"message\"", "報告を送信する",
                "href=\"?lang=en\"", "<link rel=\"stylesheet\" href=\"/report.css\">");
        assertThat(html).doesNotContain("<script", "style=");
        given().get("/report.css").then().statusCode(200);
    }

    @Test
    void anEnglishAccountSeesEnglishAndEitherLanguageCanBeChosen() throws Exception {
        String account = newAccountId();
        open(account, "en");
        String path = linkFromMail(account);

        String english = get(path, null).asString();
        assertThat(english).contains("<html lang=\"en\">", "Report your fix",
                "Web access from outside Japan returns HTTP 403 Forbidden.", "Introduced reCAPTCHA on every public form",
                "Send the report", "href=\"?lang=ja\"");
        String japanese = get(path, "ja").asString();
        assertThat(japanese).contains("<html lang=\"ja\">", "対策完了のご報告", "reCAPTCHA を導入しました");
        assertThat(get(path, "xx").asString()).contains("<html lang=\"en\">");
    }

    @Test
    void withoutEveryRequiredItemTheFormComesBackWithTheTextKeptAndNothingIsRecorded() throws Exception {
        String account = newAccountId();
        String id = open(account, "ja");
        String path = linkFromMail(account);

        Response refused = post(path, null, List.of("recaptcha", "updates"), "全プラグインを更新しました <b>太字</b>");

        assertThat(refused.statusCode()).isEqualTo(400);
        String html = refused.asString();
        assertThat(html).contains("role=\"alert\"", "次の項目をご確認のうえ",
                "ご利用中のプラグイン・テーマについて、提供元が公開している脆弱性情報を確認しました",
                ">全プラグインを更新しました &lt;b&gt;太字&lt;/b&gt;</textarea>",
                "id=\"item-recaptcha\" name=\"item\" value=\"recaptcha\" checked",
                "id=\"item-updates\" name=\"item\" value=\"updates\" checked");
        assertThat(html).doesNotContain("value=\"tampering\" checked");
        assertThat(eventTypes(id)).containsExactly("OPENED");
    }

    @Test
    void aCompleteFormStartsMonitoringOnceAndRedirectsToTheStatusView() throws Exception {
        String account = newAccountId();
        String id = open(account, "ja");
        String path = linkFromMail(account);
        String form = get(path, null).asString();

        Response accepted = post(path, form, null, ALL_ITEMS, "全プラグインを更新し、reCAPTCHA を導入しました");
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.header("Location")).endsWith(path);
        // The same form sent again (a double click, the back button): no second report, no second start.
        Response again = post(path, form, null, ALL_ITEMS, "もう一度");
        assertThat(again.statusCode()).isEqualTo(303);

        assertThat(eventTypes(id)).containsExactly("OPENED", "MONITORING_STARTED");
        assertThat(events(id).getList("actor")).containsExactly(DefaultToken.OPERATOR, "customer");
        String status = get(path, null).asString();
        assertThat(status).contains("利用制限の状況", "監視期間中です。次の段階で利用制限を一部緩和いたします。",
                "現在の利用制限（段階 2 / 2）", "各数値が基準内の状態で", "利用制限を解除できるのは、早くて",
                "不正な動作を検知し、利用制限を開始しました。", "監視期間を開始しました。");
        assertThat(status).doesNotContain("<form", "report received; monitoring started");
    }

    @Test
    void theStatusViewFollowsTheStagesInTheCustomersWords() throws Exception {
        String account = newAccountId();
        String id = open(account, "en");
        String path = linkFromMail(account);
        post(path, get(path, null).asString(), null, ALL_ITEMS, "").then().statusCode(303);

        act(id, "{ \"action\": \"STEP_DOWN\", \"reason\": \"internal: looked fine to bob\" }").statusCode(200);

        String status = get(path, null).asString();
        assertThat(status).contains("Where your restriction stands",
                "Your account is being monitored. The next step lifts the restriction.",
                "What is restricted now (stage 1 of 2)", "only the CMS login and admin pages",
                "Abuse detected; your account was restricted.", "Monitoring started.", "The restriction was relaxed.",
                "Every figure must stay within limits for", "The restriction can be lifted at the earliest around");
        assertThat(status).doesNotContain("internal: looked fine to bob", "test-operator");
        assertThat(get(path, "ja").asString()).contains("利用制限を一部緩和しました。", "監視期間中です。次の段階で利用制限を解除いたします。");
    }

    @Test
    void theStatusViewSaysWhichFigureHoldsTheNextStepBackAsTheEngineSeesIt() throws Exception {
        String account = newAccountId();
        String id = open(account, "ja");
        String path = linkFromMail(account);
        post(path, null, ALL_ITEMS, "").then().statusCode(303);
        Instant reported = clock.instant();

        clock.advance(Duration.ofHours(6));
        pushSeries(account, reported, clock.instant(), CLEAN);
        tick.run();
        String clean = get(path, null).asString();
        assertThat(clean).contains("各数値が基準内の状態で 2日 経過する必要があります（現在 6時間 経過）。")
                .doesNotContain("基準を超えた");

        Instant before = clock.instant();
        clock.advance(Duration.ofMinutes(5));
        pushSeries(account, before, clock.instant(), Map.of("mail_sent_per_hour", 300.0, "mail_foreign_ratio", 0.05,
                "cpu_load", 0.3));
        tick.run();
        assertThat(get(path, null).asString())
                .contains("1 時間あたりのメール送信数の直近の値が基準を超えたため、経過時間を数え直しています。");
        assertThat(get(path, "en").asString()).contains(
                "The latest mail sent per hour was over the limit, so the time is counted again from then.");
        assertThat(eventTypes(id)).containsExactly("OPENED", "MONITORING_STARTED");
    }

    @Test
    void aFormNotFetchedThroughTheLinkIsShownAgainInsteadOfRecorded() throws Exception {
        String account = newAccountId();
        String id = open(account, "ja");
        String path = linkFromMail(account);
        double before = failures("form_nonce");

        Response forged = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("item", ALL_ITEMS.toArray()).formParam("message", "私の報告").formParam("issued", "1")
                .formParam("nonce", "made-up").post(path);

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.asString()).contains("フォームの有効期限が切れた", ">私の報告</textarea>");
        assertThat(eventTypes(id)).containsExactly("OPENED");
        assertThat(failures("form_nonce")).isEqualTo(before + 1);
    }

    @Test
    void forgedTamperedExpiredAndClosedLinksGetAPlainPageThatNamesNoIncident() throws Exception {
        String account = newAccountId();
        String id = open(account, "ja");
        String path = linkFromMail(account);
        String token = path.substring("/report/".length());
        char last = token.charAt(10);
        String tampered = "/report/" + token.substring(0, 10) + (last == 'A' ? 'B' : 'A') + token.substring(11);
        String forged = "/report/" + new ReportToken(List.of("an-attackers-own-secret-0123456789abcdef"))
                .sign(UUID.fromString(id), clock.instant().plus(Duration.ofDays(1)));
        String expired = "/report/" + new ReportToken(List.of("test-only-report-link-secret-current-key"))
                .sign(UUID.fromString(id), clock.instant());
        Map<String, Double> before = Map.of("forged", failures("forged"), "expired", failures("expired"),
                "malformed", failures("malformed"), "closed", failures("closed"));

        for (String bad : List.of(tampered, forged, "/report/" + id, expired)) {
            Response page = get(bad, null);
            assertThat(page.statusCode()).as(bad).isIn(404, 410);
            assertThat(page.contentType()).startsWith("text/html");
            // An expired link has its own words: how to get a new one (ExpiredLinkPageTest).
            assertThat(page.asString()).contains(bad.equals(expired) ? "このリンクは有効期限が切れています"
                    : "このリンクは無効か、有効期限が切れています")
                    .doesNotContain(account, id, "blog-a.example");
        }
        assertThat(get(expired, null).statusCode()).isEqualTo(410);
        assertThat(post(expired, "", null, ALL_ITEMS, "x").statusCode()).isEqualTo(410);

        act(id, "{ \"action\": \"LIFT\", \"reason\": \"fixed\" }").statusCode(200);
        Response closed = get(path, null);
        assertThat(closed.statusCode()).isEqualTo(410);
        assertThat(closed.asString()).doesNotContain(account);

        assertThat(failures("forged")).isEqualTo(before.get("forged") + 2);
        assertThat(failures("malformed")).isEqualTo(before.get("malformed") + 1);
        assertThat(failures("expired")).isEqualTo(before.get("expired") + 3);
        assertThat(failures("closed")).isEqualTo(before.get("closed") + 1);
    }

    @Test
    void aLinkWorksAfterTheKeyThatSignedItBecameThePreviousKey() {
        String account = newAccountId();
        String id = open(account, "ja");
        // The test profile's second secret plays a key rotated out: links it signed still open the page.
        String old = new ReportToken(List.of("test-only-report-link-secret-previous-key"))
                .sign(UUID.fromString(id), clock.instant().plus(Duration.ofDays(1)));

        assertThat(get("/report/" + old, null).statusCode()).isEqualTo(200);
        assertThat(signer.verify(signer.tokenFor(UUID.fromString(id))).incidentId()).hasToString(id);
    }

    @Test
    void manyPostsOnOneLinkAreRefusedForAWhile() throws Exception {
        String account = newAccountId();
        open(account, "ja");
        String path = linkFromMail(account);
        double before = failures("rate_limited");

        for (int i = 0; i < 10; i++) {
            assertThat(post(path, null, List.of(), "").statusCode()).isEqualTo(400);
        }
        Response limited = post(path, null, List.of(), "");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.asString()).contains("しばらくしてから再度お試しください");
        assertThat(failures("rate_limited")).isEqualTo(before + 1);

        clock.advance(Duration.ofMinutes(11));
        assertThat(post(path, null, List.of(), "").statusCode()).isEqualTo(400);
    }

    @Test
    void aTooLongMessageIsRefusedWithTheFormShownAgain() throws Exception {
        String account = newAccountId();
        String id = open(account, "en");
        String path = linkFromMail(account);

        Response refused = post(path, null, ALL_ITEMS, "x".repeat(4001));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("Please keep your message within 4000 characters.");
        assertThat(eventTypes(id)).containsExactly("OPENED");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    static String open(String account, String locale) {
        return openWith(Fixtures.incidentBody(account, "MASS_MAIL", null)
                .replace("owner@example.jp", email(account))
                .replace("\"locale\": \"ja\"", "\"locale\": \"" + locale + "\""))
                .statusCode(201).extract().path("id");
    }

    static String email(String account) {
        return "report+" + account.toLowerCase() + "@example.jp";
    }

    /** The path of the report link in the account's restriction mail, as caught by the test SMTP server. */
    String linkFromMail(String account) throws Exception {
        return linkFrom(dispatcher, account);
    }

    static String linkFrom(NotificationDispatcher dispatcher, String account) throws Exception {
        dispatcher.dispatch();
        for (MimeMessage mail : MailAndWebhookResource.smtp().getReceivedMessages()) {
            if (mail.getRecipients(Message.RecipientType.TO)[0].toString().equals(email(account))) {
                String text = text(mail);
                Matcher link = Pattern.compile("http://localhost:8080(/report/[A-Za-z0-9_-]+)").matcher(text);
                assertThat(link.find()).as("a report link in the mail").isTrue();
                return link.group(1);
            }
        }
        throw new AssertionError("no mail to " + email(account));
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

    static Response get(String path, String lang) {
        var request = given().redirects().follow(false);
        if (lang != null) {
            request = request.queryParam("lang", lang);
        }
        return request.get(path);
    }

    /** Posts the form as a browser would: with the hidden fields of a freshly fetched page. */
    static Response post(String path, String lang, List<String> items, String message) {
        return post(path, get(path, lang).asString(), lang, items, message);
    }

    static Response post(String path, String form, String lang, List<String> items, String message) {
        var request = given().config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("message", message).formParam("issued", hidden(form, "issued"))
                .formParam("nonce", hidden(form, "nonce"));
        if (!items.isEmpty()) {
            request = request.formParam("item", items.toArray());
        }
        if (lang != null) {
            request = request.queryParam("lang", lang);
        }
        return request.post(path);
    }

    static String hidden(String html, String name) {
        Matcher value = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        return value.find() ? value.group(1) : "";
    }

    double failures(String reason) {
        var counter = registry.find("probation.report.link.failures").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }
}
