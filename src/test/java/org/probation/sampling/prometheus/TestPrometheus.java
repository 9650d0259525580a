package org.probation.sampling.prometheus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongUnaryOperator;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Prometheus (the Debian package's {@code /usr/bin/prometheus}) on a free loopback port, with its own data
 * directory and configuration, never the system service. Its TSDB is filled before start with
 * {@code promtool tsdb create-blocks-from openmetrics} from the {@link History} of a small hosting fleet, so the test
 * can query any moment of that history at the time of its own clock.
 */
public class TestPrometheus implements QuarkusTestResourceLifecycleManager {

    static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
    static final Path PROMTOOL = Path.of("/usr/bin/promtool");
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private Path home;
    private Process process;
    private int port;

    @Override
    public Map<String, String> start() {
        requireInstalled(PROMETHEUS);
        requireInstalled(PROMTOOL);
        try {
            home = Files.createTempDirectory("probation-prometheus-");
            Path history = Files.writeString(home.resolve("history.om"), History.openMetrics());
            run(PROMTOOL.toString(), "tsdb", "create-blocks-from", "openmetrics", history.toString(),
                    home.resolve("tsdb").toString());
            Path config = Files.writeString(home.resolve("prometheus.yml"),
                    "global:\n  scrape_interval: 1h\nscrape_configs: []\n");
            port = freeLoopbackPort();
            process = new ProcessBuilder(PROMETHEUS.toString(), "--config.file=" + config,
                    "--storage.tsdb.path=" + home.resolve("tsdb"),
                    // The history is from the test clock's day: keep it whenever the suite runs.
                    "--storage.tsdb.retention.time=10y",
                    "--web.listen-address=127.0.0.1:" + port, "--log.level=warn")
                    .redirectErrorStream(true).redirectOutput(home.resolve("prometheus.log").toFile()).start();
            awaitReady();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("probation.sources.prometheus.url", "http://127.0.0.1:" + port);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(this, new TestInjector.MatchesType(TestPrometheus.class));
    }

    /** Stops Prometheus as an outage would, and waits until the process is gone. */
    public void stopPrometheus() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        }
        if (process.isAlive()) {
            throw new IllegalStateException("Prometheus (pid " + process.pid() + ") did not stop");
        }
    }

    @Override
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
        if (home != null) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temp directory left behind is harmless
            }
        }
    }

    private static void requireInstalled(Path binary) {
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException(binary + " is missing: the Prometheus integration test needs the Debian"
                    + " package 'prometheus' (apt-get install prometheus; .ci/run installs it)");
        }
    }

    private void run(String... command) throws IOException {
        Process tool = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("promtool.log").toFile()).start();
        try {
            if (!tool.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS) || tool.exitValue() != 0) {
                tool.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed:\n"
                        + Files.readString(home.resolve("promtool.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running promtool", e);
        }
    }

    /** Polls {@code /-/ready} until Prometheus answers, it dies, or the deadline passes. */
    private void awaitReady() throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/-/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Prometheus exited with " + process.exitValue() + ":\n"
                            + Files.readString(home.resolve("prometheus.log")));
                }
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        throw new IllegalStateException("Prometheus was not ready within " + DEADLINE + ":\n"
                + Files.readString(home.resolve("prometheus.log")));
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * What the fleet's exporters reported, every 10 s from 65 minutes before {@link #T0} to 10 minutes after, as
     * counters: mails by recipient scope and CPU seconds, per account.
     */
    static final class History {

        /** The moment the incidents are opened and reported. */
        static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
        /** Twelve mails an hour, 0.3 cores: clean all along. */
        static final String CLEAN = "xsprom01";
        /** Like the clean one until 30 s after T0, then a thousand foreign mails every 10 s. */
        static final String RELAPSING = "xsprom02";
        /** A spammer nobody watches: its series must never become samples. */
        static final String UNWATCHED = "xsprom99";

        private static final long FROM = T0.getEpochSecond() - 65 * 60;
        private static final long TO = T0.getEpochSecond() + 10 * 60;

        private History() {
        }

        static String openMetrics() {
            List<String> lines = new ArrayList<>();
            // OpenMetrics wants the series of one metric together.
            for (String account : List.of(CLEAN, RELAPSING, UNWATCHED)) {
                series(lines, "mail_sent_total{account=\"" + account + "\",recipient=\"domestic\"}",
                        t -> account.equals(UNWATCHED) ? (t - FROM) * 500 : (t - FROM) / 300);
                series(lines, "mail_sent_total{account=\"" + account + "\",recipient=\"foreign\"}",
                        t -> account.equals(RELAPSING) && t > T0.getEpochSecond() + 30
                                ? (t - T0.getEpochSecond() - 30) / 10 * 1000
                                : 0);
            }
            // A relay's own counter, without an account label: it must be ignored, not taken for an account.
            series(lines, "mail_sent_total{relay=\"mx9\",recipient=\"domestic\"}", t -> (t - FROM) * 2);
            for (String account : List.of(CLEAN, RELAPSING, UNWATCHED)) {
                series(lines, "account_cpu_seconds_total{account=\"" + account + "\"}", t -> (t - FROM) * 3 / 10);
            }
            lines.add("# EOF");
            return String.join("\n", lines) + "\n";
        }

        private static void series(List<String> lines, String name, LongUnaryOperator value) {
            for (long t = FROM; t <= TO; t += 10) {
                lines.add(name + " " + value.applyAsLong(t) + " " + t);
            }
        }
    }
}
