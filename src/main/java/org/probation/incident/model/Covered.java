package org.probation.incident.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.probation.policy.model.Gate;
import org.probation.policy.model.Policy;

/**
 * The gates' coverage of the clean window, gate by gate until one falls short of {@code min-coverage}; the tracks
 * keep an (empty) track for every gate looked at.
 */
record Covered(boolean enough, Map<String, Object> figures, List<String> summary, Tracks tracks) {

    static Covered of(IncidentStatus status, Tracks tracks, Policy policy, Map<String, Gate> gates,
            Instant now) {
        Map<String, Object> figures = new LinkedHashMap<>();
        List<String> summary = new ArrayList<>();
        for (Gate gate : gates.values()) {
            tracks = tracks.keeping(List.of(gate.metric()));
            double coverage = tracks.gate(gate.metric()).coverage().coverage(status.cleanSince(), now);
            if (coverage < policy.minCoverage()) {
                return new Covered(false, figures, summary, tracks);
            }
            figures.put(gate.metric() + ".coverage", Figures.round(coverage));
            summary.add(String.format(Locale.ROOT, "%s ≤ %s (coverage %d%%)", gate.metric(), Figures.number(gate.clean()),
                    (int) Math.floor(coverage * 100)));
        }
        return new Covered(true, figures, summary, tracks);
    }
}
