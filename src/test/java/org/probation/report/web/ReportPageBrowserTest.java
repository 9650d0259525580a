package org.probation.report.web;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.notification.NotificationDispatcher;
import org.probation.support.BrowserScripts;
import org.probation.support.Fixtures;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Monitoring.eventTypes;
import static org.probation.support.Monitoring.events;

/**
 * The customer's journey in a real browser: headless Chromium (Debian's {@code chromium}, which {@code .ci/run}
 * installs) driven by Playwright ({@code src/test/browser}) opens the link from the mail the test SMTP server caught,
 * ticks the boxes, sends the form and lands on the status view. Screenshots of both pages in both languages go to
 * {@code target/screenshots/} for review.
 */
@QuarkusTest
class ReportPageBrowserTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Inject
    NotificationDispatcher dispatcher;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aJapaneseCustomerOpensTheMailedLinkTicksTheBoxesAndSeesWhereTheyStand() throws Exception {
        String result = journey("ja", "全プラグインを最新版に更新し、reCAPTCHA を導入しました。");
        assertThat(result).contains("\"formStatus\":200", "\"formTitle\":\"対策完了のご報告\"",
                "\"statusTitle\":\"利用制限の状況\"", "監視期間中です。", "\"blocked\":[]");
    }

    @Test
    void anEnglishCustomerDoesTheSameInEnglish() throws Exception {
        String result = journey("en", "Updated every plugin and added reCAPTCHA.");
        assertThat(result).contains("\"formStatus\":200", "\"formTitle\":\"Report your fix\"",
                "\"statusTitle\":\"Where your restriction stands\"", "Your account is being monitored.",
                "\"blocked\":[]");
    }

    private String journey(String locale, String text) throws Exception {
        String account = Fixtures.newAccountId();
        String id = ReportPageTest.open(account, locale);
        String link = ReportPageTest.linkFrom(dispatcher, account);
        String url = base.toString().replaceAll("/+$", "") + link;

        Files.createDirectories(SCREENSHOTS);
        String output = node(List.of("report-journey.mjs", url,
                SCREENSHOTS.toAbsolutePath().resolve("report-" + locale).toString()), text);

        assertThat(SCREENSHOTS.resolve("report-" + locale + "-form.png")).isNotEmptyFile();
        assertThat(SCREENSHOTS.resolve("report-" + locale + "-status.png")).isNotEmptyFile();
        assertThat(eventTypes(id)).containsExactly("OPENED", "MONITORING_STARTED");
        assertThat(events(id).getString("[1].actor")).isEqualTo("customer");
        return output;
    }

    /** Runs a script of {@code src/test/browser} with the customer's text in {@code REPORT_TEXT}. */
    private static String node(List<String> args, String text) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(args);
        return BrowserScripts.run(command, Map.of("REPORT_TEXT", text));
    }
}
