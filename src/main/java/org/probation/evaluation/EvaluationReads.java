package org.probation.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.probation.incident.model.IncidentStatus;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.policy.PolicyCatalog;
import org.probation.sampling.MetricSource.WatchedAccount;
import org.probation.sampling.model.SampleRules.Sample;

/** The tick's reads, each a bounded number of set-based queries. */
@ApplicationScoped
public class EvaluationReads {

    private final EntityManager em;
    private final PolicyCatalog policies;
    private final EvaluationConfig config;

    EvaluationReads(EntityManager em, PolicyCatalog policies, EvaluationConfig config) {
        this.em = em;
        this.policies = policies;
        this.config = config;
    }

    /** Every account under an open incident with the metrics of its current gates, in one query. */
    @Transactional
    public List<WatchedAccount> watchedAccounts() {
        List<Object[]> rows = em.createQuery(
                "select i.openAccountId, i.policy, i.stage from IncidentEntity i where i.openAccountId is not null",
                Object[].class).getResultList();
        List<WatchedAccount> watched = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            policies.find((String) row[1]).ifPresent(policy -> watched.add(
                    new WatchedAccount((String) row[0], policy.gatesAt((Integer) row[2]).keySet())));
        }
        return watched;
    }

    record Loaded(UUID id, long version, String account, String policy, IncidentStatus status, String tracks,
            long cursor, List<Long> sampleIds) {
    }

    record Batch(List<Loaded> incidents, Map<String, List<Sample>> samplesByAccount, int sampleCount) {
    }

    /** Three queries for the whole batch: the incidents, the safe end of arrivals, the samples since the cursors. */
    @Transactional
    public Batch loadBatch(List<UUID> ids, Instant now) {
        List<IncidentEntity> entities = em.createQuery("from IncidentEntity i join fetch i.account where i.id in :ids",
                IncidentEntity.class).setParameter("ids", ids).getResultList();
        if (entities.isEmpty()) {
            return new Batch(List.of(), Map.of(), 0);
        }
        long floor = entities.stream().mapToLong(i -> i.lastSampleId).min().orElse(0);
        long safeEnd = safeArrivalEnd(floor, now.minus(config.arrivalGrace()));
        Map<String, List<Sample>> byAccount = new HashMap<>();
        Map<String, List<Long>> idsByAccount = new HashMap<>();
        int count = 0;
        if (safeEnd > floor) {
            // Joined on each incident's own cursor, so the database reads one short range of the (account_id, id)
            // index per account instead of every new sample of the tick once per batch.
            List<Object[]> rows = em.createQuery("""
                    select s.accountId, s.id, s.metric, s.at, s.value from SampleEntity s, IncidentEntity i
                    where i.id in :ids and s.accountId = i.account.id
                      and s.id > i.lastSampleId and s.id <= :safeEnd
                    order by s.id""", Object[].class)
                    .setParameter("ids", ids).setParameter("safeEnd", safeEnd).getResultList();
            for (Object[] row : rows) {
                String account = (String) row[0];
                byAccount.computeIfAbsent(account, a -> new ArrayList<>())
                        .add(new Sample(account, (String) row[2], (Instant) row[3], (Double) row[4]));
                idsByAccount.computeIfAbsent(account, a -> new ArrayList<>()).add((Long) row[1]);
            }
            count = rows.size();
        }
        List<Loaded> loaded = new ArrayList<>(entities.size());
        for (IncidentEntity i : entities) {
            loaded.add(new Loaded(i.id, i.version, i.account.id, i.policy, i.status(), i.tracks, i.lastSampleId,
                    idsByAccount.getOrDefault(i.account.id, List.of())));
        }
        return new Batch(loaded, byAccount, count);
    }

    /**
     * The largest sample id that is safe to evaluate: every sample received at or before {@code horizon} has
     * committed, so ids up to the first one received after it can no longer be overtaken by a late commit.
     */
    private long safeArrivalEnd(long floor, Instant horizon) {
        Long firstTooRecent = em.createQuery(
                "select min(s.id) from SampleEntity s where s.id > :floor and s.receivedAt > :horizon", Long.class)
                .setParameter("floor", floor).setParameter("horizon", horizon).getSingleResult();
        if (firstTooRecent != null) {
            return firstTooRecent - 1;
        }
        Long last = em.createQuery("select max(s.id) from SampleEntity s", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }
}
