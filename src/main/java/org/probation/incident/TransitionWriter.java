package org.probation.incident;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.probation.incident.model.EventType;
import org.probation.incident.model.IncidentState;
import org.probation.incident.model.IncidentStatus;
import org.probation.incident.model.Transition;
import org.probation.incident.persistence.EventEntity;
import org.probation.incident.persistence.EventRepository;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.incident.persistence.IncidentRepository;
import org.probation.policy.model.Policy;

/**
 * Persists a {@link Transition} (the incident's new status and its timeline event) and publishes it as a
 * {@link TransitionWritten} in the caller's one transaction: the notifications it causes and, when the effective
 * stage changed, the next decision revision are written by its observers in that same transaction.
 */
@ApplicationScoped
public class TransitionWriter {

    public static final String SYSTEM_ACTOR = "system";

    private final IncidentRepository incidents;
    private final EventRepository events;
    private final Event<TransitionWritten> transitions;
    private final Event<NoteWritten> notes;

    TransitionWriter(IncidentRepository incidents, EventRepository events, Event<TransitionWritten> transitions,
            Event<NoteWritten> notes) {
        this.incidents = incidents;
        this.events = events;
        this.transitions = transitions;
        this.notes = notes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEntity write(IncidentEntity incident, Policy policy, Transition transition, String actor,
            Map<String, ?> figures) {
        incident.apply(transition.after());
        IncidentStatus before = transition.before();
        EventEntity event = append(incident, transition.event(), transition.reason(), actor, figures,
                transition.at(), before == null ? null : before.state(), before == null ? null : before.stage());
        // Flush now so a concurrent change (version check) or a second open incident (unique key) fails here,
        // before the observers write the notices and take the decision revision.
        incidents.flush();
        transitions.fire(new TransitionWritten(incident, policy, transition, event));
        return event;
    }

    /** A timeline entry that changes nothing: a note, a no-data alert, a request for approval. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEntity note(IncidentEntity incident, Policy policy, EventType type, String reason, String actor,
            Map<String, ?> figures, Instant at) {
        EventEntity event = append(incident, type, reason, actor, figures, at, incident.lifecycle.state,
                incident.lifecycle.stage);
        notes.fire(new NoteWritten(incident, policy, event));
        return event;
    }

    private EventEntity append(IncidentEntity incident, EventType type, String reason, String actor,
            Map<String, ?> figures, Instant at, IncidentState fromState, Integer fromStage) {
        EventEntity event = new EventEntity();
        event.incidentId = incident.id;
        event.type = type;
        event.occurredAt = at;
        event.actor = actor;
        event.reason = reason;
        event.fromState = fromState;
        event.toState = incident.lifecycle.state;
        event.fromStage = fromStage;
        event.toStage = incident.lifecycle.stage;
        event.figures = figures.isEmpty() ? null : new LinkedHashMap<>(figures);
        events.persist(event);
        return event;
    }
}
