package org.probation.notification;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.probation.work.RunningWork;

import io.quarkus.scheduler.Scheduled;

/** Runs the outbox dispatcher on schedule. Thin on purpose: the work is in {@link NotificationDispatcher}. */
@ApplicationScoped
public class NotificationScheduler {

    private static final Logger LOG = Logger.getLogger(NotificationScheduler.class);

    private final NotificationDispatcher dispatcher;
    private final RunningWork work;

    NotificationScheduler(NotificationDispatcher dispatcher, RunningWork work) {
        this.dispatcher = dispatcher;
        this.work = work;
    }

    @Scheduled(identity = "notification-dispatch", every = "${probation.notifications.dispatch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (!work.enter()) {
            return;
        }
        try {
            var result = dispatcher.dispatch();
            if (result.failed() > 0) {
                LOG.warnf("Dispatch: %s", result);
            }
        } catch (RuntimeException e) {
            // The database may be down: rows stay PENDING and are retried on the next run.
            LOG.errorf(e, "Dispatch failed; retried in the next period");
        } finally {
            work.exit();
        }
    }
}
