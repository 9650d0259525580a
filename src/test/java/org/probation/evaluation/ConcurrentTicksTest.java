package org.probation.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.probation.incident.model.EventType;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.RECAPTCHA_REPORT;
import static org.probation.support.Fixtures.incidentBody;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openWith;
import static org.probation.support.Fixtures.report;

/**
 * Two replicas ticking at the same moment over the same incidents (here: two ticks in parallel on one database):
 * claims and version checks make each transition happen exactly once. Meaningful on PostgreSQL
 * ({@code -Ppostgres}: {@code FOR UPDATE SKIP LOCKED}); on H2 the claims simply queue.
 */
@QuarkusTest
class ConcurrentTicksTest {

    private static final int INCIDENTS = 40;

    @Inject
    MutableClock clock;

    @Inject
    EvaluationTick tick;

    @Inject
    EntityManager em;

    @Test
    void twoTicksAtOnceMakeEachTransitionOnce() throws Exception {
        List<String> accounts = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < INCIDENTS; i++) {
            String account = newAccountId();
            String id = openWith(incidentBody(account, "MASS_MAIL", "fast")).statusCode(201).extract().path("id");
            report(id, RECAPTCHA_REPORT)
                    .statusCode(200);
            accounts.add(account);
            ids.add(UUID.fromString(id));
        }
        Instant reported = clock.instant();
        // Clean samples every 10 s for 70 s: the fast policy's 60 s clean window has passed with full coverage.
        List<String> samples = new ArrayList<>();
        for (String account : accounts) {
            for (int s = 0; s <= 70; s += 10) {
                samples.add("{ \"account\": \"%s\", \"metric\": \"mail_sent_per_hour\", \"at\": \"%s\", \"value\": 3 }"
                        .formatted(account, reported.plusSeconds(s)));
            }
        }
        clock.advance(Duration.ofSeconds(70));
        RestAssured.given().contentType(ContentType.JSON).body("{ \"samples\": [" + String.join(",", samples) + "] }")
                .post("/api/v1/samples").then().statusCode(200);

        List<TickResult> results = runTogether(2);

        assertThat(results.stream().mapToInt(TickResult::failed).sum()).isZero();
        Map<UUID, Long> stepsPerIncident = new java.util.HashMap<>();
        em.createQuery("select e.incidentId, count(e) from EventEntity e where e.incidentId in :ids and e.type = :type"
                + " group by e.incidentId", Object[].class)
                .setParameter("ids", ids).setParameter("type", EventType.STEPPED_DOWN).getResultList()
                .forEach(row -> stepsPerIncident.put((UUID) row[0], (Long) row[1]));
        assertThat(stepsPerIncident).hasSize(INCIDENTS).allSatisfy((id, steps) -> assertThat(steps).isOne());
        long decisions = em.createQuery("select count(d) from DecisionEntity d where d.incidentId in :ids", Long.class)
                .setParameter("ids", ids).getSingleResult();
        assertThat(decisions).isEqualTo(INCIDENTS * 2L);
    }

    private List<TickResult> runTogether(int replicas) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<TickResult>> futures = new ArrayList<>();
            for (int r = 0; r < replicas; r++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return tick.run();
                }));
            }
            start.countDown();
            List<TickResult> results = new ArrayList<>();
            for (Future<TickResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
