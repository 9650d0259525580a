package org.probation.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

/** Bulk set-up for the benchmarks, with PostgreSQL's COPY: the service's own API would take longer than the runs. */
final class BenchData {

    static final List<String> METRICS = List.of("mail_sent_per_hour", "mail_foreign_ratio", "cpu_load");

    private BenchData() {
    }

    static void copy(DataSource dataSource, String table, String columns, CharSequence rows) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)",
                            new StringReader(rows.toString()));
            // A bulk load leaves the planner's statistics behind; autovacuum would catch up within a minute.
            try (var statement = connection.createStatement()) {
                statement.execute("ANALYZE " + table);
            }
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    static String account(String prefix, int i) {
        return prefix + i;
    }

    /** {@code count} accounts with an incident in MONITORING under the default policy, due now. */
    static void monitoredIncidents(DataSource dataSource, String prefix, int count, Instant reportedAt)
            throws SQLException {
        long cursor = maxSampleId(dataSource);
        StringBuilder accounts = new StringBuilder();
        StringBuilder incidents = new StringBuilder();
        StringBuilder engines = new StringBuilder();
        StringBuilder schedules = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String account = account(prefix, i);
            UUID id = UUID.randomUUID();
            accounts.append(account).append(",owner@example.jp,ja,,\"[\"\"a.example\"\"]\",").append(reportedAt)
                    .append(',').append(reportedAt).append('\n');
            incidents.append(id).append(',').append(account).append(',').append(account)
                    .append(",MASS_MAIL,default,MONITORING,2,0,").append(reportedAt).append(',').append(reportedAt)
                    .append(',').append(reportedAt).append(',').append(reportedAt.plusSeconds(7 * 86_400)).append(',')
                    .append(reportedAt).append(',').append(reportedAt).append(',').append(reportedAt).append(',')
                    .append(reportedAt).append(",0\n");
            engines.append(id).append(',').append(cursor).append('\n');
            schedules.append(id).append(',').append(reportedAt).append('\n');
        }
        copy(dataSource, "account", "id, email, locale, name, domains, created_at, updated_at", accounts);
        copy(dataSource, "incident", "id, account_id, open_account_id, cause, policy, state, stage_level, relapses,"
                + " opened_at, reported_at, monitoring_since, monitoring_until, stage_since, clean_since,"
                + " report_requested_at, round_reported_at, version",
                incidents);
        copy(dataSource, "incident_engine", "incident_id, last_sample_id", engines);
        copy(dataSource, "incident_schedule", "incident_id, next_evaluation_at", schedules);
    }

    /** Closes every incident, so that the next measurement sees only its own. */
    static void closeAll(DataSource dataSource) throws SQLException {
        execute(dataSource, "UPDATE incident SET open_account_id = NULL, state = 'LIFTED', closed_at = now()"
                + " WHERE closed_at IS NULL");
        execute(dataSource, "UPDATE incident_schedule SET next_evaluation_at = NULL"
                + " WHERE next_evaluation_at IS NOT NULL");
    }

    /** One clean sample per gated metric per account at {@code at}, received at {@code receivedAt}. */
    static void freshSamples(DataSource dataSource, String table, String prefix, int count, Instant at,
            Instant receivedAt) throws SQLException {
        StringBuilder rows = new StringBuilder(count * 3 * 80);
        for (int i = 0; i < count; i++) {
            String account = account(prefix, i);
            for (String metric : METRICS) {
                rows.append(account).append(',').append(metric).append(',').append(at).append(',')
                        .append(metric.equals("mail_sent_per_hour") ? "12" : "0.1").append(',').append(receivedAt)
                        .append(",bench\n");
            }
        }
        copy(dataSource, table, "account_id, metric, sampled_at, metric_value, received_at, source", rows);
    }

    static long maxSampleId(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT coalesce(max(id), 0) FROM sample")) {
            result.next();
            return result.getLong(1);
        }
    }

    record TableStats(long updates, long hotUpdates, long live, long dead, long heapBytes, long totalBytes) {
    }

    /** A table's counters from {@code pg_stat_user_tables}, or {@code null} when the table does not exist. */
    static TableStats tableStats(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SELECT n_tup_upd, n_tup_hot_upd, n_live_tup, n_dead_tup,"
                        + " pg_relation_size(relid), pg_total_relation_size(relid) FROM pg_stat_user_tables"
                        + " WHERE relname = ?")) {
            connection.setAutoCommit(true);
            try (var clear = connection.createStatement()) {
                clear.execute("SELECT pg_stat_clear_snapshot()");
            }
            statement.setString(1, table);
            try (var result = statement.executeQuery()) {
                if (!result.next()) {
                    return null;
                }
                return new TableStats(result.getLong(1), result.getLong(2), result.getLong(3), result.getLong(4),
                        result.getLong(5), result.getLong(6));
            }
        }
    }

    static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
