package org.probation.evaluation.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.probation.incident.model.EventType;
import org.probation.incident.model.IncidentStatus;
import org.probation.incident.model.Transition;

/**
 * The outcome of evaluating one incident at one tick.
 *
 * @param status the incident's status afterwards (a dirty sample moves the clean window without any transition)
 * @param transition the change to persist with its event and, if the stage changed, a decision
 * @param figures the figures that caused the transition, for the timeline
 * @param notices timeline entries that change nothing ({@code NO_DATA}, {@code APPROVAL_REQUESTED})
 */
public record Evaluation(IncidentStatus status, Optional<Transition> transition, Map<String, Object> figures,
        List<Notice> notices) {

    public record Notice(EventType type, String reason, Map<String, Object> figures) {
    }

    public boolean changesStatus(IncidentStatus before) {
        return transition.isPresent() || !status.equals(before);
    }

    /** Whether this outcome needs a timeline entry, and so a transaction of its own. */
    public boolean isEventful() {
        return transition.isPresent() || !notices.isEmpty();
    }
}
