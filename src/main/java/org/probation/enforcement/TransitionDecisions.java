package org.probation.enforcement;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.probation.enforcement.persistence.DecisionEntity;
import org.probation.incident.TransitionWritten;
import org.probation.incident.persistence.IncidentEntity;

/**
 * A transition that changes the effective stage gives the account its next decision, in the transition's own
 * transaction and last among its observers (the revision row stays locked until commit), then announces it.
 */
@ApplicationScoped
class TransitionDecisions {

    private final DecisionLog decisions;
    private final Event<DecisionRecorded> recorded;

    TransitionDecisions(DecisionLog decisions, Event<DecisionRecorded> recorded) {
        this.decisions = decisions;
        this.recorded = recorded;
    }

    void transitionWritten(@Observes @Priority(TransitionWritten.DECISION) TransitionWritten written) {
        if (!written.transition().changesControls()) {
            return;
        }
        IncidentEntity incident = written.incident();
        DecisionEntity decision = decisions.record(incident.account.id, incident.id, written.policy(),
                written.transition().after().stage());
        recorded.fire(new DecisionRecorded(decision, written.transition().event()));
    }
}
