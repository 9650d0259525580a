package org.probation.sampling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.probation.sampling.model.SampleRules.Sample;

/**
 * Inserts samples with one JDBC batch per call instead of one statement per row: ingest is the hottest write path.
 * (On PostgreSQL, {@code reWriteBatchedInserts} turns the batch into multi-row inserts.)
 */
@ApplicationScoped
public class SampleWriter {

    private static final String INSERT = "INSERT INTO sample (account_id, metric, sampled_at, metric_value, received_at, source)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    private static final int CHUNK = 1_000;

    private final DataSource dataSource;

    SampleWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes in the caller's transaction (the connection is enlisted), so a failure writes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<Sample> samples, String source, Instant receivedAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            OffsetDateTime received = OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC);
            int pending = 0;
            for (Sample sample : samples) {
                insert.setString(1, sample.account());
                insert.setString(2, sample.metric());
                insert.setObject(3, OffsetDateTime.ofInstant(sample.at(), ZoneOffset.UTC));
                insert.setDouble(4, sample.value());
                insert.setObject(5, received);
                insert.setString(6, source);
                insert.addBatch();
                if (++pending == CHUNK) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store " + samples.size() + " samples", e);
        }
    }

    /** For samples pulled by the tick, which has no transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insertInOwnTransaction(List<Sample> samples, String source, Instant receivedAt) {
        insert(samples, source, receivedAt);
    }
}
