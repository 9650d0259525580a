package org.probation.evaluation.shadow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.probation.incident.model.Arrivals;
import org.probation.incident.model.Evaluation;
import org.probation.incident.model.Evaluator;
import org.probation.incident.model.EventType;
import org.probation.incident.model.IncidentStatus;
import org.probation.incident.model.Lifecycle;
import org.probation.incident.model.Tracks;
import org.probation.incident.model.Transition;
import org.probation.policy.PolicyCatalog;
import org.probation.policy.model.Policy;

/**
 * Shadow policies: each is evaluated beside the real policy of every incident it shadows, on the same samples, with
 * its own status and timeline. Nothing it decides reaches enforcement, customers or the real timeline, so a new
 * policy can be tried on live traffic.
 */
@ApplicationScoped
public class ShadowRuns {

    private final EntityManager em;
    private final PolicyCatalog policies;

    ShadowRuns(EntityManager em, PolicyCatalog policies) {
        this.em = em;
        this.policies = policies;
    }

    public boolean any() {
        return policies.all().values().stream().anyMatch(Policy::shadow);
    }

    /** The shadow runs of a batch of incidents, in one query. */
    @Transactional
    public Map<UUID, List<ShadowRunEntity>> load(List<UUID> incidentIds) {
        Map<UUID, List<ShadowRunEntity>> runs = new HashMap<>();
        em.createQuery("from ShadowRunEntity s where s.incidentId in :ids", ShadowRunEntity.class)
                .setParameter("ids", incidentIds).getResultList()
                .forEach(run -> runs.computeIfAbsent(run.incidentId, id -> new ArrayList<>()).add(run));
        return runs;
    }

    /**
     * Evaluates every shadow of {@code realPolicy} for one incident, starting a run (opened, and reported when the real
     * incident is) the first time. The entities are updated in memory; {@link #write} stores them.
     */
    public List<ShadowRunEntity> evaluate(UUID incidentId, String realPolicy, IncidentStatus real, long realCursor,
            List<ShadowRunEntity> existing, Arrivals arrivals, Instant now, List<ShadowEventEntity> events) {
        List<ShadowRunEntity> runs = new ArrayList<>();
        for (Policy shadow : policies.shadowsOf(realPolicy)) {
            ShadowRunEntity run = existing.stream().filter(r -> r.policy.equals(shadow.name())).findFirst()
                    .orElseGet(() -> start(incidentId, shadow, real, realCursor, events));
            IncidentStatus status = run.status();
            if (real.isMonitoringStarted() && !status.isMonitoringStarted() && status.isOpen()) {
                Transition report = Lifecycle.report(status, shadow, real.monitoringSince())
                        .orElseThrow(IllegalStateException::new);
                status = report.after();
                events.add(event(run, report.event(), report.reason(), report.at(), status, Map.of()));
            }
            Tracks tracks = Tracks.decode(run.tracks, shadow.sampleInterval());
            Arrivals.Since arrived = arrivals.since(run.lastSampleId);
            Evaluation evaluation = Evaluator.evaluate(status, tracks, shadow, arrived.observations(), now);
            IncidentStatus after = evaluation.status();
            for (Evaluation.Notice notice : evaluation.notices()) {
                events.add(event(run, notice.type(), notice.reason(), now, after, notice.figures()));
            }
            evaluation.transition().ifPresent(t -> events.add(event(run, t.event(), t.reason(), now, after,
                    evaluation.figures())));
            run.apply(after);
            run.tracks = evaluation.tracks().encode();
            run.lastSampleId = arrived.cursor();
            runs.add(run);
        }
        return runs;
    }

    /**
     * One query loads the batch's stored runs into this transaction, so each run is then an in-memory copy: updates
     * and inserts go out as JDBC batches, never one select per run.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(List<ShadowRunEntity> runs, List<ShadowEventEntity> events) {
        Map<ShadowRunEntity.Key, ShadowRunEntity> stored = new HashMap<>();
        em.createQuery("from ShadowRunEntity s where s.incidentId in :ids", ShadowRunEntity.class)
                .setParameter("ids", runs.stream().map(r -> r.incidentId).distinct().toList()).getResultList()
                .forEach(run -> stored.put(new ShadowRunEntity.Key(run.incidentId, run.policy), run));
        for (ShadowRunEntity run : runs) {
            ShadowRunEntity current = stored.get(new ShadowRunEntity.Key(run.incidentId, run.policy));
            if (current == null) {
                em.persist(run);
            } else {
                current.apply(run.status());
                current.tracks = run.tracks;
                current.lastSampleId = run.lastSampleId;
            }
        }
        events.forEach(em::persist);
    }

    @Transactional
    public List<ShadowView> of(UUID incidentId) {
        List<ShadowRunEntity> runs = em.createQuery("from ShadowRunEntity s where s.incidentId = :id order by s.policy",
                ShadowRunEntity.class).setParameter("id", incidentId).getResultList();
        Map<String, List<ShadowView.Entry>> timelines = new HashMap<>();
        em.createQuery("from ShadowEventEntity e where e.incidentId = :id order by e.id", ShadowEventEntity.class)
                .setParameter("id", incidentId).getResultList()
                .forEach(e -> timelines.computeIfAbsent(e.policy, p -> new ArrayList<>()).add(
                        new ShadowView.Entry(e.type, e.occurredAt, e.reason, e.state, e.stage, e.relapses, e.figures)));
        return runs.stream().map(r -> new ShadowView(r.policy, r.lifecycle.state, r.lifecycle.stage, r.lifecycle.relapses,
                timelines.getOrDefault(r.policy, List.of()))).toList();
    }

    private ShadowRunEntity start(UUID incidentId, Policy shadow, IncidentStatus real, long realCursor,
            List<ShadowEventEntity> events) {
        ShadowRunEntity run = new ShadowRunEntity();
        run.incidentId = incidentId;
        run.policy = shadow.name();
        run.apply(IncidentStatus.opened(shadow.topLevel(), real.openedAt()));
        run.lastSampleId = realCursor;
        events.add(event(run, EventType.OPENED, "shadow of the incident's policy: restricted at stage "
                + shadow.topLevel(), real.openedAt(), run.status(), Map.of()));
        return run;
    }

    private ShadowEventEntity event(ShadowRunEntity run, EventType type, String reason, Instant at,
            IncidentStatus status, Map<String, Object> figures) {
        ShadowEventEntity event = new ShadowEventEntity();
        event.incidentId = run.incidentId;
        event.policy = run.policy;
        event.type = type;
        event.occurredAt = at;
        event.reason = reason;
        event.state = status.state();
        event.stage = status.stage();
        event.relapses = status.relapses();
        event.figures = figures.isEmpty() ? null : new LinkedHashMap<>(figures);
        return event;
    }
}
