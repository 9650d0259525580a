package org.probation.sampling.remotewrite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;

/**
 * A real Prometheus in agent mode (the Debian package's {@code /usr/bin/prometheus}) on a free loopback port, with
 * its own WAL directory, scraping a small exporter served from the test every second and remote-writing what it
 * scrapes to the application. Never the system service.
 */
final class PrometheusAgent implements AutoCloseable {

    static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");

    private final Path home;
    private final HttpServer exporter;
    private Process process;

    /**
     * @param metrics the exporter's text-format page, read on every scrape
     */
    PrometheusAgent(Supplier<String> metrics) throws IOException {
        if (!Files.isExecutable(PROMETHEUS)) {
            throw new IllegalStateException(PROMETHEUS + " is missing: the remote-write test needs the Debian package"
                    + " 'prometheus' (apt-get install prometheus; bin/test-tools installs it)");
        }
        home = Files.createTempDirectory("probation-prometheus-agent-");
        exporter = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        exporter.createContext("/metrics", exchange -> {
            byte[] page = metrics.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        exporter.start();
    }

    /** The configuration the README shows, with the test's ports and token. */
    static String config(int exporterPort, String writeUrl, String token) {
        return """
                global:
                  scrape_interval: 1s
                  scrape_timeout: 1s
                scrape_configs:
                  - job_name: fleet
                    static_configs:
                      - targets: ['127.0.0.1:%d']
                remote_write:
                  - url: %s
                    authorization:
                      credentials: %s
                    queue_config:
                      batch_send_deadline: 1s
                """.formatted(exporterPort, writeUrl, token);
    }

    /** Starts Prometheus in agent mode, remote-writing to {@code writeUrl} with the bearer {@code token}. */
    void start(String writeUrl, String token) throws IOException {
        Path config = Files.writeString(home.resolve("prometheus.yml"),
                config(exporter.getAddress().getPort(), writeUrl, token));
        process = new ProcessBuilder(PROMETHEUS.toString(), "--enable-feature=agent", "--config.file=" + config,
                "--storage.agent.path=" + home.resolve("wal"), "--web.listen-address=127.0.0.1:" + freeLoopbackPort(),
                "--log.level=warn")
                .redirectErrorStream(true).redirectOutput(home.resolve("prometheus.log").toFile()).start();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    String log() {
        try {
            return Files.readString(home.resolve("prometheus.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        exporter.stop(0);
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
