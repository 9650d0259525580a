package org.probation.incident.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.probation.policy.model.Gate;

/**
 * The outcome of evaluating one incident at one tick.
 *
 * @param status the incident's status afterwards (a dirty sample moves the clean window without any transition)
 * @param transition the change to persist with its event and, if the stage changed, a decision
 * @param figures the figures that caused the transition, for the timeline
 * @param notices timeline entries that change nothing ({@code NO_DATA}, {@code APPROVAL_REQUESTED})
 * @param tracks the engine's memory afterwards, to store; the tracks evaluated are left as they were
 * @param lowVolume the samples over their clean bound that were not judged for too little volume: nothing to store
 *        (every quiet hour would fill the timeline), shown by the simulator so a policy author sees why a spike did
 *        not count
 */
public record Evaluation(IncidentStatus status, Optional<Transition> transition, Map<String, Object> figures,
        List<Notice> notices, Tracks tracks, List<LowVolume> lowVolume) {

    /** The rules never hand back an impossible status: {@link Phase#of} checks it here, at every outcome. */
    public Evaluation {
        Phase.of(status);
        lowVolume = List.copyOf(lowVolume);
    }

    public Evaluation(IncidentStatus status, Optional<Transition> transition, Map<String, Object> figures,
            List<Notice> notices, Tracks tracks) {
        this(status, transition, figures, notices, tracks, List.of());
    }

    /** This outcome, with the samples the scan did not judge for too little volume. */
    Evaluation withLowVolume(List<LowVolume> samples) {
        return new Evaluation(status, transition, figures, notices, tracks, samples);
    }

    /** This outcome, with {@code earlier} (notices of the same tick, such as a reminder) before its own notices. */
    Evaluation withNoticesFirst(List<Notice> earlier) {
        if (earlier.isEmpty()) {
            return this;
        }
        List<Notice> all = new ArrayList<>(earlier);
        all.addAll(notices);
        return new Evaluation(status, transition, figures, all, tracks, lowVolume);
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

    /** A sample over its gate's clean bound, counted as clean because its volume was under the gate's minimum. */
    public record LowVolume(Observation sample, Gate gate, double volume) {

        public String reason() {
            Gate.MinVolume min = gate.minVolume().orElseThrow();
            return String.format(Locale.ROOT, "low volume: %s %s at %s not judged; %s %s < min-volume %s",
                    sample.metric(), Figures.number(sample.value()), sample.at(), min.metric(),
                    Figures.number(volume), Figures.number(min.atLeast()));
        }

        public Map<String, Object> figures() {
            Gate.MinVolume min = gate.minVolume().orElseThrow();
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("metric", sample.metric());
            figures.put("value", sample.value());
            figures.put("sampledAt", sample.at().toString());
            figures.put("volumeMetric", min.metric());
            figures.put("volume", volume);
            figures.put("minVolume", min.atLeast());
            return figures;
        }
    }

    public boolean changesStatus(IncidentStatus before) {
        return transition.isPresent() || !status.equals(before);
    }

    /** Whether this outcome needs a timeline entry, and so a transaction of its own. */
    public boolean isEventful() {
        return transition.isPresent() || !notices.isEmpty();
    }
}
