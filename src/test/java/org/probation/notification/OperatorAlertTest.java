package org.probation.notification;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.probation.notification.model.AlertKind;
import org.probation.support.MutableClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class OperatorAlertTest {

    @Inject
    Notifier notifier;

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    @Test
    void anAlertOfOneKindForOneIncidentIsNotRepeatedWithinTheInterval() {
        UUID incident = UUID.randomUUID();
        alert(AlertKind.NO_DATA, incident);
        alert(AlertKind.NO_DATA, incident);
        alert(AlertKind.ESCALATED, incident);
        assertThat(alerts(incident)).isEqualTo(2);

        clock.advance(Duration.ofMinutes(61));
        alert(AlertKind.NO_DATA, incident);
        assertThat(alerts(incident)).isEqualTo(3);
    }

    private void alert(AlertKind kind, UUID incident) {
        QuarkusTransaction.requiringNew().run(() -> notifier.operatorAlert(kind, incident, "xs1", "summary", "detail"));
    }

    private long alerts(UUID incident) {
        return em.createQuery("select count(n) from NotificationEntity n where n.incidentId = :id", Long.class)
                .setParameter("id", incident).getSingleResult();
    }
}
