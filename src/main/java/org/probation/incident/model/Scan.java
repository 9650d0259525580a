package org.probation.incident.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.probation.policy.model.Gate;

/**
 * What this tick's samples say, in arrival order: the first relapse if any, the latest dirty sample inside the
 * clean window (as the instant just after it), and the tracks with every sample of a gated metric observed.
 */
record Scan(Optional<Observation> relapsing, Instant dirtyUntil, Tracks tracks) {

    static Scan of(IncidentStatus status, Tracks tracks, Map<String, Gate> gates, boolean rulesApply,
            List<Observation> arrived) {
        Observation relapsing = null;
        Instant dirtyUntil = null;
        for (Observation sample : arrived) {
            Gate gate = gates.get(sample.metric());
            if (gate == null) {
                continue;
            }
            if (rulesApply && gate.isRelapse(sample.value()) && tracks.gate(sample.metric()).armed()
                    && !sample.at().isBefore(status.openedAt())) {
                relapsing = relapsing == null ? sample : relapsing;
                // Disarmed from this sample on: a clean sample arriving after it arms its gate again.
                tracks = tracks.disarmedAll();
            }
            boolean clean = gate.isClean(sample.value());
            tracks = tracks.with(sample.metric(), tracks.gate(sample.metric()).observed(sample, clean));
            if (!clean && status.cleanSince() != null && !sample.at().isBefore(status.cleanSince())) {
                Instant justAfter = sample.at().plusNanos(1_000);
                dirtyUntil = dirtyUntil == null || justAfter.isAfter(dirtyUntil) ? justAfter : dirtyUntil;
            }
        }
        return new Scan(Optional.ofNullable(relapsing), dirtyUntil, tracks);
    }
}
