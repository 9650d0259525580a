package org.probation.incident;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.probation.enforcement.DecisionLog;
import org.probation.enforcement.persistence.DecisionEntity;
import org.probation.incident.model.EventType;
import org.probation.incident.model.IncidentState;
import org.probation.incident.model.IncidentStatus;
import org.probation.incident.model.Transition;
import org.probation.incident.persistence.EventEntity;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.json.JsonColumns;
import org.probation.notification.Notifier;
import org.probation.ops.ProbationMetrics;
import org.probation.policy.model.Policy;

/**
 * Persists a {@link Transition}: the incident's new status, its timeline event, the notifications it causes and,
 * when the effective stage changed, the next decision revision, all in the caller's one transaction.
 */
@ApplicationScoped
public class TransitionWriter {

    public static final String SYSTEM_ACTOR = "system";

    private final EntityManager em;
    private final DecisionLog decisions;
    private final JsonColumns json;
    private final Notifier notifier;
    private final ProbationMetrics metrics;

    TransitionWriter(EntityManager em, DecisionLog decisions, JsonColumns json, Notifier notifier,
            ProbationMetrics metrics) {
        this.em = em;
        this.decisions = decisions;
        this.json = json;
        this.notifier = notifier;
        this.metrics = metrics;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEntity write(IncidentEntity incident, Policy policy, Transition transition, String actor,
            Map<String, ?> figures) {
        incident.apply(transition.after());
        IncidentStatus before = transition.before();
        EventEntity event = append(incident, transition.event(), transition.reason(), actor, figures,
                transition.at(), before == null ? null : before.state(), before == null ? null : before.stage());
        // Flush now so a concurrent change (version check) or a second open incident (unique key) fails here,
        // before the decision revision is taken.
        em.flush();
        metrics.transitionWritten(transition.event());
        notifier.eventWritten(incident, policy, event);
        if (transition.changesControls()) {
            DecisionEntity decision = decisions.record(incident.account.id, incident.id, policy,
                    transition.after().stage());
            notifier.decisionChanged(decision, transition.event());
        }
        return event;
    }

    /** A timeline entry that changes nothing: a note, a no-data alert, a request for approval. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEntity note(IncidentEntity incident, Policy policy, EventType type, String reason, String actor,
            Map<String, ?> figures, Instant at) {
        EventEntity event = append(incident, type, reason, actor, figures, at, incident.lifecycle.state,
                incident.lifecycle.stage);
        notifier.eventWritten(incident, policy, event);
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
        event.figures = figures.isEmpty() ? null : json.write(figures);
        em.persist(event);
        return event;
    }
}
