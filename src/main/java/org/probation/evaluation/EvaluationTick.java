package org.probation.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.probation.evaluation.EvaluationWriter.Outcome;
import org.probation.evaluation.shadow.ShadowEventEntity;
import org.probation.evaluation.shadow.ShadowRunEntity;
import org.probation.evaluation.shadow.ShadowRuns;
import org.probation.incident.model.Arrivals;
import org.probation.incident.model.Evaluation;
import org.probation.incident.model.Evaluator;
import org.probation.incident.model.Observation;
import org.probation.incident.model.Tracks;
import org.probation.policy.PolicyCatalog;
import org.probation.policy.model.Policy;
import org.probation.sampling.MetricSource;
import org.probation.sampling.MetricSource.WatchedAccount;
import org.probation.sampling.MetricSources;
import org.probation.sampling.SamplesReceived;
import org.probation.sampling.SourceHealth;
import org.probation.sampling.model.SampleRules.Sample;
import org.probation.sampling.persistence.SampleWriter;

/**
 * One monitoring tick: pull samples from the enabled sources, then claim due incidents in batches and evaluate each
 * over the samples that arrived since its last evaluation. Per batch the queries are bounded (claim, incidents,
 * samples, one batch update) whatever the number of samples; one failing incident never stops the others.
 */
@ApplicationScoped
public class EvaluationTick {

    private static final Logger LOG = Logger.getLogger(EvaluationTick.class);

    private final EvaluationReads reads;
    private final ShadowRuns shadowRuns;
    private final IncidentClaims claims;
    private final EvaluationWriter writer;
    private final SampleWriter samples;
    private final PolicyCatalog policies;
    private final MetricSources sources;
    private final SourceHealth sourceHealth;
    private final EvaluationConfig config;
    private final Clock clock;
    private final Event<TickEnded> tickEnded;
    private final Event<TickStageEnded> stageEnded;
    private final Event<SamplesReceived> samplesReceived;

    EvaluationTick(EvaluationReads reads, ShadowRuns shadowRuns, IncidentClaims claims, EvaluationWriter writer,
            SampleWriter samples,
            PolicyCatalog policies, MetricSources sources, SourceHealth sourceHealth, EvaluationConfig config,
            Clock clock, Event<TickEnded> tickEnded, Event<TickStageEnded> stageEnded,
            Event<SamplesReceived> samplesReceived) {
        this.reads = reads;
        this.shadowRuns = shadowRuns;
        this.claims = claims;
        this.writer = writer;
        this.samples = samples;
        this.policies = policies;
        this.sources = sources;
        this.sourceHealth = sourceHealth;
        this.config = config;
        this.clock = clock;
        this.tickEnded = tickEnded;
        this.stageEnded = stageEnded;
        this.samplesReceived = samplesReceived;
    }

    /**
     * A tick that completes (even with some incidents failed, retried next time) feeds the readiness heartbeat; one
     * that throws, typically because the database is unreachable, does not, and is rethrown. Either way it is announced
     * as a {@link TickEnded}.
     */
    public TickResult run() {
        Instant now = clock.instant();
        long started = System.nanoTime();
        try {
            TickResult result = runAt(now);
            tickEnded.fire(TickEnded.completed(now, Duration.ofNanos(System.nanoTime() - started)));
            return result;
        } catch (RuntimeException | Error e) {
            tickEnded.fire(TickEnded.failed(now, Duration.ofNanos(System.nanoTime() - started), e));
            throw e;
        }
    }

    private TickResult runAt(Instant now) {
        long started = System.nanoTime();
        TickResult result = pullSources(now);
        while (true) {
            List<UUID> claimed = claims.claim(now, config.batchSize(), now.plus(config.every()));
            if (claimed.isEmpty()) {
                break;
            }
            result = result.plus(evaluateBatch(claimed, now));
            if (claimed.size() < config.batchSize()) {
                break;
            }
        }
        return result.took(Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Each enabled source once for all watched accounts. A failing source adds no sample, so no progress, and counts
     * towards its alert; with nobody watched there is nothing to pull, and a streak is neither broken nor extended.
     */
    TickResult pullSources(Instant now) {
        long started = System.nanoTime();
        try {
            return pull(now);
        } finally {
            stageEnded.fire(new TickStageEnded(TickStageEnded.PULL, Duration.ofNanos(System.nanoTime() - started)));
        }
    }

    private TickResult pull(Instant now) {
        List<MetricSource> enabled = sources.enabled();
        List<WatchedAccount> watched = enabled.isEmpty() ? List.of() : reads.watchedAccounts();
        if (watched.isEmpty()) {
            return TickResult.empty();
        }
        int pulled = 0;
        int failures = 0;
        for (MetricSource source : enabled) {
            List<Sample> batch;
            try {
                batch = source.pull(watched, now).stream()
                        .map(s -> new Sample(s.account(), s.metric(), s.at(), s.value())).toList();
            } catch (Exception e) {
                failures++;
                sourceHealth.failed(source.name(), now, e);
                continue;
            }
            sourceHealth.succeeded(source.name());
            try {
                if (!batch.isEmpty()) {
                    samples.insertInOwnTransaction(batch, source.name(), now);
                }
                pulled += batch.size();
                samplesReceived.fire(new SamplesReceived(source.name(), SamplesReceived.Outcome.ACCEPTED, batch.size()));
            } catch (RuntimeException e) {
                // Our database, not the source: the samples of this tick are lost, the source's streak is untouched.
                LOG.errorf(e, "Could not store %d samples pulled from %s", batch.size(), source.name());
            }
        }
        return TickResult.pulled(pulled, failures);
    }

    private TickResult evaluateBatch(List<UUID> ids, Instant now) {
        long started = System.nanoTime();
        try {
            return evaluateBatch(ids, now, started);
        } finally {
            stageEnded.fire(new TickStageEnded(TickStageEnded.EVALUATE, Duration.ofNanos(System.nanoTime() - started)));
        }
    }

    private TickResult evaluateBatch(List<UUID> ids, Instant now, long started) {
        EvaluationReads.Batch batch;
        try {
            batch = reads.loadBatch(ids, now);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not load a batch of %d incidents; they are retried next tick", ids.size());
            return TickResult.failedToLoad(ids.size());
        }
        boolean shadows = shadowRuns.any();
        Map<UUID, List<ShadowRunEntity>> shadowState = shadows ? shadowRuns.load(ids) : Map.of();
        List<ShadowRunEntity> shadowUpdates = new ArrayList<>();
        List<ShadowEventEntity> shadowEvents = new ArrayList<>();
        List<Outcome> quiet = new ArrayList<>();
        int transitions = 0;
        int notices = 0;
        int skipped = 0;
        int failed = 0;
        for (EvaluationReads.Loaded incident : batch.incidents()) {
            Arrivals arrivals = arrivals(incident,
                    batch.samplesByAccount().getOrDefault(incident.account(), List.of()));
            // Every log line about this incident (here, in the writer, in notifications) carries its ids as fields.
            MDC.put("incidentId", incident.id().toString());
            MDC.put("accountId", incident.account());
            try {
                if (shadows) {
                    evaluateShadows(incident, arrivals, shadowState, now, shadowUpdates, shadowEvents);
                }
                try {
                    Optional<Outcome> evaluated = evaluate(incident, arrivals, now);
                    if (evaluated.isEmpty()) {
                        continue;
                    }
                    Outcome outcome = evaluated.get();
                    if (outcome.evaluation().isEventful()) {
                        if (writer.writeEventful(outcome)) {
                            transitions += outcome.evaluation().transition().isPresent() ? 1 : 0;
                            notices += outcome.evaluation().notices().size();
                        } else {
                            skipped++;
                        }
                    } else {
                        quiet.add(outcome);
                    }
                } catch (RuntimeException e) {
                    failed++;
                    LOG.errorf(e, "Evaluation of incident %s failed; it is retried next tick", incident.id());
                }
            } finally {
                MDC.remove("incidentId");
                MDC.remove("accountId");
            }
        }
        if (!shadowUpdates.isEmpty()) {
            try {
                shadowRuns.write(shadowUpdates, shadowEvents);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not write %d shadow runs; they catch up next tick", shadowUpdates.size());
            }
        }
        try {
            skipped += quiet.size() - writer.writeQuiet(quiet);
        } catch (RuntimeException e) {
            failed += quiet.size();
            LOG.errorf(e, "Could not write %d evaluations; they are retried next tick", quiet.size());
        }
        return new TickResult(batch.incidents().size(), transitions, notices, skipped, failed, batch.sampleCount(),
                0, 0, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Shadow policies see the same arrivals; their failures are logged and never touch the real evaluation. */
    private void evaluateShadows(EvaluationReads.Loaded incident, Arrivals arrivals,
            Map<UUID, List<ShadowRunEntity>> state, Instant now, List<ShadowRunEntity> updates,
            List<ShadowEventEntity> events) {
        try {
            updates.addAll(shadowRuns.evaluate(incident.id(), incident.policy(), incident.status(), incident.cursor(),
                    state.getOrDefault(incident.id(), List.of()), arrivals, now, events));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Shadow evaluation of incident %s failed", incident.id());
        }
    }

    /** Evaluates one incident in memory; empty when nothing at all changed. */
    private Optional<Outcome> evaluate(EvaluationReads.Loaded incident, Arrivals arrivals, Instant now) {
        Policy policy = policies.find(incident.policy()).orElseThrow(
                () -> new IllegalStateException("policy '" + incident.policy() + "' is no longer configured"));
        Tracks tracks = Tracks.decode(incident.tracks(), policy.sampleInterval());
        Arrivals.Since arrived = arrivals.since(incident.cursor());
        Evaluation evaluation = Evaluator.evaluate(incident.status(), tracks, policy, arrived.observations(), now);
        String encoded = evaluation.tracks().encode();
        if (!evaluation.isEventful() && !evaluation.changesStatus(incident.status())
                && arrived.cursor() == incident.cursor() && encoded.equals(incident.tracks())) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(incident.id(), incident.version(), policy, incident.status(), evaluation,
                encoded, arrived.cursor(), now));
    }

    /** The incident's arrivals with their ids, read from the batch's two parallel lists once. */
    private static Arrivals arrivals(EvaluationReads.Loaded incident, List<Sample> arrived) {
        List<Arrivals.Arrival> all = new ArrayList<>(arrived.size());
        for (int i = 0; i < arrived.size(); i++) {
            Sample sample = arrived.get(i);
            all.add(new Arrivals.Arrival(incident.sampleIds().get(i),
                    new Observation(sample.metric(), sample.at(), sample.value())));
        }
        return new Arrivals(all);
    }
}
