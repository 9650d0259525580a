package org.probation.sampling;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes old raw samples of accounts that no open incident watches, in bounded batches, so the table does not grow
 * forever. Samples of an open incident are kept whatever their age: its charts and evaluation may still need them.
 */
@ApplicationScoped
public class SampleRetention {

    private static final Logger LOG = Logger.getLogger(SampleRetention.class);
    private static final String PURGE = """
            DELETE FROM sample WHERE id IN (
              SELECT s.id FROM sample s
              WHERE s.received_at < ?1
                AND NOT EXISTS (SELECT 1 FROM incident i WHERE i.open_account_id = s.account_id)
              ORDER BY s.id FETCH FIRST %d ROWS ONLY)""";

    private final EntityManager em;
    private final RetentionConfig config;
    private final Clock clock;

    SampleRetention(EntityManager em, RetentionConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "sample-retention", every = "${probation.retention.every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
        String sql = PURGE.formatted(config.batchSize());
        int total = 0;
        while (true) {
            int deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql)
                    .setParameter(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).executeUpdate());
            total += deleted;
            if (deleted < config.batchSize()) {
                return total;
            }
        }
    }
}
