package org.probation.console.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.probation.support.ConsoleForms;
import org.probation.support.StoredRows;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.probation.support.ConsoleForms.post;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;
import static org.probation.support.Monitoring.events;
import static org.probation.support.Monitoring.incident;
import static org.probation.support.Tokens.anonymous;

/**
 * Opening an incident from the console's form, posted as a browser posts it: the same rules as the API, a refusal
 * shown on the form with what was typed and nothing written, the new incident's page after success, and no form for
 * a viewer.
 */
@QuarkusTest
@TestSecurity(user = "olivia", roles = "operator")
class NewIncidentFormTest {

    private static final String FORM = "/console/incidents/new";
    private static final String FORM_ID = "new-incident-form";
    private static final Pattern REFUSAL = Pattern
            .compile("<li data-field=\"([a-zA-Z]+)\" data-reason=\"([A-Z_]+)\">([^<]*)</li>");

    @Inject
    EntityManager em;

    @Test
    void anOpenedIncidentLeadsToItsPageAndNamesTheOperator() {
        String account = newAccountId();
        String location = post(FORM, FORM_ID, Map.of("accountId", account, "email", "owner@example.jp", "locale",
                "en", "name", "Taro Yamada", "domains", "例え.jp\nxn--r8jz45g.jp\r\nblog.example", "cause",
                "CMS_BRUTE_FORCE", "policy", "", "summary", "2,000 logins on /wp-login.php in 10 min",
                "evidenceDomains", "blog.example", "figures", "http_login_per_min=200\n cpu_load = 1.5"))
                .statusCode(303).header("Location", matchesPattern(".*/console/incidents/[0-9a-f-]{36}$")).extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        var opened = incident(id);
        assertThat(opened.getString("account.id")).isEqualTo(account);
        assertThat(opened.getString("account.locale")).isEqualTo("en");
        assertThat(opened.getList("account.domains")).containsExactly("例え.jp", "blog.example");
        assertThat(opened.getString("cause")).isEqualTo("CMS_BRUTE_FORCE");
        assertThat(opened.getString("policy")).isEqualTo("default");
        assertThat(opened.getString("state")).isEqualTo("RESTRICTED");
        assertThat(opened.getMap("evidence.figures")).containsEntry("http_login_per_min", 200.0f)
                .containsEntry("cpu_load", 1.5f);
        assertThat(events(id).getString("[0].actor")).isEqualTo("olivia");
    }

    @Test
    void aRefusalShowsTheFormAgainWithTheValuesAndWritesNothing() {
        Map<String, Long> before = StoredRows.count(em);
        String page = post(FORM, FORM_ID, Map.of("accountId", "bad id!", "email", "not-an-address", "locale", "ja",
                "name", "山田 太郎", "domains", "例え.jp\nnot_a_domain", "cause", "", "summary", "見た内容",
                "figures", "mail_sent_per_hour=lots")).statusCode(400).contentType(ContentType.HTML).extract()
                .asString();
        assertThat(page).contains("id=\"refused\"", "何も記録されていません", "data-field=\"accountId\"",
                "data-field=\"email\"", "data-field=\"domains\"", "data-field=\"cause\"", "data-field=\"figures\"",
                "「指標名=値」の形で", "value=\"bad id!\"", "value=\"山田 太郎\"", ">例え.jp\nnot_a_domain</textarea>",
                ">見た内容</textarea>", "aria-invalid=\"true\"");
        assertThat(StoredRows.count(em)).isEqualTo(before);

        String unknownPolicy = post(FORM, FORM_ID, Map.of("accountId", newAccountId(), "email", "owner@example.jp", "locale",
                "ja", "cause", "MALWARE", "policy", "strict-shadow")).statusCode(400).extract().asString();
        assertThat(unknownPolicy).contains("data-field=\"policy\"", "そのような名前のポリシーはありません");
        assertThat(StoredRows.count(em)).isEqualTo(before);
    }

    @Test
    void aRefusalOnTheJapanesePageIsInJapaneseEachFieldOnceInTheFormsOrder() {
        String page = post(FORM, FORM_ID, Map.of("accountId", "bad id!", "email", "", "locale", "ja", "name",
                "山田\t太郎", "domains", "例え.jp\nnot_a_domain", "cause", "NOT_A_CAUSE", "summary", "x".repeat(2001),
                "figures", "Mail=1\nmail_sent_per_hour=lots")).statusCode(400).extract().asString();

        assertThat(refusals(page)).containsExactly(
                "accountId INVALID: アカウント ID：英字か数字で始まり、英数字と . _ - だけの 32 文字以内にしてください。",
                "email REQUIRED: 連絡先メールアドレス：入力してください。",
                "name INVALID: お客様名：改行や制御文字を含まない 1 行にしてください。",
                "domains INVALID: アカウントのドメイン：ドメイン名として正しくない行があります（例え.jp や xn--r8jz45g.jp の形で 1 行に 1 つ）。",
                "cause INVALID: 原因：一覧から選んでください。",
                "summary TOO_LONG: 証拠の概要：2000 文字以内にしてください。",
                "figures INVALID: 証拠の数値：「指標名=値」の形で、指標名は英小文字で始まる英小文字・数字・_、値は 0 以上の数にしてください。");
        // The validator's words are the API's (problem+json), not the page's.
        assertThat(page).doesNotContain("must be", "must not", "must match");
    }

    @Test
    void aRefusalOnTheEnglishPageIsInEnglish() {
        ConsoleForms.Form form = ConsoleForms.read(FORM, FORM_ID);
        Map<String, String> fields = new java.util.HashMap<>(form.hidden());
        fields.putAll(Map.of("accountId", newAccountId(), "email", "not-an-address", "locale", "en", "cause", "",
                "policy", "strict-shadow"));
        String page = anonymous().redirects().follow(false).cookies(form.cookies())
                .cookie(ConsoleShells.LANGUAGE_COOKIE, "en").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(fields).post(form.action()).then().statusCode(400).extract().asString();

        assertThat(refusals(page)).containsExactly(
                "email INVALID: Contact e-mail: Not an e-mail address (such as owner@example.jp).",
                "cause REQUIRED: Cause: Required.",
                "policy UNKNOWN_POLICY: Policy: No policy has that name (a shadow policy cannot open an incident).");
        assertThat(page).contains("<html lang=\"en\"", "Not opened: please check the fields. Nothing was written.");
    }

    @Test
    void anAccountWithAnOpenIncidentIsRefusedWithALinkToIt() {
        String account = newAccountId();
        String open = openIncident(account);
        Map<String, Long> before = StoredRows.count(em);
        String page = post(FORM, FORM_ID, Map.of("accountId", account, "email", "owner@example.jp", "locale",
                "ja", "cause", "MALWARE")).statusCode(409)
                .extract().asString();
        assertThat(page).contains("対応中のインシデントがすでにあります", "href=\"/console/incidents/" + open + "\"");
        assertThat(StoredRows.count(em)).isEqualTo(before);
    }

    @Test
    void theFormSpeaksEnglishWhenChosen() {
        String page = anonymous().cookie(ConsoleShells.LANGUAGE_COOKIE, "en").get(FORM).then().statusCode(200).extract()
                .asString();
        assertThat(page).contains("<html lang=\"en\"", "Open a new incident", "Evidence summary",
                "Leaked FTP credentials", "action=\"/console/incidents\"");
    }

    /** Each refusal of the page as "field reason: text". */
    private static List<String> refusals(String page) {
        List<String> refusals = new ArrayList<>();
        Matcher item = REFUSAL.matcher(page);
        while (item.find()) {
            refusals.add(item.group(1) + " " + item.group(2) + ": " + item.group(3));
        }
        return refusals;
    }

    @Test
    @TestSecurity(user = "vera", roles = "viewer")
    void aViewerGetsNoFormAndIsRefusedAPost() {
        Map<String, Long> before = StoredRows.count(em);
        anonymous().get(FORM).then().statusCode(403);
        // With the real CSRF token and cookie (from the sign-out form in the bar), so the role check is what refuses.
        ConsoleForms.Form signOut = ConsoleForms.read("/console", "sign-out");
        Map<String, String> fields = new java.util.HashMap<>(signOut.hidden());
        fields.putAll(Map.of("accountId", newAccountId(), "cause", "MALWARE"));
        String refusal = anonymous().redirects().follow(false).cookies(signOut.cookies())
                .contentType("application/x-www-form-urlencoded").formParams(fields).post("/console/incidents").then()
                .statusCode(403).extract().asString();
        assertThat(refusal).doesNotContain("This form is no longer valid");
        assertThat(StoredRows.count(em)).isEqualTo(before);
        assertThat(anonymous().get("/console").then().statusCode(200).extract().asString())
                .doesNotContain("/console/incidents/new");
    }
}
