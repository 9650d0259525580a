package org.probation.ops;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.MDC;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.probation.evaluation.EvaluationTick;
import org.probation.support.MutableClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;

/** Log lines written while the tick handles an incident carry its incident and account ids as fields (MDC). */
@QuarkusTest
class LogFieldsTest {

    @Inject
    EvaluationTick tick;

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    @Test
    void aFailedEvaluationIsLoggedWithTheIncidentAndAccountIds() {
        String account = newAccountId();
        String id = openIncident(account);
        // An incident whose policy has been removed from the configuration cannot be evaluated: the tick logs it.
        setPolicy(id, "removed-policy");
        List<String[]> fields = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && String.valueOf(ext.getFormattedMessage()).contains(id)) {
                    fields.add(new String[] { ext.getMdc("incidentId"), ext.getMdc("accountId") });
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(EvaluationTick.class.getName());
        logger.addHandler(capture);
        try {
            clock.advance(Duration.ofMinutes(5));
            assertThat(tick.run().failed()).isPositive();
        } finally {
            logger.removeHandler(capture);
            setPolicy(id, "default");
        }

        assertThat(fields).isNotEmpty().allSatisfy(f -> assertThat(f).containsExactly(id, account));
        assertThat(MDC.get("incidentId")).as("cleared after the incident").isNull();
    }

    private void setPolicy(String id, String policy) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "update IncidentEntity i set i.policy = :policy where i.id = :id")
                .setParameter("policy", policy).setParameter("id", UUID.fromString(id)).executeUpdate());
    }
}
