package org.probation.incident.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of evaluating one incident at one tick.
 *
 * @param status the incident's status afterwards (a dirty sample moves the clean window without any transition)
 * @param transition the change to persist with its event and, if the stage changed, a decision
 * @param figures the figures that caused the transition, for the timeline
 * @param notices timeline entries that change nothing ({@code NO_DATA}, {@code APPROVAL_REQUESTED})
 * @param tracks the engine's memory afterwards, to store; the tracks evaluated are left as they were
 */
public record Evaluation(IncidentStatus status, Optional<Transition> transition, Map<String, Object> figures,
        List<Notice> notices, Tracks tracks) {

    /** The rules never hand back an impossible status: {@link Phase#of} checks it here, at every outcome. */
    public Evaluation {
        Phase.of(status);
    }

    /** The incident afterwards: the status and tracks to store. */
    public Incident incident() {
        return Incident.from(status, tracks);
    }

    /**
     * The timeline entries this outcome makes, in the order a shadow run and a simulation record them: the notices,
     * then the transition with the figures that caused it.
     */
    public List<Notice> entries() {
        List<Notice> entries = new ArrayList<>(notices);
        transition.ifPresent(t -> entries.add(new Notice(t.event(), t.reason(), figures)));
        return entries;
    }

    /** Nothing to record: the same status, and the tracks to keep. */
    static Evaluation unchanged(IncidentStatus status, Tracks tracks) {
        return new Evaluation(status, Optional.empty(), Map.of(), List.of(), tracks);
    }

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
