package org.probation.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.probation.enforcement.DecisionRecorded;
import org.probation.incident.NoteWritten;
import org.probation.incident.ReportWritten;
import org.probation.incident.TransitionWritten;

/**
 * Puts the notices of what was written to an incident into the outbox, in the writer's transaction, so a notice exists
 * exactly when its event or decision does.
 */
@ApplicationScoped
class IncidentNotices {

    private final Notifier notifier;

    IncidentNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    void transitionWritten(@Observes @Priority(TransitionWritten.NOTICES) TransitionWritten written) {
        notifier.eventWritten(written.incident(), written.policy(), written.event());
    }

    void noteWritten(@Observes NoteWritten note) {
        notifier.eventWritten(note.incident(), note.policy(), note.event());
    }

    void decisionRecorded(@Observes DecisionRecorded recorded) {
        notifier.decisionChanged(recorded.decision(), recorded.cause());
    }

    /** Only a customer's form waits to be read; an operator recorded the other channels. */
    void reportWritten(@Observes ReportWritten written) {
        if (written.fromCustomer()) {
            notifier.reportReceived(written.incident(), written.policy(), written.report());
        }
    }
}
