package org.probation.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.probation.support.MutableClock;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's pages on PostgreSQL (issue 17, "Speed"): the list with 10 000 open incidents in mixed states and the
 * incident page with a week of one-minute samples for three gates, each page's median and p95 over 50 requests on
 * loopback, beside the database's own time for the page's main read. Run {@code ./mvnw test -Pbench}.
 */
@QuarkusTest
@TestProfile(ProbationBenchmark.Bench.class)
@TestSecurity(user = "bench", roles = "operator")
class ConsoleBenchmark {

    private static final int OPEN = Integer.getInteger("bench.console.open", 10_000);
    private static final int RUNS = 50;
    private static final int WARM_UP = 30;

    @Inject
    DataSource dataSource;

    @Inject
    MutableClock clock;

    @Inject
    SessionFactory sessionFactory;

    @TestHTTPResource("/")
    URI root;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> rows = new ArrayList<>();

    @Test
    void consolePages() throws Exception {
        BenchData.closeAll(dataSource);
        Instant now = clock.instant();
        UUID charted = openIncidents(now);
        weekOfSamples("cons0", now);

        String listSql = "SELECT count(*) FROM incident i JOIN account a ON a.id = i.account_id"
                + " WHERE i.open_account_id IS NOT NULL";
        measure("console list, first page, unfiltered", "/console", listSql);
        measure("console list, filtered by domain", "/console?domain=site4242.example",
                "SELECT count(*) FROM incident i JOIN account a ON a.id = i.account_id"
                        + " WHERE i.open_account_id IS NOT NULL AND a.domains::text LIKE '%\"site4242.example\"%'");
        measure("console list, free text", "/console?q=cons4242",
                "SELECT count(*) FROM incident i JOIN account a ON a.id = i.account_id"
                        + " WHERE i.open_account_id IS NOT NULL AND (lower(a.id) LIKE '%cons4242%'"
                        + " OR lower(a.name) LIKE '%cons4242%' OR lower(a.domains::text) LIKE '%cons4242%')");
        measure("console list, live fragment", "/console/fragments/list", listSql);
        String samplesSql = "SELECT count(*), min(metric_value), max(metric_value) FROM sample"
                + " WHERE account_id = 'cons0' AND sampled_at >= '" + now.minusSeconds(7 * 86_400) + "'";
        measure("incident page, 3 gates × 1 week of 1-minute samples", "/console/incidents/" + charted, samplesSql);
        measure("incident page, chart fragment", "/console/incidents/" + charted + "/fragments/charts", samplesSql);

        System.out.println();
        System.out.println("| console page (" + OPEN + " open incidents) | median | p95 | statements/page"
                + " | database, same run | goal |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        rows.forEach(System.out::println);
        System.out.println();
        BenchData.closeAll(dataSource);
    }

    /** 10 000 open incidents in mixed states; every state that "needs a person first" has work. Returns cons0's. */
    private UUID openIncidents(Instant now) throws Exception {
        StringBuilder accounts = new StringBuilder();
        StringBuilder incidents = new StringBuilder();
        StringBuilder engines = new StringBuilder();
        StringBuilder schedules = new StringBuilder();
        StringBuilder events = new StringBuilder();
        String[] states = { "RESTRICTED", "MONITORING", "MONITORING", "MONITORING", "ESCALATED" };
        String[] causes = { "MASS_MAIL", "CMS_BRUTE_FORCE", "MALWARE", "FTP_CREDENTIAL_LEAK" };
        UUID first = null;
        long cursor = BenchData.maxSampleId(dataSource);
        for (int i = 0; i < OPEN; i++) {
            String account = "cons" + i;
            UUID id = UUID.randomUUID();
            // cons0 carries the charted week: in MONITORING since a week ago.
            Instant opened = i == 0 ? now.minusSeconds(7 * 86_400 + 7200) : now.minusSeconds(60L * (OPEN - i));
            String state = i == 0 ? "MONITORING" : states[i % states.length];
            boolean monitoring = state.equals("MONITORING");
            Instant since = opened.plusSeconds(3600);
            if (i == 0) {
                first = id;
            }
            accounts.append(account).append(",owner@example.jp,ja,山田 ").append(i).append(",\"[\"\"site").append(i)
                    .append(".example\"\", \"\"例え").append(i).append(".jp\"\"]\",").append(opened).append(',')
                    .append(opened).append('\n');
            String m = monitoring ? since.toString() : "";
            incidents.append(id).append(',').append(account).append(',').append(account).append(',')
                    .append(causes[i % causes.length]).append(',').append(i % 7 == 0 ? "repeat" : "default")
                    .append(',').append(state).append(",2,").append(i % 3).append(',').append(opened).append(',')
                    .append(m).append(',').append(m).append(',')
                    .append(monitoring ? since.plusSeconds(7 * 86_400).toString() : "").append(',').append(opened)
                    .append(',').append(m).append(',').append(opened).append(',')
                    // Every third monitored incident has not reported in its round: report deadlines come close.
                    .append(monitoring && i % 3 != 0 ? since.toString() : "").append(",0\n");
            engines.append(id).append(',').append(cursor).append('\n');
            schedules.append(id).append(',').append(now).append('\n');
            List<String> types = new ArrayList<>(Arrays.asList("OPENED", "NOTE", "REPORT_REMINDED"));
            if (monitoring) {
                types.add("REPORT_RECEIVED");
                types.add("MONITORING_STARTED");
                if (i % 50 == 1) {
                    types.add("APPROVAL_REQUESTED");
                }
            }
            if (i % 97 == 0) {
                types.add("NO_DATA");
            }
            for (String type : types) {
                events.append(id).append(',').append(type).append(',').append(since.plusSeconds(60)).append(",system\n");
            }
        }
        BenchData.copy(dataSource, "account", "id, email, locale, name, domains, created_at, updated_at", accounts);
        BenchData.copy(dataSource, "incident", "id, account_id, open_account_id, cause, policy, state, stage_level,"
                + " relapses, opened_at, reported_at, monitoring_since, monitoring_until, stage_since, clean_since,"
                + " report_requested_at, round_reported_at, version", incidents);
        BenchData.copy(dataSource, "incident_engine", "incident_id, last_sample_id", engines);
        BenchData.copy(dataSource, "incident_schedule", "incident_id, next_evaluation_at", schedules);
        BenchData.copy(dataSource, "incident_event", "incident_id, event_type, occurred_at, actor", events);
        return first;
    }

    /** One sample a minute for a week on each of the three gated metrics (30 240), one relapse spike in each. */
    private void weekOfSamples(String account, Instant now) throws Exception {
        StringBuilder samples = new StringBuilder(30_240 * 90);
        Instant start = now.minusSeconds(7 * 86_400);
        for (String metric : BenchData.METRICS) {
            for (int minute = 0; minute < 7 * 1440; minute++) {
                Instant at = start.plusSeconds(60L * minute);
                boolean spike = minute == 3 * 1440 + 17;
                double value = metric.equals("mail_sent_per_hour") ? (spike ? 900 : 10 + minute % 7)
                        : (spike ? 0.99 : 0.05 + (minute % 5) / 100.0);
                samples.append(account).append(',').append(metric).append(',').append(at).append(',').append(value)
                        .append(',').append(at).append(",bench\n");
            }
        }
        BenchData.copy(dataSource, "sample", "account_id, metric, sampled_at, metric_value, received_at, source",
                samples);
    }

    private void measure(String name, String path, String databaseSql) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path)).GET().build();
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            times[i] = System.nanoTime() - start;
            assertThat(response.statusCode()).isEqualTo(200);
        }
        double statements = (double) statistics.getPrepareStatementCount() / RUNS;
        Arrays.sort(times);
        double median = times[RUNS / 2] / 1e6;
        double p95 = times[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6;
        rows.add(String.format("| %s | %.1f ms | %.1f ms | %.0f | %.1f ms (`%s`) | < 100 ms |", name, median, p95,
                statements, executionTime(databaseSql), databaseSql.length() > 60 ? databaseSql.substring(0, 57)
                        + "..." : databaseSql));
    }

    /** The database's own time for {@code sql}: EXPLAIN ANALYZE's execution time, median of five. */
    private double executionTime(String sql) throws Exception {
        double[] runs = new double[5];
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            for (int r = 0; r < runs.length; r++) {
                try (var result = statement.executeQuery("EXPLAIN (ANALYZE, FORMAT TEXT) " + sql)) {
                    while (result.next()) {
                        String line = result.getString(1);
                        if (line.startsWith("Execution Time:")) {
                            runs[r] = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
                        }
                    }
                }
            }
        }
        Arrays.sort(runs);
        return runs[2];
    }
}
