package org.probation.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.probation.incident.model.IncidentStatus;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.incident.persistence.IncidentRepository;
import org.probation.policy.PolicyCatalog;
import org.probation.sampling.MetricSource.WatchedAccount;
import org.probation.sampling.model.SampleRules.Sample;
import org.probation.sampling.persistence.SampleRepository;

/** The tick's reads, each a bounded number of set-based queries. */
@ApplicationScoped
public class EvaluationReads {

    private final IncidentRepository incidents;
    private final SampleRepository samples;
    private final PolicyCatalog policies;
    private final EvaluationConfig config;

    EvaluationReads(IncidentRepository incidents, SampleRepository samples, PolicyCatalog policies,
            EvaluationConfig config) {
        this.incidents = incidents;
        this.samples = samples;
        this.policies = policies;
        this.config = config;
    }

    /** Every account under an open incident with the metrics of its current gates, in one query. */
    @Transactional
    public List<WatchedAccount> watchedAccounts() {
        List<WatchedAccount> watched = new ArrayList<>();
        for (IncidentRepository.Watched open : incidents.watched()) {
            policies.find(open.policy()).ifPresent(
                    policy -> watched.add(new WatchedAccount(open.account(), policy.gatesAt(open.stage()).keySet())));
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
        List<IncidentEntity> entities = incidents.batch(ids);
        if (entities.isEmpty()) {
            return new Batch(List.of(), Map.of(), 0);
        }
        long floor = entities.stream().mapToLong(i -> i.lastSampleId).min().orElse(0);
        long safeEnd = samples.safeArrivalEnd(floor, now.minus(config.arrivalGrace()));
        Map<String, List<Sample>> byAccount = new HashMap<>();
        Map<String, List<Long>> idsByAccount = new HashMap<>();
        int count = 0;
        if (safeEnd > floor) {
            List<SampleRepository.Arrived> arrived = samples.arrivedSinceCursors(ids, safeEnd);
            for (SampleRepository.Arrived sample : arrived) {
                byAccount.computeIfAbsent(sample.account(), a -> new ArrayList<>())
                        .add(new Sample(sample.account(), sample.metric(), sample.at(), sample.value()));
                idsByAccount.computeIfAbsent(sample.account(), a -> new ArrayList<>()).add(sample.id());
            }
            count = arrived.size();
        }
        List<Loaded> loaded = new ArrayList<>(entities.size());
        for (IncidentEntity i : entities) {
            loaded.add(new Loaded(i.id, i.version, i.account.id, i.policy, i.status(), i.tracks, i.lastSampleId,
                    idsByAccount.getOrDefault(i.account.id, List.of())));
        }
        return new Batch(loaded, byAccount, count);
    }
}
