package org.probation.incident;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.probation.enforcement.DecisionLog;
import org.probation.incident.model.Transition;
import org.probation.incident.persistence.EventEntity;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.json.JsonColumns;
import org.probation.policy.model.Policy;

/**
 * Persists a {@link Transition}: the incident's new status, its timeline event and, when the effective stage
 * changed, the next decision revision, all in the caller's one transaction.
 */
@ApplicationScoped
public class TransitionWriter {

    public static final String SYSTEM_ACTOR = "system";

    private final EntityManager em;
    private final DecisionLog decisions;
    private final JsonColumns json;

    TransitionWriter(EntityManager em, DecisionLog decisions, JsonColumns json) {
        this.em = em;
        this.decisions = decisions;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEntity write(IncidentEntity incident, Policy policy, Transition transition, String actor,
            Map<String, ?> figures) {
        incident.apply(transition.after());
        EventEntity event = new EventEntity();
        event.incidentId = incident.id;
        event.type = transition.event();
        event.occurredAt = transition.at();
        event.actor = actor;
        event.reason = transition.reason();
        event.fromState = transition.before() == null ? null : transition.before().state();
        event.toState = transition.after().state();
        event.fromStage = transition.before() == null ? null : transition.before().stage();
        event.toStage = transition.after().stage();
        event.figures = figures.isEmpty() ? null : json.write(figures);
        em.persist(event);
        // Flush now so a concurrent change (version check) or a second open incident (unique key) fails here,
        // before the decision revision is taken.
        em.flush();
        if (transition.changesControls()) {
            decisions.record(incident.account.id, incident.id, policy, transition.after().stage());
        }
        return event;
    }
}
