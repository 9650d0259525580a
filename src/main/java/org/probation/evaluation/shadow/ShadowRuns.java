package org.probation.evaluation.shadow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.probation.evaluation.shadow.persistence.ShadowEventEntity;
import org.probation.evaluation.shadow.persistence.ShadowEventRepository;
import org.probation.evaluation.shadow.persistence.ShadowRunEntity;
import org.probation.evaluation.shadow.persistence.ShadowRunRepository;
import org.probation.incident.model.Arrivals;
import org.probation.incident.model.Decision;
import org.probation.incident.model.EventType;
import org.probation.incident.model.Incident;
import org.probation.incident.model.IncidentStatus;
import org.probation.incident.model.Tracks;
import org.probation.policy.PolicyCatalog;
import org.probation.policy.model.Policy;

/**
 * Shadow policies: each is evaluated beside the real policy of every incident it shadows, on the same samples, with
 * its own status and timeline. Nothing it decides reaches enforcement, customers or the real timeline, so a new
 * policy can be tried on live traffic.
 */
@ApplicationScoped
public class ShadowRuns {

    private final ShadowRunRepository runRepository;
    private final ShadowEventRepository eventRepository;
    private final PolicyCatalog policies;

    ShadowRuns(ShadowRunRepository runRepository, ShadowEventRepository eventRepository, PolicyCatalog policies) {
        this.runRepository = runRepository;
        this.eventRepository = eventRepository;
        this.policies = policies;
    }

    public boolean any() {
        return policies.all().values().stream().anyMatch(Policy::shadow);
    }

    /** The shadow runs of a batch of incidents, in one query. */
    @Transactional
    public Map<UUID, List<ShadowRunEntity>> load(List<UUID> incidentIds) {
        Map<UUID, List<ShadowRunEntity>> runs = new HashMap<>();
        runRepository.ofIncidents(incidentIds)
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
            Incident.Timeline timeline = (type, reason, at, status, figures) -> events.add(
                    event(run, type, reason, at, status, figures));
            // Reported when the real incident was: at the start of its monitoring.
            Optional<Instant> reported = Optional.ofNullable(real.monitoringSince());
            Arrivals.Since arrived = arrivals.since(run.lastSampleId);
            Incident after = Incident.from(run.status(), Tracks.decode(run.tracks, shadow.sampleInterval()))
                    .advance(shadow, reported, arrived.observations(), now, timeline);
            run.apply(after.status());
            run.tracks = after.tracks().encode();
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
        runRepository.ofIncidents(runs.stream().map(r -> r.incidentId).distinct().toList())
                .forEach(run -> stored.put(new ShadowRunEntity.Key(run.incidentId, run.policy), run));
        for (ShadowRunEntity run : runs) {
            ShadowRunEntity current = stored.get(new ShadowRunEntity.Key(run.incidentId, run.policy));
            if (current == null) {
                runRepository.persist(run);
            } else {
                current.apply(run.status());
                current.tracks = run.tracks;
                current.lastSampleId = run.lastSampleId;
            }
        }
        eventRepository.persist(events);
    }

    @Transactional
    public List<ShadowView> of(UUID incidentId) {
        Map<String, List<ShadowView.Entry>> timelines = new HashMap<>();
        eventRepository.ofIncident(incidentId).forEach(e -> timelines.computeIfAbsent(e.policy, p -> new ArrayList<>()).add(
                new ShadowView.Entry(e.type, e.occurredAt, e.reason, e.state, e.stage, e.relapses, e.figures)));
        return runRepository.ofIncident(incidentId).stream()
                .map(r -> new ShadowView(r.policy, r.lifecycle.state, r.lifecycle.stage, r.lifecycle.relapses,
                        timelines.getOrDefault(r.policy, List.of())))
                .toList();
    }

    private ShadowRunEntity start(UUID incidentId, Policy shadow, IncidentStatus real, long realCursor,
            List<ShadowEventEntity> events) {
        ShadowRunEntity run = new ShadowRunEntity();
        run.incidentId = incidentId;
        run.policy = shadow.name();
        Decision.Accepted opened = Incident.open(shadow,
                "shadow of the incident's policy: restricted at stage " + shadow.topLevel(), real.openedAt());
        run.apply(opened.incident().status());
        run.lastSampleId = realCursor;
        events.add(event(run, opened.transition().event(), opened.transition().reason(), real.openedAt(),
                run.status(), Map.of()));
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
