package org.probation.console.web;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.incident.IncidentService;
import org.probation.incident.persistence.EventEntity;
import org.probation.support.BrowserScripts;
import org.probation.support.Fixtures;
import org.probation.support.Keycloak;
import org.probation.support.KeycloakProfile;
import org.probation.support.MutableClock;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.EMAIL_REPLY_REPORT;
import static org.probation.support.Fixtures.report;
import static org.probation.support.Monitoring.eventTypes;
import static org.probation.support.Monitoring.pushSeries;

/**
 * The operator's journey in a real browser, signed in through a real Keycloak: headless Chromium (Debian's
 * {@code chromium}) driven by {@code src/test/browser/console-journey.mjs} signs in on Keycloak's login page, filters
 * the list, opens an incident whose customer has reported and whose last stage waits for an operator's approval (the
 * {@code repeat} policy's {@code approval: operator}, reached by real samples and ticks on the test clock), reads its
 * charts, approves with a reason, which lifts the incident, switches language, and checks that a viewer gets no form.
 * Screenshots go to {@code target/screenshots/console-*.png}.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class ConsoleBrowserTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Map<String, Double> CLEAN = Map.of("mail_sent_per_hour", 14.0, "mail_foreign_ratio", 0.04,
            "cpu_load", 0.35);
    static final String REASON = "72 時間クリーン、お客様の対策も確認済み。承認します。";

    @Inject
    MutableClock clock;

    @Inject
    EvaluationTick tick;

    @Inject
    IncidentService incidents;

    @TestHTTPResource("/")
    URL base;

    @Test
    void anOperatorTakesAnIncidentFromReportToLiftInTheConsoleAndAViewerOnlyLooks() throws Exception {
        String tag = "j" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String domain = tag + "-shop.example";
        // A few neighbours, so the list has rows to filter out (one with a Unicode domain).
        open(Fixtures.newAccountId(), "佐藤 花子", List.of("例え-" + tag + ".jp"), "CMS_BRUTE_FORCE", null);
        open(Fixtures.newAccountId(), "Tanaka Ichiro", List.of(tag + "-blog.example"), "MASS_MAIL", null);
        String account = Fixtures.newAccountId();
        String id = open(account, "山田 太郎", List.of(domain, "www." + domain), "MASS_MAIL", "repeat");

        // The customer reports; then clean samples every 5 minutes, the tick every 6 hours: the engine steps down
        // from the top stage by itself, and the last stage (approval: operator) asks for an operator.
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        for (int round = 0; round < 40 && !eventTypes(id).contains("APPROVAL_REQUESTED"); round++) {
            Instant from = clock.instant();
            clock.advance(Duration.ofHours(6));
            pushSeries(account, from, clock.instant(), CLEAN);
            tick.run();
        }
        assertThat(eventTypes(id)).containsExactly("OPENED", "MONITORING_STARTED", "STEPPED_DOWN",
                "APPROVAL_REQUESTED");

        JsonPath seen = new JsonPath(journey(id, domain));

        // Keycloak's own login page, then back in the console as the signed-in user.
        assertThat(seen.getString("operator.loginPage")).isEqualTo(java.net.URI.create(Keycloak.issuer()).getAuthority());
        assertThat(seen.getString("operator.landed")).isEqualTo("/console");
        assertThat(seen.getString("operator.signedIn")).contains(Keycloak.OPERATOR);
        assertThat(seen.getString("listLang")).isEqualTo("ja");
        assertThat(seen.getInt("listRows")).isGreaterThanOrEqualTo(3);
        // The filter leaves the one incident, first for a person: its stage awaiting approval.
        assertThat(seen.getList("filtered.ids", String.class)).containsExactly(id);
        assertThat(seen.getList("filtered.needs", String.class)).containsExactly("AWAITING_APPROVAL");
        assertThat(seen.getString("before.state")).isEqualTo("MONITORING");
        assertThat(seen.getString("before.stage")).isEqualTo("1 / 2");
        assertThat(seen.getInt("before.approveOffered")).isEqualTo(1);
        // One chart per gate of the policy, each with its samples drawn as a line.
        assertThat(seen.getList("charts.metric", String.class)).containsExactlyInAnyOrder("mail_sent_per_hour",
                "mail_foreign_ratio", "cpu_load");
        for (int i = 0; i < 3; i++) {
            assertThat(seen.getInt("charts[" + i + "].samples")).isGreaterThan(1_000);
            assertThat(seen.getInt("charts[" + i + "].points")).isBetween(2, 1_000);
            assertThat(seen.getInt("charts[" + i + "].series")).isGreaterThanOrEqualTo(1);
            assertThat(seen.getDouble("charts[" + i + "].seriesLength")).isPositive();
            assertThat(seen.getDouble("charts[" + i + "].width")).isPositive();
        }
        // Approved with a reason: lifted, the entry under the operator's name; a closed incident takes only notes.
        assertThat(seen.getInt("after.refusal")).isZero();
        assertThat(seen.getString("after.state")).isEqualTo("LIFTED");
        assertThat(seen.getString("after.liftedActor")).isEqualTo(Keycloak.OPERATOR);
        assertThat(seen.getString("after.liftedText")).contains(Keycloak.OPERATOR, REASON);
        assertThat(seen.getList("after.actionsOffered", String.class)).containsExactly("action-NOTE");
        // English chosen on the incident page, still English on the list, and back.
        assertThat(seen.getString("switched.lang")).isEqualTo("en");
        assertThat(seen.getList("switched.h2", String.class)).contains("Timeline");
        assertThat(seen.getString("remembered.lang")).isEqualTo("en");
        assertThat(seen.getString("back")).isEqualTo("ja");
        // The viewer signs in and sees the page without a single action form.
        assertThat(seen.getString("viewer.signedIn")).contains(Keycloak.VIEWER);
        assertThat(seen.getString("viewer.landed")).isEqualTo("/console/incidents/" + id);
        assertThat(seen.getInt("viewer.forms")).isZero();
        assertThat(seen.getInt("viewer.viewerOnly")).isEqualTo(1);
        // Signed out with the form: Keycloak's login page, at once and on the next visit.
        assertThat(seen.getString("signedOut.host")).isEqualTo(java.net.URI.create(Keycloak.issuer()).getAuthority());
        assertThat(seen.getInt("signedOut.again")).isEqualTo(1);
        assertThat(seen.getList("blocked")).isEmpty();

        // The timeline in the database: report to lift, the last step the operator's, with the reason typed.
        List<EventEntity> timeline = incidents.timeline(UUID.fromString(id));
        assertThat(timeline).extracting(e -> e.type.name()).containsExactly("OPENED", "MONITORING_STARTED",
                "STEPPED_DOWN", "APPROVAL_REQUESTED", "LIFTED");
        EventEntity lifted = timeline.get(timeline.size() - 1);
        assertThat(lifted.actor).isEqualTo(Keycloak.OPERATOR);
        assertThat(lifted.reason).isEqualTo(REASON);
        assertThat(incidents.get(UUID.fromString(id)).lifecycle.state.name()).isEqualTo("LIFTED");
        for (String shot : List.of("list-ja", "incident-ja", "charts-ja", "incident-en", "list-en",
                "incident-viewer-ja")) {
            assertThat(SCREENSHOTS.resolve("console-" + shot + ".png")).isNotEmptyFile();
        }
    }

    private static String open(String account, String name, List<String> domains, String cause, String policy) {
        String body = """
                { "account": { "id": "%s", "email": "owner@example.jp", "locale": "ja", "name": "%s",
                               "domains": [%s] },
                  "cause": "%s",%s
                  "evidence": { "summary": "12,400 mails via sendmail to foreign recipients in 1 h",
                                "domains": ["%s"], "figures": { "mail_sent_per_hour": 12400 } } }
                """.formatted(account, name, String.join(",", domains.stream().map(d -> "\"" + d + "\"").toList()),
                cause, policy == null ? "" : " \"policy\": \"" + policy + "\",", domains.get(0));
        return Fixtures.openWith(body).statusCode(201).extract().path("id");
    }

    /** Runs the journey script against this app and returns the one JSON line it printed. */
    private String journey(String id, String domain) throws IOException, InterruptedException {
        Files.createDirectories(SCREENSHOTS);
        String output = BrowserScripts.run(
                List.of("node", "console-journey.mjs", base.toString().replaceAll("/+$", ""), id, domain,
                        SCREENSHOTS.toAbsolutePath().toString()),
                Map.of("OPERATOR", Keycloak.OPERATOR, "OPERATOR_PASSWORD", Keycloak.OPERATOR_PASSWORD, "VIEWER",
                        Keycloak.VIEWER, "VIEWER_PASSWORD", Keycloak.VIEWER_PASSWORD, "REASON", REASON));
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }
}
