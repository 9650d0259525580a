package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.probation.policy.model.Gate;
import org.probation.policy.model.Policy;
import org.probation.time.DurationText;

/**
 * The no-data rule's outcome: the silences reported this tick, and the tracks that remember them. A gated metric
 * without any sample for {@code no-data-after} is reported once, until data returns.
 */
record NoData(List<Evaluation.Notice> notices, Tracks tracks) {

    static NoData of(IncidentStatus status, Tracks tracks, Policy policy, Map<String, Gate> gates, Instant now) {
        Tracks after = tracks.keeping(gates.keySet());
        List<String> silent = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String metric : gates.keySet()) {
            GateTrack track = after.gate(metric);
            Instant since = track.lastAt() == null || track.lastAt().isBefore(status.openedAt()) ? status.openedAt()
                    : track.lastAt();
            if (!track.silenceReported() && Duration.between(since, now).compareTo(policy.noDataAfter()) >= 0) {
                after = after.with(metric, track.withSilenceReported());
                silent.add(metric);
                figures.put(metric + ".lastAt", track.lastAt() == null ? null : track.lastAt().toString());
            }
        }
        if (silent.isEmpty()) {
            return new NoData(List.of(), after);
        }
        return new NoData(List.of(new Evaluation.Notice(EventType.NO_DATA, "no sample of " + String.join(", ", silent)
                + " for " + DurationText.format(policy.noDataAfter()) + "; missing data never counts as clean",
                figures)), after);
    }
}
