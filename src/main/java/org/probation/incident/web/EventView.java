package org.probation.incident.web;

import java.time.Instant;
import java.util.Map;

import org.probation.incident.model.EventType;
import org.probation.incident.model.IncidentState;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One timeline entry: what happened, when, who did it, why, and the figures behind it. */
@RegisterForReflection
public record EventView(long id, EventType type, Instant at, String actor, String reason, IncidentState fromState,
        IncidentState toState, Integer fromStage, Integer toStage, Map<String, Object> figures) {
}
