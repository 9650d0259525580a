package org.probation.evaluation;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.probation.work.RunningWork;

import io.quarkus.scheduler.Scheduled;

/** Runs the monitoring tick on schedule. Thin on purpose: the work and its rules are in {@link EvaluationTick}. */
@ApplicationScoped
public class EvaluationScheduler {

    private static final Logger LOG = Logger.getLogger(EvaluationScheduler.class);

    private final EvaluationTick tick;
    private final RunningWork work;

    EvaluationScheduler(EvaluationTick tick, RunningWork work) {
        this.tick = tick;
        this.work = work;
    }

    @Scheduled(identity = "evaluation-tick", every = "${probation.evaluation.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (!work.enter()) {
            return;
        }
        try {
            TickResult result = tick.run();
            if (result.failed() > 0 || result.sourceFailures() > 0) {
                LOG.warnf("Tick: %s", result);
            } else {
                LOG.debugf("Tick: %s", result);
            }
        } catch (RuntimeException e) {
            // The database may be down: nothing was half-written (every write is its own transaction); retry next tick.
            LOG.errorf(e, "Tick failed; it runs again in %s", "the next period");
        } finally {
            work.exit();
        }
    }
}
