package org.probation.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * One monitoring tick: pull samples from the enabled sources ({@link SourcePull}), then claim due incidents in batches
 * and evaluate each over the samples that arrived since its last evaluation ({@link BatchEvaluation}). Per batch the
 * queries are bounded (claim, incidents, samples, one batch update) whatever the number of samples; one failing
 * incident never stops the others.
 */
@ApplicationScoped
public class EvaluationTick {

    private final SourcePull pull;
    private final IncidentClaims claims;
    private final BatchEvaluation batches;
    private final EvaluationConfig config;
    private final Clock clock;
    private final Event<TickEnded> tickEnded;

    EvaluationTick(SourcePull pull, IncidentClaims claims, BatchEvaluation batches, EvaluationConfig config,
            Clock clock, Event<TickEnded> tickEnded) {
        this.pull = pull;
        this.claims = claims;
        this.batches = batches;
        this.config = config;
        this.clock = clock;
        this.tickEnded = tickEnded;
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

    /** The sources once, then batch after batch until a claim comes back short. */
    private TickResult runAt(Instant now) {
        long started = System.nanoTime();
        TickResult result = pull.run(now);
        EvaluationReads.ArrivalEnd arrivalEnd = new EvaluationReads.ArrivalEnd();
        while (true) {
            long claiming = System.nanoTime();
            // The lease runs from this claim, not from the tick's start: a long tick's later batches keep a full one.
            List<UUID> claimed = claims.claim(now, config.batchSize(), clock.instant().plus(config.every()));
            result = result.claimed(Duration.ofNanos(System.nanoTime() - claiming));
            if (claimed.isEmpty()) {
                break;
            }
            result = result.plus(batches.run(claimed, now, arrivalEnd));
            if (claimed.size() < config.batchSize()) {
                break;
            }
        }
        return result.took(Duration.ofNanos(System.nanoTime() - started));
    }
}
