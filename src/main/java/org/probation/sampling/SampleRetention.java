package org.probation.sampling;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.probation.sampling.persistence.SampleWriter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes old raw samples of accounts that no open incident watches, in bounded batches, so the table does not grow
 * forever. Samples of an open incident are kept whatever their age: its charts and evaluation may still need them.
 */
@ApplicationScoped
public class SampleRetention {

    private static final Logger LOG = Logger.getLogger(SampleRetention.class);

    private final SampleWriter samples;
    private final RetentionConfig config;
    private final Clock clock;

    SampleRetention(SampleWriter samples, RetentionConfig config, Clock clock) {
        this.samples = samples;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "sample-retention", every = "${probation.retention.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            int deleted = purge();
            if (deleted > 0) {
                LOG.infof("Sample retention deleted %d samples", deleted);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Sample retention failed; it runs again in the next period");
        }
    }

    /** Deletes batch after batch, each in its own transaction, until nothing is left to delete; returns the count. */
    public int purge() {
        Instant cutoff = clock.instant().minus(config.samples());
        int total = 0;
        while (true) {
            int deleted = QuarkusTransaction.requiringNew()
                    .call(() -> samples.deleteUnwatchedBefore(cutoff, config.batchSize()));
            total += deleted;
            if (deleted < config.batchSize()) {
                return total;
            }
        }
    }
}
