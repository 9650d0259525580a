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

import org.probation.evaluation.shadow.persistence.ShadowEventRepository;
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

    /**
     * A shadow run after this tick: {@code started} when the tick started it (no row yet), {@code moved} when its
     * lifecycle changed (its {@code shadow_run} row is rewritten); otherwise only its engine row is.
     */
    public record Update(ShadowRunRepository.EngineRow run, boolean started, boolean moved) {
    }

    /** One entry of a run's would-be timeline, to be written with the runs. */
    public record Event(UUID incidentId, String policy, EventType type, Instant at, String reason,
            IncidentStatus status, Map<String, Object> figures) {
    }

    /**
     * Evaluates every shadow of {@code realPolicy} for one incident, starting a run (opened, and reported when the real
     * incident is) the first time. Returns the runs that changed (a run that read nothing and changed nothing is not
     * written); their timeline entries go to {@code events}.
     */
    public List<Update> evaluate(UUID incidentId, String realPolicy, IncidentStatus real, long realCursor,
            List<ShadowRunRepository.EngineRow> existing, Arrivals arrivals, Instant now, List<Event> events) {
        List<Update> updates = new ArrayList<>();
        for (Policy shadow : policies.shadowsOf(realPolicy)) {
            ShadowRunRepository.EngineRow stored = existing.stream().filter(r -> r.policy().equals(shadow.name()))
                    .findFirst().orElse(null);
            ShadowRunRepository.EngineRow run = stored != null ? stored
                    : start(incidentId, shadow, real, realCursor, events);
            Incident.Timeline timeline = (type, reason, at, status, figures) -> events
                    .add(new Event(incidentId, shadow.name(), type, at, reason, status, copy(figures)));
            // Reported when the real incident was: at the start of its monitoring.
            Optional<Instant> reported = Optional.ofNullable(real.monitoringSince());
            Arrivals.Since arrived = arrivals.since(run.cursor());
            Incident after = Incident.from(run.status(), Tracks.decode(run.tracks(), shadow.sampleInterval()))
                    .advance(shadow, reported, arrived.observations(), now, timeline);
            ShadowRunRepository.EngineRow next = new ShadowRunRepository.EngineRow(incidentId, shadow.name(),
                    after.status(), after.tracks().encode(), arrived.cursor());
            if (stored == null) {
                updates.add(new Update(next, true, true));
            } else if (!next.equals(stored)) {
                updates.add(new Update(next, false, !next.status().equals(stored.status())));
            }
        }
        return updates;
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

    /** A new run, opened at the real incident's opening; its row is written with the tick's updates. */
    private ShadowRunRepository.EngineRow start(UUID incidentId, Policy shadow, IncidentStatus real, long realCursor,
            List<Event> events) {
        Decision.Accepted opened = Incident.open(shadow,
                "shadow of the incident's policy: restricted at stage " + shadow.topLevel(), real.openedAt());
        IncidentStatus status = opened.incident().status();
        events.add(new Event(incidentId, shadow.name(), opened.transition().event(), real.openedAt(),
                opened.transition().reason(), status, null));
        return new ShadowRunRepository.EngineRow(incidentId, shadow.name(), status, null, realCursor);
    }

    private static Map<String, Object> copy(Map<String, Object> figures) {
        return figures.isEmpty() ? null : new LinkedHashMap<>(figures);
    }
}
