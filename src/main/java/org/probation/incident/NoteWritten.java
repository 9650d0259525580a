package org.probation.incident;

import org.probation.incident.persistence.EventEntity;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.policy.model.Policy;

/**
 * A timeline entry that changes nothing (a note, a no-data alert, a request for approval) was written, in the
 * writer's transaction; its notices are written by a synchronous observer in the same transaction.
 */
public record NoteWritten(IncidentEntity incident, Policy policy, EventEntity event) {
}
