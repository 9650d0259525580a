package org.probation.sampling;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.act;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;
import static org.probation.support.Monitoring.pushSeries;

@QuarkusTest
class SampleRetentionTest {

    @Inject
    SampleRetention retention;

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    @Test
    void oldSamplesOfClosedIncidentsAreDeletedAndThoseOfOpenOnesKept() {
        String closed = newAccountId();
        String open = newAccountId();
        String closedId = openIncident(closed);
        openIncident(open);
        pushSeries(closed, clock.instant().minus(Duration.ofHours(1)), clock.instant(), Map.of("cpu_load", 0.2));
        pushSeries(open, clock.instant().minus(Duration.ofHours(1)), clock.instant(), Map.of("cpu_load", 0.2));
        act(closedId, "{ \"action\": \"LIFT\", \"reason\": \"clean\" }").statusCode(200);

        clock.advance(Duration.ofDays(29));
        retention.purge();
        assertThat(samplesOf(closed)).as("younger than the retention age").isEqualTo(12);

        clock.advance(Duration.ofDays(2));
        retention.purge();
        assertThat(samplesOf(closed)).isZero();
        assertThat(samplesOf(open)).isEqualTo(12);
    }

    private long samplesOf(String account) {
        return em.createQuery("select count(s) from SampleEntity s where s.accountId = :account", Long.class)
                .setParameter("account", account).getSingleResult();
    }
}
