package org.probation.work;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Shutdown lets a running tick or dispatch finish, and starts no new one. */
class RunningWorkTest {

    private final RunningWork work = new RunningWork(Duration.ofSeconds(25));

    @Test
    void shutdownWaitsForARunningJobToFinish() throws Exception {
        assertThat(work.enter()).isTrue();

        CompletableFuture<Boolean> drained = CompletableFuture.supplyAsync(() -> work.drain(Duration.ofSeconds(30)));
        // Once shutdown has begun, no new run starts (this also waits, without sleeping, until it has begun).
        while (work.enter()) {
            work.exit();
        }
        assertThat(drained).isNotDone();

        work.exit();

        assertThat(drained.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void shutdownGivesUpAfterItsTimeout() {
        assertThat(work.enter()).isTrue();

        assertThat(work.drain(Duration.ofMillis(1))).isFalse();
        assertThat(work.enter()).isFalse();
    }

    @Test
    void nothingRunningMeansAnImmediateShutdown() {
        assertThat(work.drain(Duration.ZERO)).isTrue();
        assertThat(work.enter()).isFalse();
    }
}
