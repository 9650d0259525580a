package org.probation.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.support.Fixtures;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas dispatching the outbox at the same moment (here: two dispatchers in parallel on one database, each on
 * its own connections): outbox claims make each mail go out once. Meaningful on PostgreSQL ({@code -Ppostgres}:
 * {@code FOR UPDATE SKIP LOCKED}); on H2 the claims simply queue.
 */
@QuarkusTest
class ConcurrentDispatchTest {

    private static final int INCIDENTS = 20;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    NotificationConfig config;

    @Inject
    MutableClock clock;

    @Test
    void twoDispatchersAtOnceSendEachMailOnce() throws Exception {
        // Earlier tests leave mails in the outbox; one dispatcher sends them first, so what the two dispatchers
        // below do is about this test's mails. (In whole-suite runs the first of those left-over mails, sent by two
        // dispatchers opening SMTP connections at the same moment, twice stalled until GreenMail's 30 s socket
        // timeout answered 421: the outbox retries it, but it counted as failed here.)
        dispatcher.dispatch();
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < INCIDENTS; i++) {
            String account = Fixtures.newAccountId();
            CustomerMailTest.open(account, i % 2 == 0 ? "ja" : "en");
            accounts.add(account);
        }

        List<NotificationDispatcher.DispatchResult> results = dispatchTogether(2);
        int sent = results.stream().mapToInt(NotificationDispatcher.DispatchResult::sent).sum();
        int failed = results.stream().mapToInt(NotificationDispatcher.DispatchResult::failed).sum();
        // A send that fails (the SMTP client occasionally stalls on two first connections at once until GreenMail
        // answers 421) is the outbox's to retry, not a double delivery: retry until nothing fails, then count.
        for (int retry = 0; failed > 0 && retry < config.maxAttempts(); retry++) {
            clock.advance(config.maxBackoff().plusSeconds(1));
            NotificationDispatcher.DispatchResult again = dispatcher.dispatch();
            sent += again.sent();
            failed = again.failed();
        }

        assertThat(failed).isZero();
        assertThat(sent).isGreaterThanOrEqualTo(INCIDENTS);
        for (String account : accounts) {
            assertThat(CustomerMailTest.messages(account)).as(account).hasSize(1);
        }
    }

    private List<NotificationDispatcher.DispatchResult> dispatchTogether(int replicas) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<NotificationDispatcher.DispatchResult>> futures = new ArrayList<>();
            for (int r = 0; r < replicas; r++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return dispatcher.dispatch();
                }));
            }
            start.countDown();
            List<NotificationDispatcher.DispatchResult> results = new ArrayList<>();
            for (Future<NotificationDispatcher.DispatchResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
