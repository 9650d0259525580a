package org.probation.work;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Scheduled work (the tick, the outbox dispatch) enters here. On shutdown no new run starts, and shutdown waits up to
 * {@code quarkus.shutdown.timeout} for the running ones to finish before the datasource and the mailer close, so a
 * rolling update never cuts a dispatch between sending a mail and marking it sent. (Each write is its own
 * transaction anyway: a run cut off after the timeout leaves nothing half-written, only work for the next run.)
 */
@ApplicationScoped
public class RunningWork {

    private static final Logger LOG = Logger.getLogger(RunningWork.class);

    private final Duration drainFor;
    private int running;
    private boolean closing;

    RunningWork(@ConfigProperty(name = "quarkus.shutdown.timeout") Duration drainFor) {
        this.drainFor = drainFor;
    }

    /** {@code false} once shutdown has begun: the caller must not start. Otherwise call {@link #exit()} after. */
    public synchronized boolean enter() {
        if (closing) {
            return false;
        }
        running++;
        return true;
    }

    public synchronized void exit() {
        running--;
        notifyAll();
    }

    /** Runs first among the shutdown observers, while the datasource and mailer are still open. */
    void onShutdown(@Observes @Priority(1) ShutdownEvent event) {
        drain(drainFor);
    }

    /** Stops new runs and waits for the running ones; {@code true} when none is left. */
    public synchronized boolean drain(Duration timeout) {
        closing = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        if (running > 0) {
            LOG.infof("Shutdown waits up to %s for %d scheduled run(s) to finish", timeout, running);
        }
        while (running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                LOG.warnf("Shutting down with %d scheduled run(s) still going; they are redone next start", running);
                return false;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
