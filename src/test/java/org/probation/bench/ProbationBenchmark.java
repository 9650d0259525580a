package org.probation.bench;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.probation.evaluation.EvaluationConfig;
import org.probation.evaluation.EvaluationTick;
import org.probation.evaluation.TickResult;
import org.probation.sampling.SampleIngest;
import org.probation.sampling.model.SampleRules;
import org.probation.security.Roles;
import org.probation.support.MutableClock;
import org.probation.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput figures on PostgreSQL, printed as a table: sample ingest beside a plain JDBC batch and COPY into the
 * same table shape, one tick over 1 000 to 100 000 monitored incidents, the decisions feed, and memory over many
 * ticks. Not part of {@code ./mvnw verify}: run {@code ./mvnw test -Pbench} (see README, Performance).
 */
@QuarkusTest
@TestProfile(ProbationBenchmark.Bench.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProbationBenchmark {

    public static class Bench implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.hibernate-orm.statistics", "true", "quarkus.log.level", "WARN",
                    "quarkus.log.category.\"org.probation\".level", "WARN",
                    // ingest: remote write's series for one gated metric
                    "probation.remote-write.metrics.cpu_load.series", IngestBench.SERIES);
        }
    }

    private static final List<String> REPORT = new ArrayList<>();
    private static final int BATCH = 1_000;
    private static final int BATCHES_PER_CLIENT = Integer.getInteger("bench.ingest.batches", 100);
    private static final int STEADY_TICKS = Integer.getInteger("bench.tick.steady", 3);
    private static final List<Integer> SIZES = java.util.Arrays.stream(
            System.getProperty("bench.sizes", "1000,10000,100000").split(",")).map(Integer::valueOf).toList();

    @Inject
    DataSource dataSource;

    @Inject
    MutableClock clock;

    @Inject
    EvaluationTick tick;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    SampleIngest ingest;

    @Inject
    EvaluationConfig evaluation;

    @TestHTTPResource("/api/v1/samples")
    URL samplesUrl;

    @TestHTTPResource("/api/v1/write")
    URL writeUrl;

    @TestHTTPResource("/api/v1/decisions")
    URL decisionsUrl;

    /**
     * The same 200 000 samples (1 000 per request, 1 000 accounts per request out of 10 000 watched) through each way
     * in, two clients at a time, into the {@code sample} table: the JSON push, remote write, the service in-process,
     * and the database's own limits with a JDBC batch and {@code COPY} alone (no ANALYZE after it).
     */
    @Test
    @Order(1)
    void ingest() throws Exception {
        int accounts = 10_000;
        IngestBench bench = new IngestBench(dataSource, clock.instant(), "ing", accounts, BATCH);
        bench.watchAccounts();
        List<String> bodies = new ArrayList<>();
        List<byte[]> writes = new ArrayList<>();
        for (int b = 0; b < 2 * BATCHES_PER_CLIENT; b++) {
            bodies.add(bench.json(b));
            writes.add(bench.remoteWrite(b));
        }
        String token = Tokens.token("bench", Roles.AGENT);
        HttpClient http = HttpClient.newHttpClient();
        // Warm-up: the first requests pay for class loading and JIT.
        for (int w = 0; w < 20; w++) {
            post(http, token, bodies.get(w));
            bench.post(http, writeUrl.toURI(), token, writes.get(w));
        }
        double api = twoClients(bodies, body -> post(http, token, body));
        double remote = twoClients(writes, body -> bench.post(http, writeUrl.toURI(), token, body));
        // The same batches straight into the service, without HTTP, JSON and the token: where the time goes.
        List<SampleRules.Candidate> candidates = bench.candidates(0);
        double service = twoClients(bodies, body -> ingest.ingest(candidates));
        double jdbc = twoClients(bodies, body -> bench.jdbcBatch());
        double copy = twoClients(bodies, body -> bench.copy());
        REPORT.add(String.format("ingest, 2 clients x %d batches of %d into sample | POST /api/v1/samples %.0f"
                + " samples/s | POST /api/v1/write %.0f samples/s | SampleIngest in-process %.0f samples/s | JDBC batch"
                + " %.0f samples/s | COPY alone %.0f samples/s | JSON/COPY = %.2f | remote write/COPY = %.2f",
                BATCHES_PER_CLIENT, BATCH, api, remote, service, jdbc, copy, api / copy, remote / copy));
    }

    @Test
    @Order(2)
    void tickOverMonitoredIncidents() throws Exception {
        for (int size : SIZES) {
            BenchData.closeAll(dataSource);
            String prefix = "t" + size + "_";
            clock.advance(Duration.ofMinutes(5));
            BenchData.monitoredIncidents(dataSource, prefix, size, clock.instant());
            // First tick: claims everything and loads the engine's memory; then steady state with fresh samples.
            clock.advance(Duration.ofMinutes(5));
            BenchData.freshSamples(dataSource, "sample", prefix, size, clock.instant().minusSeconds(60),
                    clock.instant().minusSeconds(59));
            Measured first = measured();
            // Steady state: the last of a few ticks, each with fresh samples (the first ones still pay for the JIT).
            Measured steady = null;
            for (int t = 0; t < STEADY_TICKS; t++) {
                clock.advance(Duration.ofMinutes(5));
                BenchData.freshSamples(dataSource, "sample", prefix, size, clock.instant().minusSeconds(60),
                        clock.instant().minusSeconds(59));
                steady = measured();
            }
            assertThat(steady.result.evaluated()).isEqualTo(size);
            assertThat(steady.result.failed()).isZero();
            REPORT.add(String.format("tick, %,d incidents, %,d fresh samples | first %.2f s (JVM CPU %.2f s) |"
                    + " steady %.2f s = %.1f µs/incident (JVM CPU %.2f s) | %d Hibernate statements + %d writer"
                    + " statements per tick | steady: %s | first: %s", size, size * 3, first.seconds, first.cpuSeconds,
                    steady.seconds, steady.seconds * 1e6 / size, steady.cpuSeconds, steady.statements,
                    steady.result.phases().writerStatements(), steady.result.phases(), first.result.phases()));
        }
    }

    @Test
    @Order(3)
    void decisionsFeed() throws Exception {
        int size = SIZES.get(SIZES.size() - 1);
        StringBuilder rows = new StringBuilder();
        long revision;
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT last_revision FROM decision_revision")) {
            result.next();
            revision = result.getLong(1);
        }
        for (int i = 0; i < size; i++) {
            rows.append("feed").append(i).append(',').append(revision + 1 + i).append(",true,2,foreign-blocked,")
                    .append("\"{\"\"webForeign\"\":\"\"block\"\",\"\"allowCountries\"\":[\"\"JP\"\"]}\",")
                    .append(clock.instant()).append('\n');
        }
        BenchData.copy(dataSource, "current_decision",
                "account_id, revision, active, stage_level, stage_name, controls, decided_at", rows);
        BenchData.execute(dataSource, "UPDATE decision_revision SET last_revision = " + (revision + size));
        HttpClient http = HttpClient.newHttpClient();
        String token = Tokens.token("bench", Roles.AGENT);
        get(http, token, "?since=0");
        long started = System.nanoTime();
        long since = 0;
        int pages = 0;
        long bytes = 0;
        boolean more = true;
        while (more) {
            String page = get(http, token, "?since=" + since);
            bytes += page.length();
            pages++;
            var json = io.restassured.path.json.JsonPath.from(page);
            since = json.getLong("revision");
            more = json.getBoolean("more");
        }
        double full = (System.nanoTime() - started) / 1e9;
        int calls = 200;
        started = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            get(http, token, "?since=" + since);
        }
        double highWater = (System.nanoTime() - started) / 1e6 / calls;
        REPORT.add(String.format("decisions feed (pages streamed as rows are read) | full since=0 of %,d decisions:"
                + " %.2f s in %d pages of <= 10 000 (%.1f MB) | since=high-water round trip %.2f ms (goal < 5 ms)",
                size, full, pages, bytes / 1e6, highWater));
    }

    /**
     * A soak: {@code bench.soak.ticks} ticks (default: one simulated hour of {@code probation.evaluation.every}) over
     * 10 000 monitored incidents with fresh samples each, the test clock moving one period per tick. Heap after a full
     * GC once the first ticks have loaded the engine's memory, and again at the end: more than 10 % growth fails the
     * benchmark (after its row is printed).
     */
    @Test
    @Order(4)
    void memoryDoesNotGrowWithTicks() throws Exception {
        int size = 10_000;
        Duration every = evaluation.every();
        int ticks = Integer.getInteger("bench.soak.ticks",
                (int) Math.ceil(Duration.ofHours(1).toMillis() / (double) every.toMillis()));
        BenchData.closeAll(dataSource);
        clock.advance(every);
        BenchData.monitoredIncidents(dataSource, "mem", size, clock.instant());
        // Warm-up: the first ticks claim everything and fill the engine's memory and Hibernate's caches.
        for (int t = 0; t < 3; t++) {
            soakTick(every, size);
        }
        long heapStart = heapAfterGc();
        long rssStart = rss();
        double slowest = 0;
        double total = 0;
        for (int t = 1; t <= ticks; t++) {
            double seconds = soakTick(every, size);
            slowest = Math.max(slowest, seconds);
            total += seconds;
        }
        long heapEnd = heapAfterGc();
        double growth = (heapEnd - heapStart) / (double) heapStart;
        REPORT.add(String.format("memory soak, %,d incidents x %d ticks of %s (%.1f h simulated) | heap after GC: "
                + "start %.1f MB, end %.1f MB (%+.1f %%, limit +10 %%) | RSS: start %.0f MB, end %.0f MB | "
                + "tick mean %.2f s, slowest %.2f s", size, ticks, every, ticks * every.toMinutes() / 60.0,
                heapStart / 1e6, heapEnd / 1e6, growth * 100, rssStart / 1e6, rss() / 1e6, total / ticks, slowest));
        assertThat(growth).as("heap after GC grew from %d to %d bytes over %d ticks", heapStart, heapEnd, ticks)
                .isLessThanOrEqualTo(0.10);
    }

    private double soakTick(Duration every, int size) throws Exception {
        clock.advance(every);
        BenchData.freshSamples(dataSource, "sample", "mem", size, clock.instant().minusSeconds(60),
                clock.instant().minusSeconds(59));
        Measured tick = measured();
        assertThat(tick.result.failed()).isZero();
        return tick.seconds;
    }

    /**
     * What the steady ticks write, from {@code pg_stat_user_tables}: row updates, HOT updates, dead tuples and size of
     * the incident tables over {@code bench.write.ticks} ticks of {@code bench.write.incidents} monitored incidents.
     * Autovacuum is off for the measured tables meanwhile, so the dead tuples are the ticks' own.
     */
    @Test
    @Order(5)
    void writePattern() throws Exception {
        int size = Integer.getInteger("bench.write.incidents", 10_000);
        int ticks = Integer.getInteger("bench.write.ticks", 12);
        List<String> tables = List.of("incident", "incident_engine", "incident_schedule", "shadow_run",
                "shadow_run_engine");
        BenchData.closeAll(dataSource);
        clock.advance(Duration.ofMinutes(5));
        BenchData.monitoredIncidents(dataSource, "wp", size, clock.instant());
        // One tick to load the engine's memory, then a vacuumed start.
        clock.advance(Duration.ofMinutes(5));
        BenchData.freshSamples(dataSource, "sample", "wp", size, clock.instant().minusSeconds(60),
                clock.instant().minusSeconds(59));
        measured();
        List<String> present = new ArrayList<>();
        for (String table : tables) {
            if (BenchData.tableStats(dataSource, table) != null) {
                present.add(table);
                BenchData.execute(dataSource, "VACUUM ANALYZE " + table);
                BenchData.execute(dataSource, "ALTER TABLE " + table + " SET (autovacuum_enabled = false)");
            }
        }
        Thread.sleep(1_500);
        Map<String, BenchData.TableStats> before = new java.util.HashMap<>();
        for (String table : present) {
            before.put(table, BenchData.tableStats(dataSource, table));
        }
        double seconds = 0;
        for (int t = 0; t < ticks; t++) {
            clock.advance(Duration.ofMinutes(5));
            BenchData.freshSamples(dataSource, "sample", "wp", size, clock.instant().minusSeconds(60),
                    clock.instant().minusSeconds(59));
            seconds += measured().seconds;
        }
        // Backends report their counters when idle, at most once a second and at the latest after ten.
        Thread.sleep(12_000);
        for (String table : present) {
            BenchData.TableStats start = before.get(table);
            BenchData.TableStats end = BenchData.tableStats(dataSource, table);
            BenchData.execute(dataSource, "ALTER TABLE " + table + " RESET (autovacuum_enabled)");
            REPORT.add(String.format("writes, %,d incidents x %d ticks (%.2f s/tick) | %s: %,d updates, %,d HOT,"
                    + " %,d dead tuples beside %,d live, heap %,d kB -> %,d kB (with indexes %,d kB -> %,d kB)", size,
                    ticks, seconds / ticks, table, end.updates() - start.updates(),
                    end.hotUpdates() - start.hotUpdates(), end.dead(), end.live(), start.heapBytes() / 1024,
                    end.heapBytes() / 1024, start.totalBytes() / 1024, end.totalBytes() / 1024));
        }
    }

    @AfterAll
    static void print() {
        System.out.println("\n===== Probation benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.version") + ") =====");
        REPORT.forEach(line -> System.out.println("  " + line));
        System.out.println("=====\n");
    }

    /** A tick's wall time, the JVM's CPU time meanwhile (all threads), and the statements Hibernate prepared. */
    private record Measured(TickResult result, double seconds, double cpuSeconds, long statements) {
    }

    private Measured measured() {
        var statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();
        long cpu = processCpuNanos();
        long started = System.nanoTime();
        TickResult result = tick.run();
        return new Measured(result, (System.nanoTime() - started) / 1e9, (processCpuNanos() - cpu) / 1e9,
                statistics.getPrepareStatementCount() - before);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private interface Sender<T> {
        void send(T body) throws Exception;
    }

    /** Samples per second with two clients sending half the bodies each. */
    private static <T> double twoClients(List<T> bodies, Sender<T> sender) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long started = System.nanoTime();
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                List<T> share = bodies.subList(c * bodies.size() / 2, (c + 1) * bodies.size() / 2);
                clients.add(pool.submit(() -> {
                    for (T body : share) {
                        sender.send(body);
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
            return bodies.size() * (double) BATCH / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private void post(HttpClient http, String token, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(samplesUrl.toURI())
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private String get(HttpClient http, String token, String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(decisionsUrl + query))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** Used heap after full collections (two: objects freed by finalization-like cleanups go in the second). */
    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long rss() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return 0;
    }
}
