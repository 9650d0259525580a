package org.probation.console.web;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.probation.support.ConsoleForms;
import org.probation.support.MutableClock;
import org.probation.words.WordsConfig;
import org.probation.words.i18n.Language;
import org.probation.words.model.Words;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.EMAIL_REPLY_REPORT;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openWith;
import static org.probation.support.Fixtures.report;
import static org.probation.support.Monitoring.incident;
import static org.probation.support.Tokens.anonymous;

/**
 * The console's incident list over real HTTP: what needs a person comes first, each filter, paging, the figures of a
 * row, the fragment the page refreshes from, the two languages and a bad filter. Each test marks its incidents with a
 * domain of its own and filters on it, so incidents of other tests never get in the way.
 */
@QuarkusTest
@TestSecurity(user = "olivia", roles = "operator")
class ConsoleListTest {

    private static final Pattern LIFTED_COUNT = Pattern
            .compile("<a href=\"([^\"]+)\" data-state=\"LIFTED\"><span class=\"count\" id=\"count-LIFTED\">([0-9]+)</span>");
    private static final Pattern TOTAL = Pattern.compile("<h2 id=\"rows-heading\">([0-9]+) 件中");
    private static final Pattern ROW = Pattern.compile("<tr data-incident=\"([0-9a-f-]{36})\" data-needs=\"([A-Z_]+)\"");

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    @Inject
    WordsConfig words;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void whatNeedsAPersonComesFirstInItsOrder() {
        String tag = tag();
        // Opened in the opposite order of the list's, so the order is not the age.
        String rest = open(tag, "MASS_MAIL", null, tag + ".example");
        String deadline = open(tag, "MASS_MAIL", "rounds", tag + ".example");
        String escalated = open(tag, "MASS_MAIL", null, tag + ".example");
        sql("update incident set state = 'ESCALATED' where id = ?1", escalated);
        String noData = open(tag, "MASS_MAIL", null, tag + ".example");
        report(noData, EMAIL_REPLY_REPORT).statusCode(200);
        event(noData, "NO_DATA");
        String approval = open(tag, "MASS_MAIL", null, tag + ".example");
        report(approval, EMAIL_REPLY_REPORT).statusCode(200);
        event(approval, "APPROVAL_REQUESTED");
        String toReview = open(tag, "MASS_MAIL", null, tag + ".example");
        report(toReview, EMAIL_REPLY_REPORT).statusCode(200);
        sql("update incident set report_to_review_id = (select max(id) from report where incident_id = ?1),"
                + " report_to_review_at = opened_at where id = ?1", toReview);

        String page = list("q=" + tag);

        assertThat(rows(page)).containsExactly(toReview + " REPORT_TO_REVIEW", approval + " AWAITING_APPROVAL",
                noData + " NO_DATA", escalated + " ESCALATED", deadline + " DEADLINE_CLOSE", rest + " REST");
        assertThat(page).contains("報告の確認待ち", "段階緩和の承認待ち", "データなし", "報告期限まで 24 時間以内");
    }

    @Test
    void eachFilterKeepsOnlyWhatItNames() {
        String tag = tag();
        String mail = open(tag, "MASS_MAIL", null, "例え-" + tag + ".jp");
        String malware = open(tag, "MALWARE", "rounds", tag + "-b.example");
        report(mail, EMAIL_REPLY_REPORT).statusCode(200);
        String account = incident(malware).getString("account.id");

        assertThat(ids(list("q=" + tag + "&state=MONITORING"))).containsExactly(mail);
        assertThat(ids(list("q=" + tag + "&state=RESTRICTED"))).containsExactly(malware);
        assertThat(ids(list("q=" + tag + "&cause=MALWARE"))).containsExactly(malware);
        assertThat(ids(list("q=" + tag + "&policy=rounds"))).containsExactly(malware);
        assertThat(ids(list("account=" + account))).containsExactly(malware);
        // A Japanese domain is found by its Unicode and its ASCII (xn--) spelling, and by free text.
        String ascii = java.net.IDN.toASCII("例え-" + tag + ".jp");
        assertThat(ids(list("domain=例え-" + tag + ".jp"))).containsExactly(mail);
        assertThat(ids(list("domain=" + ascii))).containsExactly(mail);
        assertThat(ids(list("domain=" + ascii.toUpperCase(Locale.ROOT)))).containsExactly(mail);
        assertThat(ids(list("q=" + ascii))).containsExactly(mail);
        assertThat(ids(list("q=" + tag.toUpperCase(Locale.ROOT) + "-B"))).containsExactly(malware);
        assertThat(ids(list("q=" + account))).containsExactly(malware);
        // The name, and wildcards that match only themselves.
        assertThat(ids(list("q=山田 " + tag))).hasSize(2);
        assertThat(ids(list("q=" + tag + "%25"))).isEmpty();
        // Lifted incidents leave the open list but are found by their state.
        given().contentType("application/json").body("{ \"action\": \"LIFT\", \"reason\": \"fixed\" }")
                .post("/api/v1/incidents/{id}/actions", malware).then().statusCode(200);
        assertThat(ids(list("q=" + tag))).containsExactly(mail);
        assertThat(ids(list("q=" + tag + "&state=LIFTED"))).containsExactly(malware);
    }

    @Test
    void theListIsPagedByFiftyWithShareableLinks() {
        String tag = tag();
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            opened.add(open(tag, "MASS_MAIL", null, tag + ".example"));
            clock.advance(Duration.ofSeconds(1));
        }
        String first = list("q=" + tag);
        assertThat(ids(first)).containsExactlyElementsOf(opened.subList(0, 50));
        assertThat(first).contains("52 件中 1〜50 件目", "1 / 2 ページ", "href=\"/console?q=" + tag + "&amp;page=2\"")
                .doesNotContain("id=\"previous-page\"");
        String second = list("q=" + tag + "&page=2");
        assertThat(ids(second)).containsExactlyElementsOf(opened.subList(50, 52));
        assertThat(second).contains("52 件中 51〜52 件目", "href=\"/console?q=" + tag + "\"")
                .doesNotContain("id=\"next-page\"");
        assertThat(ids(list("q=" + tag + "&page=3"))).isEmpty();
    }

    @Test
    void aRowShowsStageRelapsesTimeInMonitoringAndTheEarliestLift() {
        String tag = tag();
        String id = open(tag, "CMS_BRUTE_FORCE", null, tag + ".example");
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        clock.advance(Duration.ofHours(26).plusMinutes(5));

        String row = row(list("q=" + tag), id);
        Instant lift = Instant.parse(incident(id).getString("progress.earliestLiftAt"));
        // In the desk's zone (Asia/Tokyo by default), said, as on the incident page.
        String shown = Words.time(lift, words.timeZone(), Language.JA);
        assertThat(shown).endsWith("（JST）");
        assertThat(row).contains("CMS 管理画面への総当たり", "監視中", "2 / 2 <span class=\"muted\">foreign-blocked</span>",
                "<td class=\"num relapses\">0</td>", "1日2時間", "<time datetime=\"" + lift + "\">" + shown + "</time>",
                "href=\"/console/incidents/" + id + "\"");
    }

    @Test
    void aRowWaitingForTheCustomersReportSaysSoAndStillShowsItsSilence() {
        String tag = tag();
        String waiting = open(tag, "MASS_MAIL", null, tag + ".example");
        String silent = open(tag, "MALWARE", null, tag + "-silent.example");
        // A restricted account is sampled too: its silence is mailed to the desk, so the list shows it as well.
        event(silent, "NO_DATA");

        String ja = list("q=" + tag);
        assertThat(row(ja, waiting)).contains("お客様の報告待ち").doesNotContain("データなし");
        assertThat(row(ja, silent)).contains("お客様の報告待ち", "データなし");
        String en = anonymous().cookie(ConsoleShells.LANGUAGE_COOKIE, "en").get("/console?q=" + tag).then()
                .statusCode(200).extract().asString();
        assertThat(row(en, waiting)).contains("Awaiting the report").doesNotContain("No data");
        assertThat(row(en, silent)).contains("Awaiting the report", "No data");
    }

    @Test
    void aLiftedRowSaysLiftedInTheOperatorsLanguage() {
        String tag = tag();
        String id = open(tag, "MASS_MAIL", null, tag + ".example");
        lift(id);

        assertThat(row(list("q=" + tag + "&state=LIFTED"), id)).contains("<td class=\"stage\">解除済み</td>")
                .doesNotContain("lifted");
        String en = anonymous().cookie(ConsoleShells.LANGUAGE_COOKIE, "en").get("/console?q=" + tag + "&state=LIFTED")
                .then().statusCode(200).extract().asString();
        assertThat(row(en, id)).contains("<td class=\"stage\">lifted</td>");
    }

    @Test
    void theCountOfRecentlyLiftedLinksToExactlyThoseIncidents() {
        String tag = tag();
        String longAgo = open(tag, "MASS_MAIL", null, tag + ".example");
        lift(longAgo);
        clock.advance(ListPages.LIFTED_RECENTLY.plusDays(1));
        String recent = open(tag, "MALWARE", null, tag + ".example");
        lift(recent);

        Matcher count = LIFTED_COUNT.matcher(list(""));
        assertThat(count.find()).isTrue();
        String href = count.group(1).replace("&amp;", "&");
        long counted = Long.parseLong(count.group(2));
        String listed = anonymous().get(href).then().statusCode(200).extract().asString();
        Matcher total = TOTAL.matcher(listed);
        assertThat(total.find()).isTrue();
        assertThat(Long.parseLong(total.group(1))).isEqualTo(counted);
        // The set itself: this test's recent one, not the one lifted before the 7 days; the form keeps the period.
        assertThat(ids(list(href.substring(href.indexOf('?') + 1) + "&q=" + tag))).containsExactly(recent);
        assertThat(listed).contains("<option value=\"7d\" selected>", "<option value=\"LIFTED\" selected>");
        // Without a state, a period lists the closed incidents; both are found over a longer one.
        assertThat(ids(list("closed-within=7d&q=" + tag))).containsExactly(recent);
        assertThat(ids(list("closed-within=30d&q=" + tag))).containsExactly(longAgo, recent);
    }

    @Test
    void theFragmentHoldsTheCountsAndTheTableAlone() {
        String tag = tag();
        String id = open(tag, "MASS_MAIL", null, tag + ".example");
        String fragment = anonymous().get("/console/fragments/list?q=" + tag).then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
        assertThat(fragment).doesNotContain("<html", "<form").contains("id=\"state-counts\"", "id=\"count-RESTRICTED\"",
                "data-incident=\"" + id + "\"");
        String page = list("q=" + tag);
        assertThat(page).contains("data-live-src=\"/console/fragments/list?q=" + tag + "\"", "data-live-every=\"5\"",
                "<script src=\"/assets/live.js\" defer></script>");
        anonymous().get("/assets/live.js").then().statusCode(200);
    }

    @Test
    void theUnfilteredListTakesItsTotalFromTheCounts() {
        String tag = tag();
        open(tag, "MASS_MAIL", null, tag + ".example");
        Statistics statistics = sessionFactory.getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        String fragment;
        long statements;
        try {
            statistics.clear();
            fragment = anonymous().get("/console/fragments/list").then().statusCode(200).extract().asString();
            statements = statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }

        Matcher open = Pattern.compile("id=\"count-open\">(\\d+)<").matcher(fragment);
        assertThat(open.find()).isTrue();
        assertThat(fragment).contains(open.group(1) + " 件中 1〜");
        // The counts, one page of ids in the list's order, and those incidents with their accounts: no count of its own.
        assertThat(statements).isEqualTo(3);
    }

    @Test
    void theListAnswersAtItsOwnAddressWithoutARedirect() {
        // A static folder named like the page made /console a 301 to /console/, which a bookmark or a probe reads as
        // an empty answer.
        anonymous().redirects().follow(false).get("/console").then().statusCode(200).contentType(ContentType.HTML);
    }

    @Test
    void theWordsFollowTheChosenLanguage() {
        String tag = tag();
        open(tag, "MASS_MAIL", "rounds", tag + ".example");
        String en = anonymous().cookie(ConsoleShells.LANGUAGE_COOKIE, "en").get("/console?q=" + tag).then().statusCode(200)
                .extract().asString();
        assertThat(en).contains("<html lang=\"en\"", "Incidents", "Report deadline within 24 h", "Mass mailing",
                "1–1 of 1", "Open a new incident");
        String ja = anonymous().cookie(ConsoleShells.LANGUAGE_COOKIE, "ja").get("/console?q=" + tag).then().statusCode(200)
                .extract().asString();
        assertThat(ja).contains("<html lang=\"ja\"", "インシデント一覧", "報告期限まで 24 時間以内", "大量メール送信",
                "新しいインシデントを登録");
    }

    @Test
    void aBadFilterAnswersTheListWithWhatIsWrong() {
        String page = anonymous().get("/console?state=OPEN&domain=not_a_domain&page=x&cause=X&policy=nope&account=@")
                .then().statusCode(400).contentType(ContentType.HTML).extract().asString();
        assertThat(page).contains("id=\"bad-filter\"", "状態の指定が正しくありません", "ドメイン名として正しくありません",
                "ページ番号が正しくありません", "原因の指定が正しくありません", "そのような名前のポリシーはありません",
                "アカウント ID は英数字").contains("id=\"filters\"");
        anonymous().get("/console/fragments/list?state=OPEN").then().statusCode(400);
        assertThat(anonymous().get("/console?closed-within=week").then().statusCode(400).extract().asString())
                .contains("解除した時期は 7d のように日数で指定してください");
        assertThat(anonymous().get("/console?state=MONITORING&closed-within=7d").then().statusCode(400).extract()
                .asString()).contains("状態が「解除済み」か指定なしのときだけ");
    }

    @Test
    @TestSecurity(user = "vera", roles = "viewer")
    void aViewerSeesTheListWithoutTheNewIncidentLink() {
        String page = list("");
        assertThat(page).contains("閲覧のみ").doesNotContain("id=\"new-incident\"");
    }

    private String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private String open(String tag, String cause, String policy, String domain) {
        String body = """
                { "account": { "id": "%s", "email": "owner@example.jp", "locale": "ja", "name": "山田 %s",
                               "domains": ["%s"] },
                  "cause": "%s",%s
                  "evidence": { "summary": "seen" } }
                """.formatted(newAccountId(), tag, domain, cause, policy == null ? "" : " \"policy\": \"" + policy + "\",");
        String id = openWith(body).statusCode(201).extract().path("id");
        clock.advance(Duration.ofSeconds(1));
        return id;
    }

    private static void lift(String incident) {
        given().contentType("application/json").body("{ \"action\": \"LIFT\", \"reason\": \"fixed\" }")
                .post("/api/v1/incidents/{id}/actions", incident).then().statusCode(200);
    }

    private void sql(String statement, String incident) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement)
                .setParameter(1, UUID.fromString(incident)).executeUpdate());
    }

    private void event(String incident, String type) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into incident_event"
                + " (incident_id, event_type, occurred_at, actor, reason) values (?1, ?2, ?3, 'system', 'test')")
                .setParameter(1, UUID.fromString(incident)).setParameter(2, type)
                .setParameter(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).executeUpdate());
    }

    @Test
    void theFormTokenIsTheSignedInOperatorsOwnOnEveryPageAndNeedsNoCookie() {
        io.restassured.response.Response first = anonymous().get("/console").then().statusCode(200).extract().response();
        io.restassured.response.Response again = anonymous().get("/console").then().statusCode(200).extract()
                .response();

        // Bound to the session (security/ConsoleFormTokens), so nothing a sibling site could plant is involved.
        assertThat(first.getHeaders().getValues("Set-Cookie")).noneMatch(c -> c.startsWith("probation-console-csrf="));
        String token = ConsoleForms.in(first.asString(), "sign-out", "/console").hidden().get("csrf-token");
        assertThat(token).hasSize(43);
        assertThat(again.asString()).contains("value=\"" + token + "\"");
    }

    private static String list(String query) {
        return anonymous().get("/console" + (query.isEmpty() ? "" : "?" + query)).then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
    }

    private static List<String> rows(String page) {
        List<String> rows = new ArrayList<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            rows.add(row.group(1) + " " + row.group(2));
        }
        return rows;
    }

    private static List<String> ids(String page) {
        return rows(page).stream().map(row -> row.substring(0, 36)).toList();
    }

    private static String row(String page, String id) {
        int start = page.indexOf("<tr data-incident=\"" + id + "\"");
        assertThat(start).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
