package org.probation.sampling.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;
import org.probation.claim.SqlDialect;
import org.probation.sampling.SampleView;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Reads stored samples. Writes and deletes go through {@link SampleWriter}. */
@ApplicationScoped
public class SampleRepository implements PanacheRepositoryBase<SampleEntity, Long> {

    /**
     * PostgreSQL: the batch's (account, cursor) pairs as two arrays, and for each pair one range of the
     * {@code (account_id, id)} index from its own cursor to {@code safeEnd}. As a plain join (the H2 shape below) the
     * planner hashed the batch against every sample with {@code id <= safeEnd}, i.e. the whole table, once per batch:
     * {@code EXPLAIN} showed a sequential scan of 132 000 samples for 1 500 rows at 10 000 incidents, and the cost grows
     * with retention, not with what arrived. {@code OFFSET 0} keeps the subquery from being flattened back into that
     * join, so the per-account range is the only plan, whatever the statistics say. The text is the same for every
     * batch, so one prepared statement serves them all.
     */
    private static final String ARRIVED_SINCE_CURSORS = """
            SELECT s.account_id, s.id, s.metric, s.sampled_at, s.metric_value
            FROM unnest(?, ?) AS c(account_id, after_id)
            CROSS JOIN LATERAL (
                SELECT a.account_id, a.id, a.metric, a.sampled_at, a.metric_value FROM sample a
                WHERE a.account_id = c.account_id AND a.id > c.after_id AND a.id <= ?
                OFFSET 0) s
            ORDER BY s.id""";

    private final SqlDialect dialect;

    SampleRepository(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** At most {@code max} samples of {@code account} taken in {@code [since, until]}, oldest first. */
    public List<SampleView> taken(String account, String metric, Instant since, Instant until, int max) {
        return find("accountId = :account and (:metric is null or metric = :metric) and at >= :since and at <= :until",
                Sort.by("at").and("id"),
                Parameters.with("account", account).and("metric", metric).and("since", since).and("until", until))
                .project(SampleView.class)
                .range(0, max - 1)
                .list();
    }

    /** The last stored sample's id, 0 when there is none: a new incident's cursor starts after it. */
    public long lastId() {
        return getEntityManager().createQuery("select coalesce(max(s.id), 0) from SampleEntity s", Long.class)
                .getSingleResult();
    }

    /** A sample that arrived after an incident's cursor, with its arrival id. */
    @RegisterForReflection
    public record Arrived(String account, long id, String metric, Instant at, double value) {
    }

    /** An incident of the tick's batch as its arrivals are read: its account and its arrival cursor. */
    public record Cursor(UUID incident, String account, long after) {
    }

    /**
     * The samples of the batch's incidents that arrived after each incident's own cursor and up to {@code safeEnd},
     * in arrival order: the database reads one short range of the {@code (account_id, id)} index per account, never
     * every new sample of the tick once per batch. H2 (dev and the default tests) keeps the plain join of the claimed
     * incidents on their stored cursors, the ones the batch read in the same transaction.
     */
    public List<Arrived> arrivedSinceCursors(List<Cursor> cursors, long safeEnd) {
        if (cursors.isEmpty()) {
            return List.of();
        }
        if (!dialect.isPostgres()) {
            return arrivedByJoin(cursors.stream().map(Cursor::incident).toList(), safeEnd);
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(ARRIVED_SINCE_CURSORS)) {
                query.setArray(1, connection.createArrayOf("varchar",
                        cursors.stream().map(Cursor::account).toArray()));
                query.setArray(2, connection.createArrayOf("int8",
                        cursors.stream().map(Cursor::after).toArray()));
                query.setLong(3, safeEnd);
                List<Arrived> arrived = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        arrived.add(new Arrived(rows.getString(1), rows.getLong(2), rows.getString(3),
                                rows.getObject(4, OffsetDateTime.class).toInstant(), rows.getDouble(5)));
                    }
                }
                return arrived;
            }
        });
    }

    private List<Arrived> arrivedByJoin(List<UUID> incidentIds, long safeEnd) {
        return getEntityManager().createQuery("""
                select new org.probation.sampling.persistence.SampleRepository$Arrived(
                    s.accountId, s.id, s.metric, s.at, s.value)
                from SampleEntity s, IncidentEntity i
                where i.id in :ids and s.accountId = i.account.id
                  and s.id > i.lastSampleId and s.id <= :safeEnd
                order by s.id""", Arrived.class).setParameter("ids", incidentIds).setParameter("safeEnd", safeEnd)
                .getResultList();
    }

    /**
     * The largest sample id that is safe to evaluate: every sample received at or before {@code horizon} has
     * committed, so ids up to the first one received after it can no longer be overtaken by a late commit.
     */
    public long safeArrivalEnd(long floor, Instant horizon) {
        Long firstTooRecent = getEntityManager().createQuery(
                "select min(s.id) from SampleEntity s where s.id > :floor and s.receivedAt > :horizon", Long.class)
                .setParameter("floor", floor).setParameter("horizon", horizon).getSingleResult();
        if (firstTooRecent != null) {
            return firstTooRecent - 1;
        }
        Long last = getEntityManager().createQuery("select max(s.id) from SampleEntity s", Long.class)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    /**
     * At most {@code max} samples of {@code metrics} of {@code account} taken in {@code [since, until]}, oldest first:
     * the charts of all an incident's gates from one read of the account's range of the {@code (account_id, id)}
     * index, instead of one read of the same rows per gate.
     */
    public List<SampleView> takenOf(String account, Collection<String> metrics, Instant since, Instant until,
            int max) {
        if (metrics.isEmpty()) {
            return List.of();
        }
        return find("accountId = :account and metric in :metrics and at >= :since and at <= :until",
                Sort.by("at").and("id"),
                Parameters.with("account", account).and("metrics", metrics).and("since", since).and("until", until))
                .project(SampleView.class)
                .range(0, max - 1)
                .list();
    }
}
