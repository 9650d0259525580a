package org.probation.console.web;

import java.util.Map;

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
        assertThat(unknownPolicy).contains("data-field=\"policy\"", "no policy named &#39;strict-shadow&#39;");
        assertThat(StoredRows.count(em)).isEqualTo(before);
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
