package org.probation.console.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.notification.NotificationDispatcher;
import org.probation.support.MailAndWebhookResource;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.EMAIL_REPLY_REPORT;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;
import static org.probation.support.Fixtures.report;
import static org.probation.support.Monitoring.pushSeries;

/**
 * The console's incident page over real HTTP, signed in as an operator: an incident monitored under the default policy
 * (a sample every 5 minutes) with real ticks, a relapse and an hour without data, its mails sent to the test SMTP
 * server, and a shadow policy judging beside it.
 */
@QuarkusTest
@TestSecurity(user = "olivia", roles = "operator")
class IncidentPageTest {

    static final Map<String, Double> CLEAN = Map.of("mail_sent_per_hour", 12.0, "mail_foreign_ratio", 0.05,
            "cpu_load", 0.3);
    static final Duration HOUR = Duration.ofHours(1);

    @Inject
    MutableClock clock;

    @Inject
    EvaluationTick tick;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void thePageShowsTheIncidentItsLadderReportsMailsTimelineAndShadowVerdicts() {
        String account = newAccountId();
        String id = openIncident(account);
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        runHourly(account, 2);
        dispatcher.dispatch();

        Response page = IncidentPageForms.page(id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "style-src 'self'");
        String html = page.asString();
        assertThat(html).contains("<html lang=\"ja\">", "アカウント " + account + " の案件", "山田 太郎",
                // The contact as the timeline masks addresses; the domains and the evidence.
                "o***@example.jp", "<dd id=\"locale\">日本語</dd>", "<li>blog-a.example</li>", "<li>blog-b.example</li>",
                "大量メール送信",
                "12,400 mails via sendmail to foreign recipients in 1 h", "<code>default</code>");
        assertThat(html).doesNotContain("owner@example.jp");
        assertThat(html).contains("<script src=\"/assets/live.js\" defer></script>")
                .doesNotContain("<script>").doesNotContain("style=\"");

        // The ladder: both stages with their controls in words, the top one marked current.
        String ladder = between(html, "<ol class=\"ladder\" id=\"ladder\">", "</ol>\n</div>");
        assertThat(ladder).contains("data-level=\"2\" aria-current=\"step\"", "<code>foreign-blocked</code>",
                "<code>admin-paths-blocked</code>", "海外からのアクセスとメール送信を制限");
        assertThat(ladder.split("<li class=\"rung")).hasSize(3);
        assertThat(between(html, "<dd id=\"stage\">", "</dd>")).isEqualTo("2 / 2");
        assertThat(between(html, "<span id=\"state\" data-state=\"MONITORING\">", "</span>")).isEqualTo("監視中");
        assertThat(html).contains("id=\"next-step-at\"", "id=\"earliest-lift-at\"", "JST, UTC+09:00");

        // The customer's report with its checklist in the page's language, waiting for review.
        assertThat(html).contains("メール返信", "全プラグインを更新しました",
                "提供元が公開している脆弱性情報を確認しました");

        // The mails: the restriction notice and the report's acknowledgement, to the masked address, sent.
        String mails = between(html, "<table id=\"mails\">", "</table>");
        assertThat(mails).contains("data-kind=\"RESTRICTION_NOTICE\" data-status=\"SENT\"",
                "data-kind=\"REPORT_RECEIVED\"", "制限のお知らせ", "o***@example.jp", "送信済み");
        assertThat(MailAndWebhookResource.smtp().getReceivedMessages()).isNotEmpty();

        // The timeline, with who did what.
        String timeline = between(html, "<table id=\"events\">", "</table>");
        assertThat(timeline).contains("data-type=\"OPENED\"", "data-type=\"MONITORING_STARTED\"", "制限開始", "監視開始");

        // The shadow policy's verdict beside the real one.
        String verdicts = between(html, "<table id=\"verdicts\">", "</table>");
        assertThat(verdicts).contains("data-policy=\"default\"", "data-policy=\"strict-shadow\"", "シャドー");
    }

    @Test
    void oneChartPerGateWithTheSpikeTheGapAsABreakTheBoundsAndTheRelapse() {
        String account = newAccountId();
        String id = openIncident(account);
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        runHourly(account, 2);

        // 45 minutes without any sample, then an hour with one spike: a relapse.
        clock.advance(Duration.ofMinutes(45));
        tick.run();
        Instant start = clock.instant();
        clock.advance(HOUR);
        pushSeries(account, start, clock.instant(), CLEAN);
        push(account, "mail_sent_per_hour", start.plus(Duration.ofMinutes(32)), 900);
        tick.run();
        // Clean again since: a new clean window runs.
        runHourly(account, 1);

        String html = IncidentPageForms.page(id).then().statusCode(200).extract().asString();

        assertThat(svgs(html)).hasSize(3);
        String mail = svg(html, "mail_sent_per_hour");
        assertThat(attribute(mail, "data-segments")).isEqualTo("2");
        assertThat(attribute(mail, "data-gaps")).isEqualTo("1");
        assertThat(attribute(mail, "data-max-value")).isEqualTo("900.0");
        assertThat(paths(mail, "series")).hasSize(2);
        assertThat(paths(mail, "bound clean")).hasSize(1);
        assertThat(paths(mail, "bound relapse")).hasSize(1);
        assertThat(mail).contains("class=\"marker marker-RELAPSED\"", "<title>再発 ", "class=\"clean-window\"");
        assertThat(html).contains("id=\"chart-mail_sent_per_hour-summary\"", "最大 900 通", "計測値の途切れ：1 か所",
                "段階 2（foreign-blocked）：基準 100 通 以下");
        assertThat(between(html, "<dd id=\"relapses\">", "</dd>")).isEqualTo("1");
    }

    @Test
    void aSpikeAmongTenThousandSamplesIsStillInTheChart() {
        String account = newAccountId();
        String id = openIncident(account);
        Instant from = clock.instant();
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            items.add("{ \"account\": \"%s\", \"metric\": \"cpu_load\", \"at\": \"%s\", \"value\": %s }"
                    .formatted(account, from.plus(Duration.ofMinutes(5L * i)), i == 6_543 ? "9.5" : "0.3"));
        }
        clock.advance(Duration.ofMinutes(5L * 10_000));
        for (int batch = 0; batch < items.size(); batch += 5_000) {
            given().contentType(ContentType.JSON)
                    .body("{ \"samples\": [" + String.join(",", items.subList(batch, batch + 5_000)) + "] }")
                    .post("/api/v1/samples").then().statusCode(200);
        }

        String cpu = svg(IncidentPageForms.page(id).then().statusCode(200).extract().asString(), "cpu_load");

        assertThat(attribute(cpu, "data-samples")).isEqualTo("10000");
        assertThat(Integer.parseInt(attribute(cpu, "data-points"))).isLessThanOrEqualTo(1_000);
        assertThat(attribute(cpu, "data-max-value")).isEqualTo("9.5");
        // The spike's y: where 9.5 sits on the drawn scale (plot from y 12 to 224).
        double yMax = Double.parseDouble(attribute(cpu, "data-y-max"));
        double y = 224 - 212 * (9.5 / yMax);
        assertThat(paths(cpu, "series")).singleElement()
                .satisfies(d -> assertThat(d).contains(" " + (Math.round(y * 10) / 10.0)));
    }

    @Test
    void theEnglishPageIsTheOperatorsChoice() {
        String id = openIncident(newAccountId());

        String html = IncidentPageForms.console().cookie(ConsoleShells.LANGUAGE_COOKIE, "en").get("/console/incidents/{id}", id)
                .then()
                .statusCode(200).header("Content-Language", "en").extract().asString();

        assertThat(html).contains("<html lang=\"en\">", "Timeline", "Stages of the restriction", "Mass mailing",
                "<dd id=\"locale\">Japanese</dd>",
                "Restricted (awaiting report)", "Write a note", "JST, UTC+09:00");
        assertThat(html).doesNotContain("経過</h2>");
    }

    @Test
    void anOperatorAlertIsNamedInThePagesWords() {
        String id = reportedAndSilentPastNoDataAfter();

        String ja = between(IncidentPageForms.page(id).asString(), "<table id=\"mails\">", "</table>");
        assertThat(ja).contains("data-kind=\"ALERT_NO_DATA\"", "<td>担当者への通知（データなし）</td>")
                .doesNotContain(">担当者への通知（ALERT_NO_DATA）<");
        String en = between(IncidentPageForms.console().cookie(ConsoleShells.LANGUAGE_COOKIE, "en")
                .get("/console/incidents/{id}", id).then().statusCode(200).extract().asString(), "<table id=\"mails\">",
                "</table>");
        assertThat(en).contains("<td>Operator alert (no data)</td>");
    }

    @Test
    void aGateThatNeverSentASampleHasADashForItsLastTimeNotNull() {
        String id = reportedAndSilentPastNoDataAfter();

        String timeline = between(IncidentPageForms.page(id).asString(), "id=\"timeline\"", "</section>");
        assertThat(timeline).contains("cpu_load.lastAt = —").doesNotContain("lastAt = null");
    }

    /** An incident monitored since its report and silent past no-data-after: the tick has alerted the operators. */
    private String reportedAndSilentPastNoDataAfter() {
        String id = openIncident(newAccountId());
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        clock.advance(Duration.ofHours(2));
        tick.run();
        return id;
    }

    @Test
    void anUnknownIncidentIsAPlainNotFoundPage() {
        IncidentPageForms.console().get("/console/incidents/{id}", "00000000-0000-4000-8000-000000000000").then()
                .statusCode(404)
                .contentType(ContentType.HTML);
    }

    @Test
    void theLiveRegionsAreServedAlone() {
        String id = openIncident(newAccountId());
        String page = IncidentPageForms.page(id).asString();
        assertThat(page).contains("data-live-src=\"/console/incidents/" + id + "/fragments/status\" data-live-every=\"5\"",
                "data-live-src=\"/console/incidents/" + id + "/fragments/charts\"",
                "data-live-src=\"/console/incidents/" + id + "/fragments/timeline\"");
        assertThat(between(page, "<section id=\"actions\"", "</section>")).doesNotContain("data-live-src");

        for (String region : List.of("status", "charts", "timeline")) {
            String fragment = IncidentPageForms.console().get("/console/incidents/{id}/fragments/" + region, id).then()
                    .statusCode(200)
                    .contentType(ContentType.HTML).extract().asString();
            assertThat(fragment).doesNotContain("<html", "<form");
        }
    }

    @Test
    void eachLiveRegionReadsOnlyWhatItShows() {
        String account = newAccountId();
        String id = openIncident(account);
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        runHourly(account, 2);
        dispatcher.dispatch();

        Statistics statistics = sessionFactory.getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        Map<String, Long> statements = new LinkedHashMap<>();
        Map<String, List<String>> queries = new LinkedHashMap<>();
        try {
            for (String path : List.of("", "/fragments/status", "/fragments/charts", "/fragments/timeline")) {
                statistics.clear();
                IncidentPageForms.console().get("/console/incidents/{id}" + path, id).then().statusCode(200);
                statements.put(path, statistics.getPrepareStatementCount());
                queries.put(path, List.of(statistics.getQueries()));
            }
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }

        // The page: the incident, its timeline (read once), the shadow runs and their entries, the reports, the
        // samples and the outbox; one statement each.
        assertThat(statements).containsEntry("", 7L);
        // The status: the incident, its newest entry, the shadow runs and their entries; no sample.
        assertThat(statements).containsEntry("/fragments/status", 4L);
        assertThat(queries.get("/fragments/status")).noneMatch(IncidentPageTest::readsSamples);
        // The charts: the incident, its timeline for the markers, the samples.
        assertThat(statements).containsEntry("/fragments/charts", 3L);
        assertThat(queries.get("/fragments/charts")).anyMatch(IncidentPageTest::readsSamples);
        // The timeline: the incident, its timeline, the outbox; no sample.
        assertThat(statements).containsEntry("/fragments/timeline", 3L);
        assertThat(queries.get("/fragments/timeline")).noneMatch(IncidentPageTest::readsSamples);
    }

    /** A query of samples, as Hibernate names it (the entity) or as SQL does (the table). */
    private static boolean readsSamples(String query) {
        return query.contains("SampleEntity") || query.contains("FROM sample");
    }

    static void push(String account, String metric, Instant at, double value) {
        given().contentType(ContentType.JSON).body("""
                { "samples": [ { "account": "%s", "metric": "%s", "at": "%s", "value": %s } ] }"""
                .formatted(account, metric, at, value)).post("/api/v1/samples").then().statusCode(200);
    }

    void runHourly(String account, int hours) {
        for (int hour = 0; hour < hours; hour++) {
            Instant start = clock.instant();
            clock.advance(HOUR);
            pushSeries(account, start, clock.instant(), CLEAN);
            tick.run();
        }
    }

    static List<String> svgs(String html) {
        List<String> found = new ArrayList<>();
        Matcher svg = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL).matcher(html);
        while (svg.find()) {
            found.add(svg.group());
        }
        return found;
    }

    static String svg(String html, String metric) {
        return svgs(html).stream().filter(s -> s.contains("data-metric=\"" + metric + "\"")).findFirst()
                .orElseThrow(() -> new AssertionError("no chart of " + metric));
    }

    static String attribute(String element, String name) {
        Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(element);
        if (!value.find()) {
            throw new AssertionError("no " + name + " in " + element.substring(0, Math.min(300, element.length())));
        }
        return value.group(1);
    }

    static List<String> paths(String svg, String cssClass) {
        List<String> found = new ArrayList<>();
        Matcher path = Pattern.compile("<path class=\"" + cssClass + "\" d=\"([^\"]*)\"").matcher(svg);
        while (path.find()) {
            found.add(path.group(1));
        }
        return found;
    }

    static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("'%s' in the page", start).isNotNegative();
        int to = html.indexOf(end, from + start.length());
        assertThat(to).as("'%s' after '%s'", end, start).isNotNegative();
        return html.substring(from + start.length(), to);
    }
}
