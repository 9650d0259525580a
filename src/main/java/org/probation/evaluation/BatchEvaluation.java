package org.probation.evaluation;

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
import org.probation.evaluation.EvaluationReads.Loaded;
import org.probation.evaluation.EvaluationWriter.Outcome;
import org.probation.evaluation.shadow.ShadowRuns;
import org.probation.evaluation.shadow.persistence.ShadowRunRepository;
import org.probation.incident.model.Arrivals;
import org.probation.incident.model.Evaluation;
import org.probation.incident.model.Incident;
import org.probation.incident.model.Observation;
import org.probation.incident.model.Tracks;
import org.probation.incident.persistence.IncidentRepository.EngineRow;
import org.probation.policy.PolicyCatalog;
import org.probation.policy.model.Policy;
import org.probation.sampling.model.SampleRules.Sample;

/**
 * The tick's second stage, once per claimed batch: read the incidents, their shadow runs and their arrivals as plain
 * rows (bounded queries whatever the number of samples), evaluate each in memory, write the eventful ones one by one,
 * then the shadow runs together and the quiet ones in one update. One failing incident never stops the others.
 */
@ApplicationScoped
public class BatchEvaluation {

    /** The tick's log category, whichever of its steps writes the line. */
    private static final Logger LOG = Logger.getLogger(EvaluationTick.class);

    private final EvaluationReads reads;
    private final ShadowRuns shadowRuns;
    private final EvaluationWriter writer;
    private final PolicyCatalog policies;
    private final Event<TickStageEnded> stageEnded;

    BatchEvaluation(EvaluationReads reads, ShadowRuns shadowRuns, EvaluationWriter writer, PolicyCatalog policies,
            Event<TickStageEnded> stageEnded) {
        this.reads = reads;
        this.shadowRuns = shadowRuns;
        this.writer = writer;
        this.policies = policies;
        this.stageEnded = stageEnded;
    }

    /** Evaluates one claimed batch and announces the stage's duration, even when it throws. */
    TickResult run(List<UUID> ids, Instant now, EvaluationReads.ArrivalEnd arrivalEnd) {
        long started = System.nanoTime();
        try {
            return evaluate(ids, now, arrivalEnd, started);
        } finally {
            stageEnded.fire(new TickStageEnded(TickStageEnded.EVALUATE, Duration.ofNanos(System.nanoTime() - started)));
        }
    }

    private TickResult evaluate(List<UUID> ids, Instant now, EvaluationReads.ArrivalEnd arrivalEnd, long started) {
        EvaluationReads.Batch batch;
        try {
            // Shadow runs are neither read nor evaluated when no shadow policy is configured.
            batch = reads.loadBatch(ids, now, shadowRuns.any(), arrivalEnd);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not load a batch of %d incidents; they are retried next tick", ids.size());
            return TickResult.failedToLoad(ids.size());
        }
        BatchTally tally = new BatchTally();
        long read = System.nanoTime();
        tally.read(read - started);
        for (Loaded incident : batch.incidents()) {
            Arrivals arrivals = arrivals(incident,
                    batch.samplesByAccount().getOrDefault(incident.account(), List.of()));
            evaluateIncident(incident, arrivals, batch.shadows(), now, tally);
        }
        long evaluated = System.nanoTime();
        tally.evaluated(evaluated - read);
        writeShadows(tally);
        long shadowsWritten = System.nanoTime();
        tally.shadow(shadowsWritten - evaluated, 0);
        writeQuiet(tally);
        tally.quiet(System.nanoTime() - shadowsWritten, 0);
        return tally.result(batch.incidents().size(), batch.sampleCount(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Every log line about this incident (here, in the writer, in notifications) carries its ids as fields. */
    private void evaluateIncident(Loaded incident, Arrivals arrivals,
            Optional<Map<UUID, List<ShadowRunRepository.EngineRow>>> shadows, Instant now, BatchTally tally) {
        MDC.put("incidentId", incident.id().toString());
        MDC.put("accountId", incident.account());
        try {
            shadows.ifPresent(state -> evaluateShadows(incident.row(), arrivals, state, now, tally));
            evaluateReal(incident.row(), arrivals, now, tally);
        } finally {
            MDC.remove("incidentId");
            MDC.remove("accountId");
        }
    }

    /** Shadow policies see the same arrivals; their failures are logged and never touch the real evaluation. */
    private void evaluateShadows(EngineRow incident, Arrivals arrivals,
            Map<UUID, List<ShadowRunRepository.EngineRow>> state, Instant now, BatchTally tally) {
        try {
            tally.shadowUpdates.addAll(shadowRuns.evaluate(incident.id(), incident.policy(), incident.status(),
                    incident.cursor(), state.getOrDefault(incident.id(), List.of()), arrivals, now,
                    tally.shadowEvents));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Shadow evaluation of incident %s failed", incident.id());
        }
    }

    /** A failure is counted and logged; the incident is retried next tick. */
    private void evaluateReal(EngineRow incident, Arrivals arrivals, Instant now, BatchTally tally) {
        try {
            evaluate(incident, arrivals, now).ifPresent(outcome -> record(outcome, tally));
        } catch (RuntimeException e) {
            tally.failed(1);
            LOG.errorf(e, "Evaluation of incident %s failed; it is retried next tick", incident.id());
        }
    }

    /** An eventful evaluation is written now, in its own transaction; a quiet one waits for the batch update. */
    private void record(Outcome outcome, BatchTally tally) {
        if (!outcome.evaluation().isEventful()) {
            tally.quiet.add(outcome);
            return;
        }
        long started = System.nanoTime();
        try {
            if (writer.writeEventful(outcome)) {
                tally.written(outcome);
            } else {
                tally.skipped(1);
            }
        } finally {
            tally.eventful(System.nanoTime() - started);
        }
    }

    /** Evaluates one incident in memory; empty when nothing at all changed. */
    private Optional<Outcome> evaluate(EngineRow incident, Arrivals arrivals, Instant now) {
        Policy policy = policies.find(incident.policy()).orElseThrow(
                () -> new IllegalStateException("policy '" + incident.policy() + "' is no longer configured"));
        Incident before = Incident.from(incident.status(), Tracks.decode(incident.tracks(), policy.sampleInterval()));
        Arrivals.Since arrived = arrivals.since(incident.cursor());
        Evaluation evaluation = before.observe(policy, arrived.observations(), now);
        String encoded = evaluation.tracks().encode();
        if (!evaluation.isEventful() && !evaluation.changesStatus(incident.status())
                && arrived.cursor() == incident.cursor() && encoded.equals(incident.tracks())) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(incident.id(), incident.version(), policy, incident.status(), evaluation,
                encoded, arrived.cursor(), now, incident.engineVersion()));
    }

    private void writeShadows(BatchTally tally) {
        if (tally.shadowUpdates.isEmpty() && tally.shadowEvents.isEmpty()) {
            return;
        }
        try {
            tally.shadow(0, writer.writeShadows(tally.shadowUpdates, tally.shadowEvents));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not write %d shadow runs; they catch up next tick", tally.shadowUpdates.size());
        }
    }

    /** The quiet evaluations in one batch update; those whose incident changed meanwhile are skipped. */
    private void writeQuiet(BatchTally tally) {
        List<Outcome> quiet = tally.quiet;
        if (quiet.isEmpty()) {
            return;
        }
        try {
            EvaluationWriter.Written written = writer.writeQuiet(quiet);
            tally.skipped(quiet.size() - written.rows());
            tally.quiet(0, written.statements());
        } catch (RuntimeException e) {
            tally.failed(quiet.size());
            LOG.errorf(e, "Could not write %d evaluations; they are retried next tick", quiet.size());
        }
    }

    /** The incident's arrivals with their ids, read from the batch's two parallel lists once. */
    private static Arrivals arrivals(Loaded incident, List<Sample> arrived) {
        List<Arrivals.Arrival> all = new ArrayList<>(arrived.size());
        for (int i = 0; i < arrived.size(); i++) {
            Sample sample = arrived.get(i);
            all.add(new Arrivals.Arrival(incident.sampleIds().get(i),
                    new Observation(sample.metric(), sample.at(), sample.value())));
        }
        return new Arrivals(all);
    }
}
