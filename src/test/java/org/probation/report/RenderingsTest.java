package org.probation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
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

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.notification.NotificationDispatcher;
import org.probation.notification.Notifier;
import org.probation.notification.model.AlertKind;
import org.probation.notification.model.NotificationKind;
import org.probation.notification.persistence.NotificationEntity;
import org.probation.report.model.ReportToken;
import org.probation.support.Fixtures;
import org.probation.support.MutableClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.act;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openWith;
import static org.probation.support.Monitoring.pushSeries;

/**
 * Every mail (subject, text, HTML) and every report page, in Japanese and English, rendered through the real
 * application and compared with the files under {@code src/test/resources/renderings/}: a change of wording shows up
 * here as a diff of whole texts. Ids, tokens and nonces are replaced by placeholders. {@code RENDERINGS_WRITE=DIR} in the
 * environment
 * writes the renderings to DIR instead of comparing them (to review a deliberate change, then copy them over).
 */
@QuarkusTest
class RenderingsTest {

    static final List<String> ALL_ITEMS = List.of("recaptcha", "vulnerabilities", "updates", "tampering");
    static final Map<String, Double> CLEAN = Map.of("mail_sent_per_hour", 12.0, "mail_foreign_ratio", 0.05,
            "cpu_load", 0.3);
    static final Map<String, Double> DIRTY = Map.of("mail_sent_per_hour", 300.0, "mail_foreign_ratio", 0.05,
            "cpu_load", 0.3);
    static final Map<String, Double> RELAPSE = Map.of("mail_sent_per_hour", 812.0, "mail_foreign_ratio", 0.05,
            "cpu_load", 0.3);

    @Inject
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    ReportLinkSigner signer;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    MutableClock clock;

    @Inject
    EvaluationTick tick;

    private final Map<String, String> renderings = new LinkedHashMap<>();

    @Test
    void everyMailAndPageReadsAsBefore() throws Exception {
        Instant was = clock.instant();
        clock.set(Instant.parse("2027-03-01T01:00:00Z"));
        try {
            for (String lang : List.of("ja", "en")) {
                lifecycle(lang);
                cancelled(lang);
                reminded(lang);
                withoutAName(lang);
            }
            alerts();
            relapsedAtTheTopStage("ja");
            relapsedAtTheTopStage("en");
            renderings.put("page/error-404.html", normalize(given().get("/report/not-a-token").asString()));
            // An expired link: its signature is good, so the page can tell how to get a new one.
            renderings.put("page/error-410-expired.html",
                    normalize(given().get("/report/" + new ReportToken(
                            List.of("test-only-report-link-secret-current-key")).sign(UUID.randomUUID(), clock.instant()))
                            .asString()));
        } finally {
            dispatcher.dispatch(); // the outbox left as other tests expect it: nothing of ours pending
            clock.set(was); // later tests (sample retention, ticks) keep the time they would have had
        }
        String write = System.getenv("RENDERINGS_WRITE");
        Path golden = Path.of("src/test/resources/renderings");
        for (var rendering : renderings.entrySet()) {
            if (write != null) {
                Path file = Path.of(write).resolve(rendering.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, rendering.getValue(), StandardCharsets.UTF_8);
            } else {
                assertThat(rendering.getValue()).as(rendering.getKey())
                        .isEqualTo(Files.readString(golden.resolve(rendering.getKey()), StandardCharsets.UTF_8));
            }
        }
        assertThat(renderings).hasSize(write != null ? renderings.size() : (int) count(golden));
    }

    private void lifecycle(String lang) {
        String account = newAccountId();
        String id = open(account, lang, "山田 太郎");
        String path = "/report/" + signer.tokenFor(UUID.fromString(id));
        String other = "ja".equals(lang) ? "en" : "ja";
        page(lang + "/form", get(path, null), account, id);
        page(lang + "/form-" + other, get(path, other), account, id);
        page(lang + "/form-errors", post(path, "bad-nonce", List.of("recaptcha"), "絵文字\u0007"), account, id);
        page(lang + "/form-too-long", post(path, null, ALL_ITEMS, "x".repeat(4001)), account, id);
        assertThat(post(path, null, ALL_ITEMS, "全プラグインを更新しました").statusCode()).isEqualTo(303);
        if ("ja".equals(lang)) {
            reportAlert(id, account); // the operators' alert is in English whatever the customer's language
        }
        page(lang + "/status-reported", get(path, null), account, id);
        Instant reported = clock.instant();
        clock.advance(Duration.ofHours(6));
        pushSeries(account, reported, clock.instant(), CLEAN);
        tick.run();
        page(lang + "/status-clean", get(path, null), account, id);
        Instant before = clock.instant();
        clock.advance(Duration.ofMinutes(5));
        pushSeries(account, before, clock.instant(), DIRTY);
        tick.run();
        page(lang + "/status-dirty", get(path, null), account, id);
        page(lang + "/status-dirty-" + other, get(path, other), account, id);
        act(id, "{ \"action\": \"STEP_DOWN\", \"reason\": \"metrics clean\" }").statusCode(200);
        page(lang + "/status-stage1", get(path, null), account, id);
        act(id, "{ \"action\": \"RESTRICT\", \"reason\": \"spam seen again by the MTA\" }").statusCode(200);
        // The re-restriction asks for a report again: the link shows the form, then the status once it is sent.
        page(lang + "/form-restricted-again", get(path, null), account, id);
        assertThat(post(path, null, ALL_ITEMS, "もう一度確認しました").statusCode()).isEqualTo(303);
        page(lang + "/status-restricted", get(path, null), account, id);
        act(id, "{ \"action\": \"LIFT\", \"reason\": \"fixed\" }").statusCode(200);
        page(lang + "/lifted-410", get(path, null), account, id);
        mails(lang + "/mail", id, account);
    }

    private void cancelled(String lang) {
        String account = newAccountId();
        String id = open(account, lang, "O'Brien & <Co> \"Ltd\"");
        act(id, "{ \"action\": \"CANCEL\", \"reason\": \"newsletter\" }").statusCode(200);
        mails(lang + "/cancelled", id, account);
    }

    /**
     * An account without a name (「お客様」, "Dear customer,"), abused by another cause: every customer mail kind it can
     * receive, and its pages.
     */
    private void withoutAName(String lang) {
        String account = newAccountId();
        String id = openWith(body(account, lang, null, "CMS_BRUTE_FORCE")).statusCode(201).extract().path("id");
        String path = "/report/" + signer.tokenFor(UUID.fromString(id));
        page(lang + "/noname-form", get(path, null), account, id);
        act(id, "{ \"action\": \"RESEND_NOTICE\", \"reason\": \"customer lost the mail\" }").statusCode(200);
        Fixtures.report(id,
                Fixtures.EMAIL_REPLY_REPORT.replace("\"tampering\": true", "\"tampering\": true, \"passwords\": true"))
                .statusCode(200);
        page(lang + "/noname-status", get(path, null), account, id);
        act(id, "{ \"action\": \"STEP_DOWN\", \"reason\": \"metrics clean\" }").statusCode(200);
        act(id, "{ \"action\": \"RESTRICT\", \"reason\": \"brute force seen again\" }").statusCode(200);
        act(id, "{ \"action\": \"LIFT\", \"reason\": \"fixed\" }").statusCode(200);
        mails(lang + "/noname", id, account);
    }

    /** Relapses while already at the top stage: told though no stage changes, the third one escalated. */
    private void relapsedAtTheTopStage(String lang) {
        String account = newAccountId();
        String id = open(account, lang, "山田 太郎");
        Fixtures.report(id, Fixtures.EMAIL_REPLY_REPORT).statusCode(200);
        for (int relapse = 1; relapse <= 3; relapse++) {
            Instant start = clock.instant();
            clock.advance(Duration.ofHours(1));
            pushSeries(account, start, clock.instant(), CLEAN);
            tick.run();
            start = clock.instant();
            clock.advance(Duration.ofMinutes(5));
            pushSeries(account, start, clock.instant(), RELAPSE);
            tick.run();
        }
        mails(lang + "/relapsed", id, account);
        // The notice and the receipt before the relapses read as in the lifecycle: only what the relapses caused.
        renderings.keySet().removeIf(name -> name.matches(lang + "/relapsed-[12]-.*"));
    }

    /** A customer who has not reported after the default policy's report-reminder-after: the reminder. */
    private void reminded(String lang) {
        String account = newAccountId();
        String id = open(account, lang, "山田 太郎");
        Instant opened = clock.instant();
        clock.advance(Duration.ofDays(3));
        tick.run();
        clock.set(opened);
        mails(lang + "/reminded", id, account);
    }

    private void alerts() {
        String account = newAccountId();
        String id = open(account, "ja", "山田 太郎");
        UUID incident = UUID.fromString(id);
        QuarkusTransaction.requiringNew().run(() -> {
            notifier.operatorAlert(AlertKind.ESCALATED, incident, account, "incident escalated: an operator decides",
                    "no progress <for> 14 days & more");
            notifier.operatorAlert(AlertKind.NO_DATA, incident, account, "no data from the account", null);
            notifier.operatorAlert(AlertKind.SOURCE_FAILING, null, null, "metric source prometheus failing", "timeout");
        });
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "from NotificationEntity n where n.kind in :alerts and (n.incidentId = :id or n.incidentId is null)"
                        + " and n.createdAt = :now order by n.id",
                NotificationEntity.class).setParameter("id", incident).setParameter("now", clock.instant())
                .setParameter("alerts",
                        List.of(NotificationKind.ALERT_ESCALATED, NotificationKind.ALERT_NO_DATA,
                                NotificationKind.ALERT_SOURCE_FAILING))
                .getResultList().forEach(n -> mail("alert/" + n.kind, n, account, id)));
    }

    private void reportAlert(String id, String account) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "from NotificationEntity n where n.incidentId = :id and n.kind = :kind", NotificationEntity.class)
                .setParameter("id", UUID.fromString(id)).setParameter("kind", NotificationKind.ALERT_REPORT_RECEIVED)
                .getResultList().forEach(n -> {
                    mail("alert/" + n.kind, n, account, id);
                    renderings.replaceAll((name, text) -> text.replaceAll("Report \\d+ \\(", "Report REPORT ("));
                }));
    }

    /** The customer's mails; the operators' alerts are rendered under {@code alert/}. */
    private void mails(String prefix, String id, String account) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<NotificationEntity> rows = em.createQuery(
                    "from NotificationEntity n where n.incidentId = :id and n.channel = :mail"
                            + " and n.kind not in :alerts order by n.id",
                    NotificationEntity.class).setParameter("id", UUID.fromString(id))
                    .setParameter("mail", NotificationEntity.Channel.MAIL)
                    .setParameter("alerts", Arrays.stream(NotificationKind.values()).filter(NotificationKind::isAlert)
                            .toList())
                    .getResultList();
            int i = 1;
            for (NotificationEntity n : rows) {
                mail(prefix + "-" + i++ + "-" + n.kind, n, account, id);
            }
        });
    }

    private void mail(String name, NotificationEntity n, String account, String id) {
        renderings.put(name + ".subject", normalize(n.subject, account, id));
        renderings.put(name + ".txt", normalize(n.bodyText, account, id));
        renderings.put(name + ".html", normalize(n.bodyHtml, account, id));
    }

    private void page(String name, Response response, String account, String id) {
        renderings.put("page/" + name + "-" + response.statusCode() + ".html",
                "Content-Language: " + response.header("Content-Language") + "\n"
                        + normalize(response.asString(), account, id));
    }

    private static String normalize(String text, String... ids) {
        if (text == null) {
            return "(null)";
        }
        String out = text;
        for (String value : ids) {
            if (value != null) {
                out = out.replace(value, value.contains("-") ? "INCIDENT" : "ACCOUNT");
            }
        }
        return out.replaceAll("/report/[A-Za-z0-9_-]{20,}", "/report/TOKEN")
                .replaceAll("name=\"nonce\" value=\"[^\"]*\"", "name=\"nonce\" value=\"NONCE\"");
    }

    private static String open(String account, String locale, String name) {
        return openWith(body(account, locale, name, "MASS_MAIL")).statusCode(201).extract().path("id");
    }

    /** The fixture's incident in that language; without a name when {@code name} is null. */
    private static String body(String account, String locale, String name, String cause) {
        String body = Fixtures.incidentBody(account, cause, null)
                .replace("owner@example.jp", "render+" + account.toLowerCase() + "@example.jp")
                .replace("\"locale\": \"ja\"", "\"locale\": \"" + locale + "\"");
        return name == null ? body.replace("\"name\": \"山田 太郎\",", "")
                : body.replace("山田 太郎", name.replace("\"", "\\\""));
    }

    private static Response get(String path, String lang) {
        return lang == null ? given().redirects().follow(false).get(path)
                : given().redirects().follow(false).queryParam("lang", lang).get(path);
    }

    private Response post(String path, String nonce, List<String> items, String message) {
        String token = path.substring("/report/".length());
        Instant issued = clock.instant();
        var request = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("message", message).formParam("issued", String.valueOf(issued.getEpochSecond()))
                .formParam("nonce", nonce != null ? nonce : signer.formNonce(token, issued));
        if (!items.isEmpty()) {
            request.formParam("item", items.toArray());
        }
        return request.post(path);
    }

    private static long count(Path golden) throws IOException {
        try (var files = Files.walk(golden)) {
            return files.filter(Files::isRegularFile).count();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
