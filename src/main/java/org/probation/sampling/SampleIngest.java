package org.probation.sampling;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.probation.sampling.model.SampleRules;
import org.probation.sampling.model.SampleRules.Candidate;
import org.probation.sampling.model.SampleRules.Sample;
import org.probation.sampling.persistence.SampleRepository;
import org.probation.sampling.persistence.SampleWriter;
import org.probation.validation.FieldProblem;
import org.probation.validation.InvalidInputException;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Takes pushed samples, keeps those of accounts under an open incident, and stores them in one batch; agents may push
 * for all their accounts, the others are counted as ignored. {@link #ingest} validates the whole batch first and
 * stores nothing if one sample is refused (the JSON push); {@link #ingestEach} stores the valid samples and counts
 * the refused ones (remote write, whose batches mix many accounts and are never retried after a 400).
 */
@ApplicationScoped
public class SampleIngest {

    public static final String PUSH_SOURCE = "push";

    private final SampleRepository samples;
    private final SampleWriter writer;
    private final IngestConfig config;
    private final Clock clock;

    SampleIngest(SampleRepository samples, SampleWriter writer, IngestConfig config, Clock clock) {
        this.samples = samples;
        this.writer = writer;
        this.config = config;
        this.clock = clock;
    }

    public record Receipt(int accepted, int ignored) {
    }

    /** Samples pushed as JSON ({@code POST /api/v1/samples}). */
    public Receipt ingest(List<Candidate> candidates) {
        // No transaction of its own: ArC intercepts this self-invocation, and a timeout can only be set at the entry.
        return ingest(candidates, PUSH_SOURCE);
    }

    /**
     * Samples stored with {@code source} ({@code push}, {@code remote-write}). The short timeout is part of the
     * arrival contract: the tick waits {@code arrival-grace} (30 s) before reading a sample, which is only safe if an
     * ingest that received samples earlier has committed or failed by then.
     */
    @Transactional
    @TransactionConfiguration(timeout = 10)
    public Receipt ingest(List<Candidate> candidates, String source) {
        checkSize(candidates);
        Instant now = clock.instant();
        SampleRules.Outcome outcome = SampleRules.check(candidates, now, config.maxClockSkew());
        if (!outcome.isValid()) {
            throw new InvalidInputException(fieldProblems(outcome));
        }
        return store(outcome.samples(), source, now);
    }

    /** What {@link #ingestEach} stored, dropped for want of an open incident, and refused (with the fields why). */
    public record PartialReceipt(int accepted, int ignored, int rejected, List<FieldProblem> problems) {
    }

    /**
     * As {@link #ingest(List, String)}, but refusing samples one by one instead of the whole batch: the valid ones are
     * stored, the others returned as {@code rejected} with their problems ({@code samples[3].value}). For remote write,
     * whose batches mix many accounts' series and are never retried after a 400.
     */
    @Transactional
    @TransactionConfiguration(timeout = 10)
    public PartialReceipt ingestEach(List<Candidate> candidates, String source) {
        checkSize(candidates);
        Instant now = clock.instant();
        SampleRules.Outcome outcome = SampleRules.checkEach(candidates, now, config.maxClockSkew());
        Receipt stored = outcome.samples().isEmpty() ? new Receipt(0, 0) : store(outcome.samples(), source, now);
        return new PartialReceipt(stored.accepted(), stored.ignored(), candidates.size() - outcome.samples().size(),
                fieldProblems(outcome));
    }

    private void checkSize(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            throw new InvalidInputException("samples", "must contain at least one sample");
        }
        if (candidates.size() > config.maxBatch()) {
            throw new InvalidInputException("samples",
                    "holds " + candidates.size() + " samples; at most " + config.maxBatch() + " per request");
        }
    }

    private static List<FieldProblem> fieldProblems(SampleRules.Outcome outcome) {
        return outcome.problems().stream()
                .map(p -> new FieldProblem("samples[" + p.index() + "]" + (p.field().isEmpty() ? "" : "." + p.field()),
                        p.message()))
                .toList();
    }

    private Receipt store(List<Sample> valid, String source, Instant now) {
        Set<String> watched = samples.watchedAmong(valid.stream().map(Sample::account).toList());
        List<Sample> kept = new ArrayList<>(valid.size());
        for (Sample sample : valid) {
            if (watched.contains(sample.account())) {
                kept.add(sample);
            }
        }
        if (!kept.isEmpty()) {
            writer.insert(kept, source, now);
        }
        return new Receipt(kept.size(), valid.size() - kept.size());
    }
}
