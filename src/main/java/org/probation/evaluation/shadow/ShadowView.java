package org.probation.evaluation.shadow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.probation.incident.model.EventType;
import org.probation.incident.model.IncidentState;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What a shadow policy would have done with an incident so far. */
@RegisterForReflection(targets = { ShadowView.class, ShadowView.Entry.class })
public record ShadowView(String policy, IncidentState state, int stage, int relapses, List<Entry> timeline) {

    public record Entry(EventType type, Instant at, String reason, IncidentState state, int stage, int relapses,
            Map<String, Object> figures) {
    }
}
