package org.probation.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.probation.notification.model.AlertKind;
import org.probation.sampling.SourceFailing;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Turns a failing metric source into one operator alert per failure streak, through the outbox. */
@ApplicationScoped
public class SourceAlerts {

    private final Notifier notifier;

    SourceAlerts(Notifier notifier) {
        this.notifier = notifier;
    }

    void onSourceFailing(@Observes SourceFailing failing) {
        QuarkusTransaction.requiringNew().run(() -> notifier.operatorAlert(AlertKind.SOURCE_FAILING, null, null,
                "metric source " + failing.source() + " failed " + failing.consecutiveFailures() + " ticks in a row",
                "Failing since " + failing.since() + ". Last error: " + failing.lastError()
                        + "\nAccounts fed by this source get no samples: no incident makes progress on them."));
    }
}
