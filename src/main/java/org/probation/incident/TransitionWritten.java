package org.probation.incident;

import org.probation.incident.model.Transition;
import org.probation.incident.persistence.EventEntity;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.policy.model.Policy;

/**
 * A {@link Transition} was written: {@code incident} carries its new status and {@code event} is its timeline entry,
 * both flushed but not committed. Fired inside the writer's transaction, so what must be atomic with the write (the
 * outbox, the decision log) observes it synchronously, in the order of {@link #NOTICES} then {@link #DECISION}; what
 * must not count a rollback (the metrics) observes it {@code during = AFTER_SUCCESS}.
 */
public record TransitionWritten(IncidentEntity incident, Policy policy, Transition transition, EventEntity event) {

    /** The notices of the event (outbox rows) are written first. */
    public static final int NOTICES = 1000;

    /**
     * The decision revision is taken last: it holds the revision row's lock until the transaction commits, so nothing
     * slow may follow it.
     */
    public static final int DECISION = 2000;
}
