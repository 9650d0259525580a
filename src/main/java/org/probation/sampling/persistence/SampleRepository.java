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
