package org.probation.enforcement;

import org.probation.enforcement.persistence.DecisionEntity;
import org.probation.incident.model.EventType;

/** The next decision revision was written, in the transaction of the transition ({@code cause}) that changed it. */
public record DecisionRecorded(DecisionEntity decision, EventType cause) {
}
