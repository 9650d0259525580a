package org.probation.sampling;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.probation.sampling.model.CheckedSamples;
import org.probation.sampling.model.SampleRules;
import org.probation.sampling.model.SampleRules.Candidate;
import org.probation.sampling.persistence.SampleWriter;
import org.probation.validation.FieldProblem;
import org.probation.validation.InvalidInputException;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Takes pushed samples, keeps those of accounts under an open incident, and stores them in one write; agents may push
 * for all their accounts, the others are counted as ignored. The web layer reads a body straight into a
 * {@link CheckedSamples} from {@link #receive()}, checking each sample as it goes. {@link #ingest} stores nothing if
 * one sample is refused (the JSON push); {@link #ingestEach} stores the valid samples and counts the refused ones
 * (remote write, whose batches mix many accounts and are never retried after a 400).
 */
@ApplicationScoped
public class SampleIngest {

    public static final String PUSH_SOURCE = "push";

    private final SampleWriter writer;
    private final IngestConfig config;
    private final Clock clock;

    SampleIngest(SampleWriter writer, IngestConfig config, Clock clock) {
        this.writer = writer;
        this.config = config;
        this.clock = clock;
    }

    public record Receipt(int accepted, int ignored) {
    }

    /**
     * An empty batch for one request, holding the time it is received for the clock-skew check: fill it as the body is read,
     * then hand it
     * to {@link #ingest(CheckedSamples, String)} or {@link #ingestEach(CheckedSamples, String)}.
     */
    public CheckedSamples receive() {
        return new CheckedSamples(clock.instant(), config.maxClockSkew());
    }

    /** Most samples in one request. */
    public int maxBatch() {
        return config.maxBatch();
    }

    /** Samples pushed as JSON ({@code POST /api/v1/samples}). */
    public Receipt ingest(List<Candidate> candidates) {
        return ingest(candidates, PUSH_SOURCE);
    }

    /** Samples stored with {@code source} ({@code push}, {@code remote-write}), all or none. */
    public Receipt ingest(List<Candidate> candidates, String source) {
        checkSize(candidates.size());
        CheckedSamples batch = receive();
        candidates.forEach(batch::add);
        return ingest(batch, source);
    }

    /**
     * Stores the batch if every sample in it is valid, and nothing otherwise.
     *
     * @throws InvalidInputException the batch is empty, too large, or holds a sample the rules refuse (every field at
     *         fault is named)
     */
    public Receipt ingest(CheckedSamples batch, String source) {
        checkSize(batch.received());
        if (!batch.isValid()) {
            throw new InvalidInputException(fieldProblems(batch.problems()));
        }
        // No transaction of its own: ArC intercepts this self-invocation, and a timeout can only be set at the entry.
        return store(batch, source);
    }

    /** What {@link #ingestEach} stored, dropped for want of an open incident, and refused (with the fields why). */
    public record PartialReceipt(int accepted, int ignored, int rejected, List<FieldProblem> problems) {
    }

    /**
     * As {@link #ingest(List, String)}, but refusing samples one by one instead of the whole batch: the valid ones are
     * stored, the others returned as {@code rejected} with their problems ({@code samples[3].value}). For remote write,
     * whose batches mix many accounts' series and are never retried after a 400.
     */
    public PartialReceipt ingestEach(List<Candidate> candidates, String source) {
        checkSize(candidates.size());
        CheckedSamples batch = receive();
        candidates.forEach(batch::add);
        return ingestEach(batch, source);
    }

    /** As {@link #ingestEach(List, String)}, for a batch checked as it was read. */
    public PartialReceipt ingestEach(CheckedSamples batch, String source) {
        checkSize(batch.received());
        int valid = batch.size();
        Receipt stored = valid == 0 ? new Receipt(0, 0) : store(batch, source);
        return new PartialReceipt(stored.accepted(), stored.ignored(), batch.received() - valid,
                fieldProblems(batch.problems()));
    }

    private void checkSize(int samples) {
        if (samples == 0) {
            throw new InvalidInputException("samples", "must contain at least one sample");
        }
        if (samples > config.maxBatch()) {
            throw new InvalidInputException("samples",
                    "holds " + samples + " samples; at most " + config.maxBatch() + " per request");
        }
    }

    private static List<FieldProblem> fieldProblems(List<SampleRules.Problem> problems) {
        return problems.stream()
                .map(p -> new FieldProblem("samples[" + p.index() + "]" + (p.field().isEmpty() ? "" : "." + p.field()),
                        p.message()))
                .toList();
    }

    /**
     * Keeps the valid samples of watched accounts and writes them. The short timeout is part of the arrival contract:
     * the tick waits {@code arrival-grace} (30 s) before reading a sample, which is only safe if an ingest that
     * received samples earlier has committed or failed by then.
     */
    @Transactional
    @TransactionConfiguration(timeout = 10)
    Receipt store(CheckedSamples batch, String source) {
        int valid = batch.size();
        Set<String> watched = writer.watchedAmong(batch.accounts());
        int ignored = batch.retain(watched::contains);
        if (batch.size() > 0) {
            // Stamped now, inside the 10 s transaction, not at receive(): the arrival grace counts from received_at.
            writer.insert(batch, source, clock.instant());
        }
        return new Receipt(valid - ignored, ignored);
    }
}
