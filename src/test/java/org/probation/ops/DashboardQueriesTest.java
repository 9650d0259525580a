package org.probation.ops;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.notification.NotificationDispatcher;
import org.probation.sampling.SourceHealth;
import org.probation.support.MutableClock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.open;

/**
 * The dashboard is true: a real Prometheus (the Debian package's {@code /usr/bin/prometheus}) scrapes the running
 * application's {@code /q/metrics}, and every panel query, with the job and namespace variables filled in as Grafana
 * would, is valid PromQL, names only series the application exports, and returns data once the application opened an
 * incident, took samples, ran a tick, dispatched the outbox and saw a source fail. The variables' own queries find
 * the job and namespace.
 */
@QuarkusTest
@TestProfile(DashboardQueriesTest.WithHeartbeat.class)
class DashboardQueriesTest {

    private static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String JOB = "probation";
    private static final String NAMESPACE = "probation-test";
    private static final Map<String, String> VARIABLES = Map.of("job", JOB, "namespace", NAMESPACE,
            // Grafana's rate interval is at least four scrape intervals; this Prometheus scrapes every second.
            "__rate_interval", "1m");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.*), *(\\w+)\\)");

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Inject
    EvaluationTick tick;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    SourceHealth sources;

    @Inject
    MutableClock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private Path home;
    private Process prometheus;
    private String api;

    @Test
    void everyPanelQueryIsValidNamesExportedSeriesAndShowsData() throws Exception {
        String account = newAccountId();
        open(account).statusCode(201);
        given().contentType(ContentType.JSON).body("""
                { "samples": [ { "account": "%s", "metric": "cpu_load", "at": "%s", "value": 0.1 } ] }
                """.formatted(account, clock.instant())).post("/api/v1/samples").then().statusCode(200);
        dispatcher.dispatch();
        tick.run();
        // What the tick reports when a pulled source does not answer: the failures panel has a series to show.
        sources.failed("prometheus", clock.instant(), new IOException("connection refused"));

        startPrometheus();
        GrafanaDashboard dashboard = GrafanaDashboard.load();
        Map<String, String> queries = new LinkedHashMap<>();
        dashboard.queries().forEach((panel, expr) -> queries.put(panel, GrafanaDashboard.substitute(expr, VARIABLES)));

        // Prometheus has scraped once: every name a panel selects is among the series the application exports.
        Set<String> exported = new HashSet<>();
        get("/api/v1/label/__name__/values").path("data").forEach(name -> exported.add(name.asText()));
        queries.forEach((panel, expr) -> assertThat(exported).as(panel)
                .containsAll(GrafanaDashboard.metricNames(expr)));

        Map<String, String> empty = new TreeMap<>(queries);
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!empty.isEmpty() && System.nanoTime() < deadline) {
            for (var query : Map.copyOf(empty).entrySet()) {
                JsonNode answer = query(query.getValue());
                assertThat(answer.path("status").asText()).as("%s: %s -> %s", query.getKey(), query.getValue(),
                        answer).isEqualTo("success");
                if (!answer.path("data").path("result").isEmpty()) {
                    empty.remove(query.getKey());
                }
            }
            if (!empty.isEmpty()) {
                Thread.sleep(250); // polling for the next scrapes, not timing
            }
        }
        assertThat(empty).as("panel queries without data after %s", DEADLINE).isEmpty();

        assertThat(variableValues(dashboard, "job")).containsExactly(JOB);
        assertThat(variableValues(dashboard, "namespace")).containsExactly(NAMESPACE);
    }

    @AfterEach
    void stopPrometheus() throws InterruptedException {
        if (prometheus != null) {
            prometheus.destroy();
            if (!prometheus.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                prometheus.destroyForcibly();
            }
        }
        if (home != null) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temp directory left behind is harmless
            }
        }
    }

    /** What Grafana lists for a {@code label_values(selector, label)} variable, asked as PromQL. */
    private Set<String> variableValues(GrafanaDashboard dashboard, String name) throws Exception {
        Matcher matcher = LABEL_VALUES.matcher(dashboard.variable(name).path("definition").asText());
        assertThat(matcher.matches()).as(name).isTrue();
        String promql = "count by (" + matcher.group(2) + ") ("
                + GrafanaDashboard.substitute(matcher.group(1), VARIABLES) + ")";
        JsonNode answer = query(promql);
        assertThat(answer.path("status").asText()).as(promql).isEqualTo("success");
        Set<String> values = new HashSet<>();
        answer.path("data").path("result").forEach(series -> values.add(series.path("metric").path(matcher.group(2))
                .asText()));
        return values;
    }

    private JsonNode query(String promql) throws IOException, InterruptedException {
        return get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }

    /** Prometheus on a free loopback port with its own directory, scraping this application every second. */
    private void startPrometheus() throws IOException, InterruptedException {
        assertThat(Files.isExecutable(PROMETHEUS)).as("%s (Debian's prometheus, bin/test-tools)", PROMETHEUS).isTrue();
        home = Files.createTempDirectory("probation-dashboard-");
        Path config = Files.writeString(home.resolve("prometheus.yml"), """
                global:
                  scrape_interval: 1s
                  scrape_timeout: 1s
                scrape_configs:
                  - job_name: %s
                    metrics_path: %s
                    static_configs:
                      - targets: ["%s:%d"]
                        labels:
                          namespace: %s
                """.formatted(JOB, metrics.getPath(), metrics.getHost(), metrics.getPort(), NAMESPACE));
        int port = freeLoopbackPort();
        api = "http://127.0.0.1:" + port;
        prometheus = new ProcessBuilder(PROMETHEUS.toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + home.resolve("tsdb"), "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn").redirectErrorStream(true)
                .redirectOutput(home.resolve("prometheus.log").toFile()).start();
        awaitScraped();
    }

    /** Polls until Prometheus has scraped the application successfully, it dies, or the deadline passes. */
    private void awaitScraped() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!prometheus.isAlive()) {
                throw new IllegalStateException("Prometheus exited with " + prometheus.exitValue() + ":\n"
                        + Files.readString(home.resolve("prometheus.log")));
            }
            try {
                JsonNode up = query("up{job=\"" + JOB + "\"} == 1");
                if (!up.path("data").path("result").isEmpty()) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Prometheus did not scrape " + metrics + " within " + DEADLINE + ":\n"
                + Files.readString(home.resolve("prometheus.log")));
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The heartbeat as where the scheduler runs the tick, so the stale threshold the dashboard draws is exported. */
    public static class WithHeartbeat implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("probation.ops.heartbeat.enabled", "true");
        }
    }
}
