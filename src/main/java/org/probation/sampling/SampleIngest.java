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
 * Takes pushed samples: validates the whole batch first, keeps those of accounts under an open incident, and stores
 * them in one batch. Agents may push for all their accounts; the others are counted as ignored.
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
        if (candidates.isEmpty()) {
            throw new InvalidInputException("samples", "must contain at least one sample");
        }
        if (candidates.size() > config.maxBatch()) {
            throw new InvalidInputException("samples",
                    "holds " + candidates.size() + " samples; at most " + config.maxBatch() + " per request");
        }
        Instant now = clock.instant();
        SampleRules.Outcome outcome = SampleRules.check(candidates, now, config.maxClockSkew());
        if (!outcome.isValid()) {
            throw new InvalidInputException(outcome.problems().stream()
                    .map(p -> new FieldProblem("samples[" + p.index() + "]" + (p.field().isEmpty() ? "" : "." + p.field()),
                            p.message()))
                    .toList());
        }
        Set<String> watched = samples.watchedAmong(outcome.samples().stream().map(Sample::account).toList());
        List<Sample> kept = new ArrayList<>(outcome.samples().size());
        for (Sample sample : outcome.samples()) {
            if (watched.contains(sample.account())) {
                kept.add(sample);
            }
        }
        if (!kept.isEmpty()) {
            writer.insert(kept, source, now);
        }
        return new Receipt(kept.size(), outcome.samples().size() - kept.size());
    }
}
