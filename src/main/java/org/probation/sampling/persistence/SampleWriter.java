package org.probation.sampling.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.probation.sampling.model.SampleRules.Sample;

/**
 * Writes the {@code sample} table, the one place that does so. Ingest is the hottest write path: one JDBC batch per
 * call instead of one statement per row (on PostgreSQL, {@code reWriteBatchedInserts} turns the batch into multi-row
 * inserts; README "Performance" has the figures). Retention deletes in bounded native batches, which JPQL cannot
 * express (no row limit in a bulk delete).
 */
@ApplicationScoped
public class SampleWriter {

    private static final String INSERT = "INSERT INTO sample (account_id, metric, sampled_at, metric_value, received_at, source)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    private static final int CHUNK = 1_000;
    // Two statements, not DELETE ... WHERE id IN (SELECT ... FETCH FIRST): H2 runs such a subquery again for every
    // row it deletes (quadratic: over a minute for the test suite's samples). The oldest deletable ids up to the
    // batch size end at PURGE_UP_TO; ids only grow and new samples are not old, so PURGE deletes exactly those.
    private static final String PURGE_UP_TO = """
            SELECT MAX(id) FROM (
              SELECT s.id FROM sample s
              WHERE s.received_at < :cutoff
                AND NOT EXISTS (SELECT 1 FROM incident i WHERE i.open_account_id = s.account_id)
              ORDER BY s.id FETCH FIRST :rows ROWS ONLY) oldest""";
    private static final String PURGE = """
            DELETE FROM sample s
            WHERE s.id <= :upTo AND s.received_at < :cutoff
              AND NOT EXISTS (SELECT 1 FROM incident i WHERE i.open_account_id = s.account_id)""";

    private final DataSource dataSource;
    private final EntityManager em;

    SampleWriter(DataSource dataSource, EntityManager em) {
        this.dataSource = dataSource;
        this.em = em;
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

    /**
     * Deletes up to {@code rows} samples received before {@code cutoff} of accounts without an open incident, in the
     * caller's transaction; returns how many it deleted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteUnwatchedBefore(Instant cutoff, int rows) {
        OffsetDateTime before = OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
        Number upTo = (Number) em.createNativeQuery(PURGE_UP_TO).setParameter("cutoff", before)
                .setParameter("rows", rows).getSingleResult();
        if (upTo == null) {
            return 0;
        }
        return em.createNativeQuery(PURGE).setParameter("upTo", upTo.longValue()).setParameter("cutoff", before)
                .executeUpdate();
    }
}
