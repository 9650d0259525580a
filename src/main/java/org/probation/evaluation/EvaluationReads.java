package org.probation.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.probation.evaluation.shadow.persistence.ShadowRunRepository;
import org.probation.incident.persistence.IncidentRepository;
import org.probation.policy.PolicyCatalog;
import org.probation.sampling.MetricSource.WatchedAccount;
import org.probation.sampling.model.SampleRules.Sample;
import org.probation.sampling.persistence.SampleRepository;

/** The tick's reads, each a bounded number of set-based queries. */
@ApplicationScoped
public class EvaluationReads {

    private final IncidentRepository incidents;
    private final ShadowRunRepository shadowRuns;
    private final SampleRepository samples;
    private final PolicyCatalog policies;
    private final EvaluationConfig config;

    EvaluationReads(IncidentRepository incidents, ShadowRunRepository shadowRuns, SampleRepository samples,
            PolicyCatalog policies, EvaluationConfig config) {
        this.incidents = incidents;
        this.shadowRuns = shadowRuns;
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

    /** One incident of the batch with the ids of its account's arrivals, parallel to the batch's samples. */
    record Loaded(IncidentRepository.EngineRow row, List<Long> sampleIds) {

        UUID id() {
            return row.id();
        }

        String account() {
            return row.account();
        }
    }

    /** A batch as read: its incidents, their shadow runs (when any shadow policy is configured), their arrivals. */
    record Batch(List<Loaded> incidents, Optional<Map<UUID, List<ShadowRunRepository.EngineRow>>> shadows,
            Map<String, List<Sample>> samplesByAccount, int sampleCount) {
    }

    /**
     * The safe end of arrivals, asked once per tick rather than once per batch: the query walks every sample after the
     * floor, so per batch it read the whole tick's arrivals again and again. An end found from a lower floor is never
     * larger, so it is safe for every batch whose floor is at least that one; a batch with a lower floor asks again.
     */
    static final class ArrivalEnd {
        private long floor = Long.MAX_VALUE;
        private long end;
    }

    /**
     * One read-only transaction for the whole batch: the incidents and their shadow runs as plain rows (no entity to
     * dirty-check), the safe end of arrivals (once per tick), the samples since the cursors.
     */
    @Transactional
    public Batch loadBatch(List<UUID> ids, Instant now, boolean withShadows, ArrivalEnd arrivalEnd) {
        List<IncidentRepository.EngineRow> rows = incidents.engineRows(ids);
        if (rows.isEmpty()) {
            return new Batch(List.of(), Optional.empty(), Map.of(), 0);
        }
        Optional<Map<UUID, List<ShadowRunRepository.EngineRow>>> shadows = Optional.empty();
        if (withShadows) {
            Map<UUID, List<ShadowRunRepository.EngineRow>> runs = new HashMap<>();
            shadowRuns.engineRows(ids)
                    .forEach(run -> runs.computeIfAbsent(run.incidentId(), id -> new ArrayList<>(1)).add(run));
            shadows = Optional.of(runs);
        }
        long floor = rows.stream().mapToLong(IncidentRepository.EngineRow::cursor).min().orElse(0);
        if (floor < arrivalEnd.floor) {
            arrivalEnd.end = samples.safeArrivalEnd(floor, now.minus(config.arrivalGrace()));
            arrivalEnd.floor = floor;
        }
        long safeEnd = arrivalEnd.end;
        Map<String, List<Sample>> byAccount = new HashMap<>();
        Map<String, List<Long>> idsByAccount = new HashMap<>();
        int count = 0;
        if (safeEnd > floor) {
            List<SampleRepository.Arrived> arrived = samples.arrivedSinceCursors(rows.stream()
                    .map(row -> new SampleRepository.Cursor(row.id(), row.account(), row.cursor())).toList(), safeEnd);
            for (SampleRepository.Arrived sample : arrived) {
                byAccount.computeIfAbsent(sample.account(), a -> new ArrayList<>())
                        .add(new Sample(sample.account(), sample.metric(), sample.at(), sample.value()));
                idsByAccount.computeIfAbsent(sample.account(), a -> new ArrayList<>()).add(sample.id());
            }
            count = arrived.size();
        }
        List<Loaded> loaded = new ArrayList<>(rows.size());
        for (IncidentRepository.EngineRow row : rows) {
            loaded.add(new Loaded(row, idsByAccount.getOrDefault(row.account(), List.of())));
        }
        return new Batch(loaded, shadows, byAccount, count);
    }
}
