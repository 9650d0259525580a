package org.probation.sampling.prometheus;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.probation.sampling.MetricSource.PulledSample;
import org.probation.sampling.MetricSource.WatchedAccount;
import org.probation.sampling.prometheus.PrometheusException.Rejected;
import org.probation.sampling.prometheus.PrometheusException.Unavailable;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Prometheus source against a stub of the HTTP API that counts and records every request. */
class PrometheusSourceTest {

    private static final Instant TICK = Instant.parse("2026-11-28T10:05:00Z");
    private static final Set<String> ALL_METRICS = Set.of("mail_sent_per_hour", "mail_foreign_ratio", "cpu_load");
    private static final Map<String, String> QUERIES = Map.of(
            "mail_sent_per_hour", "sum by (account) (increase(mail_sent_total[1h]))",
            "mail_foreign_ratio", "sum by (account) (increase(mail_sent_total{recipient=\"foreign\"}[1h]))"
                    + " / clamp_min(sum by (account) (increase(mail_sent_total[1h])), 1)",
            "cpu_load", "sum by (account) (rate(account_cpu_seconds_total[5m]))");

    private HttpServer server;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    /** What the stub answers to a query: status and body. */
    private volatile Function<String, Answer> answers = promql -> Answer.vector(Map.of());

    record Request(String path, Map<String, String> params, String authorization) {
    }

    record Answer(int status, String body) {
        static Answer vector(Map<String, String> valueByAccount) {
            String result = valueByAccount.entrySet().stream()
                    .map(e -> "{\"metric\":{\"account\":\"%s\",\"job\":\"mail\"},\"value\":[1795860300,\"%s\"]}"
                            .formatted(e.getKey(), e.getValue()))
                    .collect(Collectors.joining(","));
            return new Answer(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                    + result + "]}}");
        }
    }

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 10, 2_000 })
    void oneQueryPerConfiguredMetricPerTickWhateverTheNumberOfAccounts(int accounts) throws Exception {
        List<WatchedAccount> watched = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < accounts; i++) {
            watched.add(new WatchedAccount("xs" + (100_000 + i), ALL_METRICS));
            values.put("xs" + (100_000 + i), "0.5");
        }
        answers = promql -> Answer.vector(values);
        PrometheusSource source = source(Map.of());

        List<PulledSample> first = source.pull(watched, TICK);
        assertThat(requests).hasSize(QUERIES.size());
        source.pull(watched, TICK.plus(Duration.ofMinutes(5)));
        assertThat(requests).hasSize(2 * QUERIES.size());

        assertThat(first).hasSize(accounts * QUERIES.size());
        assertThat(requests).extracting(r -> r.params().get("query")).containsOnlyElementsOf(QUERIES.values());
    }

    @Test
    void eachQueryIsAnInstantQueryAtTheTickTimeAndItsValuesAreSamplesAtThatTime() throws Exception {
        answers = promql -> promql.contains("cpu") ? Answer.vector(Map.of("xs1", "0.3", "xs2", "1.25"))
                : Answer.vector(Map.of("xs1", "12", "xs2", "900"));
        List<WatchedAccount> watched = List.of(new WatchedAccount("xs1", Set.of("cpu_load", "mail_sent_per_hour")),
                new WatchedAccount("xs2", Set.of("cpu_load", "mail_sent_per_hour")));

        List<PulledSample> samples = source(Map.of()).pull(watched, TICK);

        assertThat(requests).allSatisfy(request -> {
            assertThat(request.path()).isEqualTo("/api/v1/query");
            assertThat(request.params().get("time")).isEqualTo("2026-11-28T10:05:00Z");
        });
        assertThat(requests).extracting(r -> r.params().get("query"))
                .containsExactlyInAnyOrder(QUERIES.get("cpu_load"), QUERIES.get("mail_sent_per_hour"));
        assertThat(samples).containsExactlyInAnyOrder(
                new PulledSample("xs1", "cpu_load", TICK, 0.3), new PulledSample("xs2", "cpu_load", TICK, 1.25),
                new PulledSample("xs1", "mail_sent_per_hour", TICK, 12),
                new PulledSample("xs2", "mail_sent_per_hour", TICK, 900));
    }

    @Test
    void anAccountGetsOnlyTheMetricsItsGatesNeedAndAMetricNobodyNeedsIsNotQueried() throws Exception {
        answers = promql -> Answer.vector(Map.of("xs1", "1", "xs2", "2"));
        List<WatchedAccount> watched = List.of(new WatchedAccount("xs1", Set.of("mail_sent_per_hour")),
                new WatchedAccount("xs2", Set.of("mail_sent_per_hour", "cpu_load")));

        List<PulledSample> samples = source(Map.of()).pull(watched, TICK);

        assertThat(requests).hasSize(2);
        assertThat(samples).extracting(s -> s.account() + " " + s.metric())
                .containsExactlyInAnyOrder("xs1 mail_sent_per_hour", "xs2 mail_sent_per_hour", "xs2 cpu_load");
    }

    @Test
    void withNobodyWatchedNothingIsQueried() throws Exception {
        assertThat(source(Map.of()).pull(List.of(), TICK)).isEmpty();
        assertThat(requests).isEmpty();
    }

    @Test
    void aPathPrefixInTheUrlIsKept() throws Exception {
        source(Map.of("probation.sources.prometheus.url", base() + "/prometheus/"))
                .pull(List.of(new WatchedAccount("xs1", Set.of("cpu_load"))), TICK);

        assertThat(requests).extracting(Request::path).containsExactly("/prometheus/api/v1/query");
    }

    @Test
    void basicAuthenticationIsSent() throws Exception {
        source(Map.of("probation.sources.prometheus.username", "probation",
                "probation.sources.prometheus.password", "s3cret"))
                .pull(List.of(new WatchedAccount("xs1", Set.of("cpu_load"))), TICK);

        assertThat(requests).extracting(Request::authorization).containsExactly("Basic cHJvYmF0aW9uOnMzY3JldA==");
    }

    @Test
    void aBearerTokenIsSent() throws Exception {
        source(Map.of("probation.sources.prometheus.bearer-token", "t0ken"))
                .pull(List.of(new WatchedAccount("xs1", Set.of("cpu_load"))), TICK);

        assertThat(requests).extracting(Request::authorization).containsExactly("Bearer t0ken");
    }

    @Test
    void aRejectedQueryFailsThePullWithPrometheusOwnMessage() {
        answers = promql -> new Answer(400,
                "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"1:14: parse error: unexpected\"}");

        assertThatThrownBy(() -> source(Map.of()).pull(List.of(new WatchedAccount("xs1", Set.of("cpu_load"))), TICK))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("query for cpu_load")
                .hasMessageContaining("HTTP 400")
                .hasMessageContaining("bad_data: 1:14: parse error: unexpected");
    }

    @Test
    void aServerErrorFailsThePullAsUnavailable() {
        answers = promql -> new Answer(503, "{\"status\":\"error\",\"errorType\":\"timeout\",\"error\":\"query timed out\"}");

        assertThatThrownBy(() -> source(Map.of()).pull(List.of(new WatchedAccount("xs1", Set.of("cpu_load"))), TICK))
                .isInstanceOf(Unavailable.class)
                .hasMessageContaining("HTTP 503")
                .hasMessageContaining("timeout: query timed out");
    }

    @Test
    void anUnreachablePrometheusFailsThePull() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        PrometheusSource source = source(Map.of("probation.sources.prometheus.url", "http://127.0.0.1:" + closedPort));

        assertThatThrownBy(() -> source.pull(List.of(new WatchedAccount("xs1", Set.of("cpu_load"))), TICK))
                .isInstanceOf(Unavailable.class)
                .hasMessageContaining("cannot reach http://127.0.0.1:" + closedPort + "/api/v1/query");
    }

    @Test
    void oneFailedQueryFailsTheWholeTick() {
        answers = promql -> promql.contains("cpu") ? new Answer(500, "oops") : Answer.vector(Map.of("xs1", "12"));

        assertThatThrownBy(() -> source(Map.of()).pull(List.of(new WatchedAccount("xs1", ALL_METRICS)), TICK))
                .isInstanceOf(Unavailable.class)
                .hasMessageContaining("query for cpu_load: HTTP 500")
                .hasMessageContaining("oops");
    }

    @Test
    void aResultThatIsNotAnInstantVectorFailsThePull() {
        answers = promql -> new Answer(200,
                "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1795860300,\"3\"]}}");

        assertThatThrownBy(() -> source(Map.of()).pull(List.of(new WatchedAccount("xs1", Set.of("cpu_load"))), TICK))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("must return an instant vector");
    }

    @Test
    void anAnswerThatIsNotJsonFailsThePull() {
        answers = promql -> new Answer(200, "<html>Sign in</html>");

        assertThatThrownBy(() -> source(Map.of()).pull(List.of(new WatchedAccount("xs1", Set.of("cpu_load"))), TICK))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("not JSON")
                .hasMessageContaining("<html>Sign in</html>");
    }

    @Test
    void aVectorInWhichNoSeriesHasTheAccountLabelFailsThePull() {
        answers = promql -> new Answer(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                + "{\"metric\":{\"user\":\"xs1\"},\"value\":[1795860300,\"3\"]}]}}");

        assertThatThrownBy(() -> source(Map.of()).pull(List.of(new WatchedAccount("xs1", Set.of("cpu_load"))), TICK))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("probation.sources.prometheus.queries.cpu_load: none of the 1 series has the"
                        + " label 'account'");
    }

    @Test
    void anEmptyVectorIsNoSampleButNoFailure() throws Exception {
        assertThat(source(Map.of()).pull(List.of(new WatchedAccount("xs1", ALL_METRICS)), TICK)).isEmpty();
    }

    @Test
    void withoutAUrlTheSourceIsDisabled() {
        Map<String, String> properties = new HashMap<>(properties(Map.of()));
        properties.remove("probation.sources.prometheus.url");

        assertThat(PrometheusSettings.unguarded(properties).enabled()).isFalse();
    }

    private PrometheusSource source(Map<String, String> overrides) {
        return PrometheusSettings.unguarded(properties(overrides));
    }

    private Map<String, String> properties(Map<String, String> overrides) {
        Map<String, String> properties = new HashMap<>();
        properties.put("probation.sources.prometheus.url", base());
        QUERIES.forEach((metric, promql) -> properties.put("probation.sources.prometheus.queries." + metric, promql));
        properties.putAll(overrides);
        return properties;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> params = new HashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                params.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        requests.add(new Request(exchange.getRequestURI().getPath(), params,
                exchange.getRequestHeaders().getFirst("Authorization")));
        Answer answer = answers.apply(params.getOrDefault("query", ""));
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
