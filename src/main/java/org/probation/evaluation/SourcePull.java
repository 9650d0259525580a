package org.probation.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;
import org.probation.sampling.MetricSource;
import org.probation.sampling.MetricSource.WatchedAccount;
import org.probation.sampling.MetricSources;
import org.probation.sampling.SamplesReceived;
import org.probation.sampling.SourceHealth;
import org.probation.sampling.model.SampleRules.Sample;
import org.probation.sampling.persistence.SampleWriter;

/**
 * The tick's first stage: each enabled source once for all watched accounts. A failing source adds no sample, so no
 * progress, and counts towards its alert; with nobody watched there is nothing to pull, and a streak is neither broken
 * nor extended.
 */
@ApplicationScoped
public class SourcePull {

    /** The tick's log category, whichever of its steps writes the line. */
    private static final Logger LOG = Logger.getLogger(EvaluationTick.class);

    private final EvaluationReads reads;
    private final MetricSources sources;
    private final SourceHealth sourceHealth;
    private final SampleWriter samples;
    private final Event<SamplesReceived> samplesReceived;
    private final Event<TickStageEnded> stageEnded;

    SourcePull(EvaluationReads reads, MetricSources sources, SourceHealth sourceHealth, SampleWriter samples,
            Event<SamplesReceived> samplesReceived, Event<TickStageEnded> stageEnded) {
        this.reads = reads;
        this.sources = sources;
        this.sourceHealth = sourceHealth;
        this.samples = samples;
        this.samplesReceived = samplesReceived;
        this.stageEnded = stageEnded;
    }

    /** Pulls every enabled source and announces the stage's duration, even when it throws. */
    TickResult run(Instant now) {
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
            Optional<List<Sample>> batch = pull(source, watched, now);
            if (batch.isEmpty()) {
                failures++;
                continue;
            }
            pulled += store(source, batch.get(), now);
        }
        return TickResult.pulled(pulled, failures);
    }

    /** One source's samples; empty when the source failed, which is recorded in its health. */
    private Optional<List<Sample>> pull(MetricSource source, List<WatchedAccount> watched, Instant now) {
        List<Sample> batch;
        try {
            batch = source.pull(watched, now).stream()
                    .map(s -> new Sample(s.account(), s.metric(), s.at(), s.value())).toList();
        } catch (Exception e) {
            sourceHealth.failed(source.name(), now, e);
            return Optional.empty();
        }
        sourceHealth.succeeded(source.name());
        return Optional.of(batch);
    }

    /** Stores one source's samples in their own transaction; the number stored (0 when our database failed). */
    private int store(MetricSource source, List<Sample> batch, Instant now) {
        int stored = 0;
        try {
            if (!batch.isEmpty()) {
                samples.insertInOwnTransaction(batch, source.name(), now);
            }
            stored = batch.size();
            samplesReceived.fire(new SamplesReceived(source.name(), SamplesReceived.Outcome.ACCEPTED, batch.size()));
        } catch (RuntimeException e) {
            // Our database, not the source: the samples of this tick are lost, the source's streak is untouched.
            LOG.errorf(e, "Could not store %d samples pulled from %s", batch.size(), source.name());
        }
        return stored;
    }
}
