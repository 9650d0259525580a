package org.probation.sampling;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.probation.sampling.model.CheckedSamples;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;

@QuarkusTest
class SampleReceivedAtTest {

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    @Inject
    SampleIngest ingest;

    @Test
    void receivedAtIsWhenTheBatchIsStoredNotWhenItsRequestArrived() {
        String account = newAccountId();
        openIncident(account);
        CheckedSamples batch = ingest.receive();
        batch.add(account, "cpu_load", clock.instant().minusSeconds(60).toString(), 0.4, null);
        clock.advance(Duration.ofSeconds(20)); // a slow body, parsed before the store's transaction starts
        Instant stored = clock.instant();

        ingest.ingest(batch, SampleIngest.PUSH_SOURCE);

        Instant receivedAt = em.createQuery("select s.receivedAt from SampleEntity s where s.accountId = ?1",
                Instant.class).setParameter(1, account).getSingleResult();
        assertThat(receivedAt).isEqualTo(stored);
    }
}
