package org.probation.sampling.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.probation.sampling.model.CheckedSamples;
import org.probation.sampling.model.SampleRules.Sample;

/**
 * Writes the {@code sample} table, the one place that does so, and asks which accounts are watched on the way in.
 * Ingest is the hottest write path (README "Performance" has the figures): on PostgreSQL one binary {@code COPY} per
 * request, elsewhere one JDBC batch; one query for the watched accounts of a request. Retention deletes in bounded
 * native batches, which JPQL cannot express (no row limit in a bulk delete).
 */
@ApplicationScoped
public class SampleWriter {

    private static final String INSERT = "INSERT INTO sample (account_id, metric, sampled_at, metric_value, received_at, source)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    private static final String COPY = "COPY sample (account_id, metric, sampled_at, metric_value, received_at, source)"
            + " FROM STDIN (FORMAT binary)";
    /** The binary format's signature, flags and header extension length. */
    private static final byte[] COPY_HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0,
            0, 0, 0, 0, 0 };
    private static final long PG_EPOCH_SECOND = 946_684_800;
    private static final String WATCHED = "SELECT open_account_id FROM incident WHERE open_account_id = ANY (?)";
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

    /**
     * The accounts among {@code accounts} that have an open incident, the ones whose samples are kept: one query
     * whatever their number (an array parameter, not an IN list per few hundred). Asked here rather than of the
     * incident feature, which depends on sampling.
     */
    public Set<String> watchedAmong(Set<String> accounts) {
        if (accounts.isEmpty()) {
            return Set.of();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement watched = connection.prepareStatement(WATCHED)) {
            watched.setArray(1, connection.createArrayOf("varchar", accounts.toArray()));
            Set<String> found = new HashSet<>();
            try (ResultSet rows = watched.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the watched accounts among " + accounts.size(), e);
        }
    }

    /** Writes in the caller's transaction (the connection is enlisted), so a failure writes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<Sample> samples, String source, Instant receivedAt) {
        insert(CheckedSamples.of(samples, receivedAt), source, receivedAt);
    }

    /**
     * Writes the valid samples of {@code samples} in the caller's transaction (the connection is enlisted), so a
     * failure writes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(CheckedSamples samples, String source, Instant receivedAt) {
        if (samples.size() == 0) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class), samples, source, receivedAt);
            } else {
                batch(connection, samples, source, receivedAt);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store " + samples.size() + " samples", e);
        }
    }

    /** PostgreSQL: one {@code COPY} in its binary format, which the server stores without parsing any text. */
    private static void copy(PGConnection connection, CheckedSamples samples, String source, Instant receivedAt)
            throws SQLException {
        byte[] sourceBytes = source.getBytes(StandardCharsets.UTF_8);
        byte[][] accounts = new byte[samples.size()][];
        byte[][] metrics = new byte[samples.size()][];
        int length = COPY_HEADER.length + 2;
        for (int i = 0; i < samples.size(); i++) {
            accounts[i] = samples.account(i).getBytes(StandardCharsets.UTF_8);
            metrics[i] = samples.metric(i).getBytes(StandardCharsets.UTF_8);
            length += 2 + 4 + accounts[i].length + 4 + metrics[i].length + 3 * 12 + 4 + sourceBytes.length;
        }
        ByteBuffer rows = ByteBuffer.allocate(length);
        rows.put(COPY_HEADER);
        long received = pgMicros(receivedAt);
        for (int i = 0; i < samples.size(); i++) {
            rows.putShort((short) 6);
            rows.putInt(accounts[i].length).put(accounts[i]);
            rows.putInt(metrics[i].length).put(metrics[i]);
            rows.putInt(8).putLong(pgMicros(samples.at(i)));
            rows.putInt(8).putLong(Double.doubleToLongBits(samples.value(i)));
            rows.putInt(8).putLong(received);
            rows.putInt(sourceBytes.length).put(sourceBytes);
        }
        rows.putShort((short) -1);
        CopyIn copy = connection.getCopyAPI().copyIn(COPY);
        try {
            copy.writeToCopy(rows.array(), 0, rows.position());
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** Microseconds since 2000-01-01 UTC, PostgreSQL's binary timestamp, rounded as it rounds text input. */
    private static long pgMicros(Instant at) {
        // Exact: an instant out of range fails the batch rather than storing a wrapped timestamp.
        return Math.addExact(Math.multiplyExact(at.getEpochSecond() - PG_EPOCH_SECOND, 1_000_000L),
                (at.getNano() + 500) / 1_000);
    }

    /** Elsewhere (H2): a JDBC batch. */
    private static void batch(Connection connection, CheckedSamples samples, String source, Instant receivedAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            OffsetDateTime received = OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC);
            int pending = 0;
            for (int i = 0; i < samples.size(); i++) {
                insert.setString(1, samples.account(i));
                insert.setString(2, samples.metric(i));
                insert.setObject(3, OffsetDateTime.ofInstant(samples.at(i), ZoneOffset.UTC));
                insert.setDouble(4, samples.value(i));
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
