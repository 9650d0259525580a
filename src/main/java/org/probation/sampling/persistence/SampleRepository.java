package org.probation.sampling.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.probation.sampling.SampleView;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Reads stored samples. Writes and deletes go through {@link SampleWriter}. */
@ApplicationScoped
public class SampleRepository implements PanacheRepositoryBase<SampleEntity, Long> {

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
    public record Arrived(String account, long id, String metric, Instant at, double value) {
    }

    /**
     * The samples of the batch's incidents that arrived after each incident's own cursor and up to {@code safeEnd},
     * in arrival order. Joined on each incident's cursor, so the database reads one short range of the
     * {@code (account_id, id)} index per account instead of every new sample of the tick once per batch.
     */
    public List<Arrived> arrivedSinceCursors(List<UUID> incidentIds, long safeEnd) {
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
     * One bucket of a chart's grid as the database filled it; times in microseconds since the epoch.
     *
     * @param index {@code (at - origin) / width}
     * @param lowAt the first sample with the smallest value
     * @param highAt the first sample with the largest value
     * @param beforeGap the sample before the bucket's first missing one (a gap longer than {@code gap}), which may lie in
     *        an earlier bucket; {@code null} when no data is missing
     */
    public record Bucket(String metric, long index, long samples, double low, long lowAt, double high, long highAt,
            Long beforeGap) {
    }

    /**
     * The samples of {@code metrics} of {@code account} taken in {@code [since, until]}, as a grid of buckets of
     * {@code width} microseconds from {@code origin} (microseconds since the epoch): each bucket's count, minimum and
     * maximum with their times, and where its first gap longer than {@code gap} microseconds begins; ordered by metric
     * and bucket. One set-based query on H2 and PostgreSQL, so a week of one-minute samples comes back as a few
     * hundred rows per metric instead of ten thousand; integer microseconds, so each sample falls into the bucket Java
     * would put it in. The windows and the grouping share one sort of the account's rows (the bucket rises with time).
     */
    @SuppressWarnings("unchecked")
    public List<Bucket> buckets(String account, Collection<String> metrics, Instant since, Instant until,
            long origin, long width, long gap) {
        if (metrics.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT metric, bucket, COUNT(*),
                       MIN(metric_value), MIN(CASE WHEN metric_value = bucket_low THEN t END),
                       MAX(metric_value), MIN(CASE WHEN metric_value = bucket_high THEN t END),
                       MIN(CASE WHEN t - previous_t > :gap THEN previous_t END)
                FROM (
                    SELECT metric, metric_value, t, bucket,
                           LAG(t) OVER (PARTITION BY metric ORDER BY bucket, t, id) AS previous_t,
                           MIN(metric_value) OVER (PARTITION BY metric, bucket) AS bucket_low,
                           MAX(metric_value) OVER (PARTITION BY metric, bucket) AS bucket_high
                    FROM (
                        SELECT id, metric, metric_value, t, (t - :origin) / :width AS bucket
                        FROM (
                            SELECT id, metric, metric_value,
                                   CAST(EXTRACT(EPOCH FROM sampled_at) * 1000000 AS BIGINT) AS t
                            FROM sample
                            WHERE account_id = :account AND metric IN (:metrics)
                              AND sampled_at >= :since AND sampled_at <= :until
                        ) timed
                    ) bucketed
                ) windowed
                GROUP BY metric, bucket
                ORDER BY metric, bucket""")
                .setParameter("account", account).setParameter("metrics", metrics).setParameter("since", since)
                .setParameter("until", until).setParameter("origin", origin).setParameter("width", width)
                .setParameter("gap", gap).getResultList();
        return rows.stream().map(row -> new Bucket((String) row[0], number(row[1]), number(row[2]),
                ((Number) row[3]).doubleValue(), number(row[4]), ((Number) row[5]).doubleValue(), number(row[6]),
                row[7] == null ? null : number(row[7]))).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
