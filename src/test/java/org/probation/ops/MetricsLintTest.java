package org.probation.ops;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.notification.NotificationDispatcher;
import org.probation.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.open;

/**
 * {@code promtool check metrics} (the Debian package's promtool, as a platform team would run it) on the live
 * {@code /q/metrics} text exposition finds nothing to complain about in the {@code probation_*} series. The series
 * exist once a tick ran and a mail went out.
 */
@QuarkusTest
class MetricsLintTest {

    static final Path PROMTOOL = Path.of("/usr/bin/promtool");

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Inject
    EvaluationTick tick;

    @Inject
    NotificationDispatcher dispatcher;

    @Test
    void promtoolFindsNothingToFixInTheProbationSeries() throws Exception {
        open(newAccountId()).statusCode(201);
        dispatcher.dispatch();
        tick.run();
        String exposition = Tokens.anonymous().header("Accept", "text/plain").get(metrics).then().statusCode(200)
                .extract().asString();
        assertThat(exposition).contains("probation_tick_duration_seconds_count", "probation_dispatch_duration_seconds",
                "probation_outbox", "probation_transitions_total", "probation_notes_total",
                "probation_outbox_oldest_pending_age_seconds", "probation_tick_last_success_timestamp_seconds");

        List<String> complaints = promtool(exposition).stream().filter(line -> line.startsWith("probation_"))
                .toList();

        assertThat(complaints).as("promtool check metrics on the probation_* series").isEmpty();
    }

    /** The lines {@code promtool check metrics} prints about the exposition on its standard input. */
    private static List<String> promtool(String exposition) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(PROMTOOL.toString(), "check", "metrics").redirectErrorStream(true)
                .start();
        try (var in = process.getOutputStream()) {
            in.write(exposition.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool ended").isTrue();
        return output.lines().toList();
    }
}
