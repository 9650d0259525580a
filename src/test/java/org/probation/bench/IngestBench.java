package org.probation.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.probation.sampling.model.SampleRules;
import org.probation.sampling.remotewrite.model.WriteRequests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest benchmark's requests and baselines: request {@code b} carries samples of accounts {@code b * batch} to
 * {@code b * batch + batch - 1} (modulo the watched ones), one per account, at distinct times; the baselines write the
 * same number of rows into the same table.
 */
final class IngestBench {

    /** The remote-write series mapped to {@code cpu_load} in the benchmark's profile. */
    static final String SERIES = "account_cpu_load";

    private final DataSource dataSource;
    private final Instant now;
    private final String prefix;
    private final int accounts;
    private final int batch;

    IngestBench(DataSource dataSource, Instant now, String prefix, int accounts, int batch) {
        this.dataSource = dataSource;
        this.now = now;
        this.prefix = prefix;
        this.accounts = accounts;
        this.batch = batch;
    }

    /**
     * The accounts with an open incident (closed by the next benchmark's {@code closeAll}): only
     * {@code open_account_id} matters to ingest, the rows are complete so that a tick could read them.
     */
    void watchAccounts() throws Exception {
        long cursor = BenchData.maxSampleId(dataSource);
        StringBuilder accountRows = new StringBuilder();
        StringBuilder incidents = new StringBuilder();
        StringBuilder engines = new StringBuilder();
        StringBuilder schedules = new StringBuilder();
        for (int i = 0; i < accounts; i++) {
            String account = prefix + i;
            UUID id = UUID.randomUUID();
            accountRows.append(account).append(",owner@example.jp,ja,,\"[\"\"a.example\"\"]\",").append(now).append(',')
                    .append(now).append('\n');
            incidents.append(id).append(',').append(account).append(',').append(account)
                    .append(",MASS_MAIL,default,MONITORING,2,0,").append(now).append(',').append(now).append(',')
                    .append(now).append(',').append(now.plusSeconds(7 * 86_400)).append(',').append(now).append(',')
                    .append(now).append(",0,").append(now).append('\n');
            engines.append(id).append(',').append(cursor).append('\n');
            schedules.append(id).append(',').append(now).append('\n');
        }
        BenchData.copy(dataSource, "account", "id, email, locale, name, domains, created_at, updated_at", accountRows);
        BenchData.copy(dataSource, "incident", "id, account_id, open_account_id, cause, policy, state, stage_level,"
                + " relapses, opened_at, reported_at, monitoring_since, monitoring_until, stage_since, clean_since,"
                + " version, report_requested_at", incidents);
        BenchData.copy(dataSource, "incident_engine", "incident_id, last_sample_id", engines);
        BenchData.copy(dataSource, "incident_schedule", "incident_id, next_evaluation_at", schedules);
    }

    private String account(int b, int i) {
        return prefix + (b * batch + i) % accounts;
    }

    String json(int b) {
        StringBuilder body = new StringBuilder("{\"samples\":[");
        for (int i = 0; i < batch; i++) {
            body.append(i == 0 ? "" : ",").append("{\"account\":\"").append(account(b, i))
                    .append("\",\"metric\":\"cpu_load\",\"at\":\"").append(now.minusSeconds(i))
                    .append("\",\"value\":0.25}");
        }
        return body.append("]}").toString();
    }

    /** As Prometheus sends a scrape: one series per account with its labels, one sample each. */
    byte[] remoteWrite(int b) {
        WriteRequests request = WriteRequests.request();
        for (int i = 0; i < batch; i++) {
            request.series(Map.of("__name__", SERIES, "account", account(b, i), "instance", "web" + i % 50 + ":9100",
                    "job", "fleet"), new double[] { 0.25 }, new long[] { now.minusSeconds(i).toEpochMilli() });
        }
        return request.snappy();
    }

    List<SampleRules.Candidate> candidates(int b) {
        List<SampleRules.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < batch; i++) {
            candidates.add(new SampleRules.Candidate(account(b, i), "cpu_load", now.minusSeconds(i).toString(), 0.25));
        }
        return candidates;
    }

    void post(HttpClient http, URI url, String token, byte[] body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-protobuf").header("Content-Encoding", "snappy")
                .header("X-Prometheus-Remote-Write-Version", "0.1.0")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    /** The rows of one request through a plain JDBC batch ({@code reWriteBatchedInserts}) in one transaction. */
    void jdbcBatch() throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO sample"
                        + " (account_id, metric, sampled_at, metric_value, received_at, source) VALUES (?,?,?,?,?,?)")) {
            connection.setAutoCommit(false);
            Timestamp received = Timestamp.from(now);
            for (int i = 0; i < batch; i++) {
                insert.setString(1, account(0, i));
                insert.setString(2, "cpu_load");
                insert.setTimestamp(3, Timestamp.from(now.minusSeconds(i)));
                insert.setDouble(4, 0.25);
                insert.setTimestamp(5, received);
                insert.setString(6, "bench-jdbc");
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    /** The rows of one request through {@code COPY} (CSV, as {@code psql \copy} sends it) alone: no ANALYZE after. */
    void copy() throws Exception {
        StringBuilder rows = new StringBuilder(batch * 96);
        for (int i = 0; i < batch; i++) {
            rows.append(account(0, i)).append(",cpu_load,").append(now.minusSeconds(i)).append(",0.25,").append(now)
                    .append(",bench-copy\n");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY sample (account_id, metric, sampled_at,"
                    + " metric_value, received_at, source) FROM STDIN WITH (FORMAT csv)", new StringReader(rows.toString()));
        }
    }
}
